// Reminders over the API: the sweep is idempotent (twice, and after a restart on the same
// database), late tasks are reminded, notifications can be read, and without SMTP every
// e-mail is held in the outbox for administrators.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.js';
import { today as swedishToday } from '../calendar/tasks.js';
import { testApp } from '../testing/harness.js';
import { addTask, personByEmail, unitByName } from './fixtures.js';
import { setMailSettings } from './mail.js';
import { sweepReminders } from './sweep.js';

let t: Awaited<ReturnType<typeof testApp>>;
let admin: string;
let controller: string;
let manager: string;
const today = swedishToday();
const tasks: Record<string, { id: string }> = {};

beforeAll(async () => {
  setMailSettings({ smtpUrl: null, from: 'Styr <styr@test>', appUrl: 'https://styr.test' });
  t = await testApp();
  // Only the tasks made here: whatever the demo seeds of the annual cycle is not counted on.
  await t.db.deleteFrom('calendar_task').execute();
  const sof = await unitByName(t.db, 'Socialförvaltningen');
  const sn = await unitByName(t.db, 'Socialnämnden');
  const revision = await unitByName(t.db, 'Revisionen');
  tasks.soon = await addTask(t.db, sof, today, 3, { step: 'manadsrapport' });
  tasks.nämnd = await addTask(t.db, sn, today, 14, { state: 'in_progress' });
  tasks.late = await addTask(t.db, sof, today, -1, { step: 'verksamhetsplan' });
  tasks.done = await addTask(t.db, sof, today, 3, { state: 'done' });
  tasks.far = await addTask(t.db, sof, today, 30);
  tasks.nobody = await addTask(t.db, revision, today, 3);
  admin = await t.loginAs('admin');
  controller = await t.loginAs('controller');
  manager = await t.loginAs('manager');
});
afterAll(async () => {
  await t.close();
  setMailSettings(null);
});

const reminderCount = async () =>
  Number(
    (
      await t.db
        .selectFrom('reminder')
        .select((e) => e.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('the reminder sweep', () => {
  it('is for administrators only', async () => {
    expect((await t.call('POST', '/api/reminders/sweep', { cookie: controller })).status).toBe(403);
    expect((await t.call('POST', '/api/reminders/sweep')).status).toBe(401);
    expect(await reminderCount()).toBe(0);
  });

  it('reminds the förvaltningschef and controller before due dates and when late, once', async () => {
    const first = await t.call('POST', '/api/reminders/sweep', { cookie: admin });
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    // soon, nämnd (its förvaltning prepares it) and late, each to two people; revision has nobody.
    expect(first.body).toMatchObject({ today, remindersCreated: 6, emailsHeld: 6, emailsSent: 0, tasksWithoutResponsible: 1 });
    const rows = await t.db.selectFrom('reminder').selectAll().execute();
    const ctl = await personByEmail(t.db, 'controller@flen.example');
    const chef = await personByEmail(t.db, 'forvaltningschef@flen.example');
    expect(new Set(rows.map((r) => r.person_id))).toEqual(new Set([ctl.id, chef.id]));
    expect(rows.filter((r) => r.task_id === tasks.soon?.id).map((r) => [r.kind, r.days])).toEqual([
      ['before', 3],
      ['before', 3],
    ]);
    expect(rows.find((r) => r.task_id === tasks.nämnd?.id)).toMatchObject({ kind: 'before', days: 14 });
    expect(rows.find((r) => r.task_id === tasks.late?.id)).toMatchObject({ kind: 'late', days: 1 });
    expect(rows.some((r) => r.task_id === tasks.done?.id || r.task_id === tasks.far?.id)).toBe(false);

    const second = await t.call('POST', '/api/reminders/sweep', { cookie: admin });
    expect(second.body).toMatchObject({ remindersCreated: 0, emailsHeld: 0 });
    expect(await reminderCount()).toBe(6);
    expect(await t.db.selectFrom('notification').select('id').execute()).toHaveLength(6);
    expect(await t.db.selectFrom('outbox').select('id').execute()).toHaveLength(6);
    const audits = await t.db.selectFrom('audit_log').select(['action', 'after']).where('entity_type', '=', 'reminder').execute();
    expect(audits).toHaveLength(1);
  });

  it('sends nothing again after a restart: a new app on the same database', async () => {
    const restarted = createApp({ database: t.database });
    const res = await restarted.request('/api/reminders/sweep', { method: 'POST', headers: { cookie: admin } });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ remindersCreated: 0 });
    // The scheduled sweep (all municipalities, no caller) agrees.
    expect((await sweepReminders(t.db)).remindersCreated).toBe(0);
    expect(await reminderCount()).toBe(6);
  });

  it('reminds again at the next occasion, and a week late', async () => {
    const { addDays } = await import('../../core/calendar/dates.js');
    // 11 days on: "nämnd" has 3 days left (before:3); "soon" is 8 and "late" 12 days late, and
    // late:7 came 1 and 5 days ago, within the 7 days' catch-up.
    const before = new Set((await t.db.selectFrom('reminder').select('id').execute()).map((r) => r.id));
    const later = await sweepReminders(t.db, { today: addDays(today, 11) });
    const rows = (await t.db.selectFrom('reminder').selectAll().execute()).filter((r) => !before.has(r.id));
    expect(later.remindersCreated).toBe(6);
    const kinds = rows.map((r) => `${r.kind}:${r.days}`).sort();
    expect(kinds).toEqual(['before:3', 'before:3', 'late:7', 'late:7', 'late:7', 'late:7']);
    const notice = await t.db
      .selectFrom('notification')
      .select(['title', 'body'])
      .where('kind', '=', 'reminder_late')
      .executeTakeFirstOrThrow();
    expect(notice.title).toMatch(/^Försenad: /);
    expect(notice.body).toMatch(/försenad/);
  });
});

describe('notifications', () => {
  it('lists a person’s own notifications with the unread count, and marks them read', async () => {
    const list = await t.call('GET', '/api/notifications', { cookie: controller });
    expect(list.status).toBe(200);
    expect(list.body.total).toBeGreaterThanOrEqual(3);
    expect(list.body.unread).toBe(list.body.total);
    const first = list.body.items[0];
    expect(first.title).toMatch(/Påminnelse|Försenad/);

    const marked = await t.call('PATCH', `/api/notifications/${first.id}`, { cookie: controller, body: { read: true } });
    expect(marked.status).toBe(200);
    expect(marked.body.readAt).not.toBeNull();
    expect((await t.call('GET', '/api/notifications/unread-count', { cookie: controller })).body.unread).toBe(list.body.total - 1);

    // Someone else's notification is not found, and nothing changes.
    expect((await t.call('PATCH', `/api/notifications/${first.id}`, { cookie: manager, body: { read: false } })).status).toBe(404);
    const bad = await t.call('PATCH', `/api/notifications/${first.id}`, { cookie: controller, body: { read: 'ja' } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields[0].field).toBe('read');

    const all = await t.call('POST', '/api/notifications/read-all', { cookie: controller });
    expect(all.body.marked).toBe(list.body.total - 1);
    expect((await t.call('GET', '/api/notifications?unread=true', { cookie: controller })).body.items).toHaveLength(0);
    // The manager's own are untouched.
    expect((await t.call('GET', '/api/notifications/unread-count', { cookie: manager })).body.unread).toBeGreaterThan(0);
  });
});

describe('the outbox without SMTP', () => {
  it('holds every e-mail for administrators to read', async () => {
    const res = await t.call('GET', '/api/outbox', { cookie: admin });
    expect(res.status).toBe(200);
    expect(res.body.smtpConfigured).toBe(false);
    expect(res.body.total).toBe(12);
    expect(res.body.items.every((m: { state: string }) => m.state === 'held')).toBe(true);
    const mail = res.body.items.find((m: { to: string }) => m.to === 'controller@flen.example');
    expect(mail.body).toContain('https://styr.test/aviseringar');
    expect((await t.call('GET', '/api/outbox', { cookie: controller })).status).toBe(403);
  });
});

describe('reminder settings', () => {
  it('has defaults, refuses a bad setting naming it, and takes effect', async () => {
    const s = await t.call('GET', '/api/reminders/settings', { cookie: controller });
    expect(s.body).toMatchObject({ settings: { daysBefore: [14, 3], daysLate: [1, 7], catchUpDays: 7 }, version: 0 });
    expect((await t.call('PUT', '/api/reminders/settings', { cookie: controller, body: { settings: {}, version: 0 } })).status).toBe(403);
    const dup = await t.call('PUT', '/api/reminders/settings', { cookie: admin, body: { settings: { daysBefore: [3, 3] }, version: 0 } });
    expect(dup.status).toBe(400);
    expect(dup.body.error.fields[0]).toEqual({ field: 'daysBefore', message: 'Samma dag står två gånger.' });
    const unknown = await t.call('PUT', '/api/reminders/settings', { cookie: admin, body: { settings: { dagarFore: [3] }, version: 0 } });
    expect(unknown.status).toBe(400);
    const saved = await t.call('PUT', '/api/reminders/settings', {
      cookie: admin,
      body: { settings: { daysBefore: [30, 3] }, version: 0 },
    });
    expect(saved.status).toBe(200);
    expect(saved.body.settings.daysBefore).toEqual([30, 3]);
    const stale = await t.call('PUT', '/api/reminders/settings', { cookie: admin, body: { settings: {}, version: 0 } });
    expect(stale.status).toBe(409);
    // "far" is due in 30 days: the new setting reminds of it now.
    expect((await sweepReminders(t.db)).remindersCreated).toBe(2);
  });
});
