// iCalendar feeds: made and revoked by their person, read without a session by token, valid
// iCalendar with UIDs that stay the same across requests and regenerated tasks, and nothing of
// another municipality.
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { today as swedishToday } from '../calendar/tasks.js';
import { testApp } from '../testing/harness.js';
import { addTask, unitByName } from './fixtures.js';

let t: Awaited<ReturnType<typeof testApp>>;
let controller: string;
let manager: string;
let sn: { id: string; municipality_id: string };
let otherMunicipality: string;
const today = swedishToday();

beforeAll(async () => {
  t = await testApp();
  await t.db.deleteFrom('calendar_task').execute();
  sn = await unitByName(t.db, 'Socialnämnden');
  await addTask(t.db, sn, today, 10, { step: 'namndplan', stepKey: `namndplan:${Number(today.slice(0, 4)) + 1}` });
  await addTask(t.db, await unitByName(t.db, 'Socialförvaltningen'), today, -2, {
    step: 'verksamhetsplan',
    stepKey: 'verksamhetsplan:test',
  });
  await t.db
    .insertInto('meeting')
    .values({ municipality_id: sn.municipality_id, org_unit_id: sn.id, held_on: today, title: 'Socialnämndens sammanträde' })
    .execute();
  // Another municipality with a unit, a task and a meeting of its own.
  const other = await t.db
    .insertInto('municipality')
    .values({ code: '0488', name: 'Trosa kommun' })
    .returning('id')
    .executeTakeFirstOrThrow();
  otherMunicipality = other.id;
  const unit = await t.db
    .insertInto('org_unit')
    .values({ municipality_id: other.id, kind: 'namnd', name: 'Trosa socialnämnd', parent_id: null, updated_at: new Date() })
    .returning(['id', 'municipality_id'])
    .executeTakeFirstOrThrow();
  await addTask(t.db, unit, today, 10, { step: 'namndplan', stepKey: `namndplan:${Number(today.slice(0, 4)) + 1}` });
  await t.db
    .insertInto('meeting')
    .values({ municipality_id: other.id, org_unit_id: unit.id, held_on: today, title: 'Trosa möte' })
    .execute();
  controller = await t.loginAs('controller');
  manager = await t.loginAs('manager');
});
afterAll(() => t.close());

const fetchFeed = (path: string) => t.app.request(path);
const parse = (text: string) => {
  const cal = new ICAL.Component(ICAL.parse(text));
  return cal.getAllSubcomponents('vevent').map((v) => ({
    uid: String(v.getFirstPropertyValue('uid')),
    summary: String(v.getFirstPropertyValue('summary')),
    start: String(v.getFirstPropertyValue('dtstart')),
  }));
};

describe('a person’s own feed', () => {
  let path: string;
  let id: string;

  it('is made by the person, the token shown once and never stored', async () => {
    const res = await t.call('POST', '/api/calendar/feeds', { cookie: controller, body: {} });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(res.body.path).toBe(`/api/calendar/feeds/${res.body.token}.ics`);
    path = res.body.path;
    id = res.body.id;
    const stored = await t.db.selectFrom('calendar_feed').select('token_hash').where('id', '=', id).executeTakeFirstOrThrow();
    expect(stored.token_hash).not.toContain(res.body.token);
    const audit = await t.db.selectFrom('audit_log').select(['after']).where('entity_id', '=', id).execute();
    expect(JSON.stringify(audit)).not.toContain(res.body.token);
    const list = await t.call('GET', '/api/calendar/feeds', { cookie: controller });
    expect(list.body.items).toEqual([expect.objectContaining({ id, orgUnitId: null })]);
    expect(list.body.items[0].token).toBeUndefined();
  });

  it('is valid iCalendar without a session, with the person’s units’ tasks and stable UIDs', async () => {
    const first = await fetchFeed(path);
    expect(first.status).toBe(200);
    expect(first.headers.get('content-type')).toMatch(/^text\/calendar/);
    const text = await first.text();
    const events = parse(text);
    const summaries = events.map((e) => e.summary);
    // The controller answers for Socialförvaltningen and, through it, Socialnämnden.
    expect(summaries.some((s) => /^Nämndplan – Socialnämnden/.test(s))).toBe(true);
    expect(summaries.some((s) => /^Verksamhetsplan – Socialförvaltningen/.test(s))).toBe(true);
    expect(summaries).toContain('Socialnämndens sammanträde – Socialnämnden');
    expect(summaries.some((s) => s.startsWith('Årshjulet: '))).toBe(true);
    expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
    const task = events.find((e) => e.summary.startsWith('Nämndplan – Socialnämnden'));
    expect(task?.uid).toBe(`namndplan-${Number(today.slice(0, 4)) + 1}.${sn.id}.${sn.municipality_id}@styr`);
    // All-day events on the due date.
    expect(text).toMatch(/DTSTART;VALUE=DATE:\d{8}/);

    const again = parse(await (await fetchFeed(path)).text());
    expect(again.map((e) => e.uid)).toEqual(events.map((e) => e.uid));
  });

  it('keeps a task’s UID when the tasks are generated again', async () => {
    const key = `namndplan:${Number(today.slice(0, 4)) + 1}`;
    const before = parse(await (await fetchFeed(path)).text()).find((e) => e.summary.startsWith('Nämndplan – Socialnämnden'));
    await t.db.deleteFrom('calendar_task').where('step_key', '=', key).where('org_unit_id', '=', sn.id).execute();
    await addTask(t.db, sn, today, 12, { step: 'namndplan', stepKey: key });
    const after = parse(await (await fetchFeed(path)).text()).find((e) => e.summary.startsWith('Nämndplan – Socialnämnden'));
    expect(after?.uid).toBe(before?.uid);
    expect(after?.start).not.toBe(before?.start);
  });

  it('holds nothing of another municipality', async () => {
    const text = await (await fetchFeed(path)).text();
    expect(text).not.toContain('Trosa');
    expect(text).not.toContain(otherMunicipality);
  });

  it('is revoked by its person only; then, like an unknown token, it is not found', async () => {
    expect((await t.call('DELETE', `/api/calendar/feeds/${id}`, { cookie: manager })).status).toBe(404);
    expect((await fetchFeed(path)).status).toBe(200);
    expect((await t.call('DELETE', `/api/calendar/feeds/${id}`, { cookie: controller })).status).toBe(204);
    expect((await fetchFeed(path)).status).toBe(404);
    expect((await t.call('DELETE', `/api/calendar/feeds/${id}`, { cookie: controller })).status).toBe(404);
    expect((await fetchFeed(`/api/calendar/feeds/${'A'.repeat(43)}.ics`)).status).toBe(404);
    expect((await fetchFeed('/api/calendar/feeds/not-a-token.ics')).status).toBe(404);
    expect((await t.call('GET', '/api/calendar/feeds', { cookie: controller })).body.items).toEqual([]);
  });
});

describe('a unit’s feed', () => {
  it('holds that unit’s tasks and meetings; a new link replaces the old', async () => {
    const first = await t.call('POST', '/api/calendar/feeds', { cookie: manager, body: { orgUnitId: sn.id } });
    expect(first.status).toBe(201);
    expect(first.body.orgUnitName).toBe('Socialnämnden');
    const events = parse(await (await fetchFeed(first.body.path)).text());
    expect(events.some((e) => e.summary.startsWith('Nämndplan – Socialnämnden'))).toBe(true);
    expect(events.some((e) => e.summary.startsWith('Verksamhetsplan'))).toBe(false);

    const second = await t.call('POST', '/api/calendar/feeds', { cookie: manager, body: { orgUnitId: sn.id } });
    expect((await fetchFeed(first.body.path)).status).toBe(404);
    expect((await fetchFeed(second.body.path)).status).toBe(200);
  });

  it('refuses a unit that does not exist here, naming the field', async () => {
    const other = await t.db.selectFrom('org_unit').select('id').where('municipality_id', '=', otherMunicipality).executeTakeFirstOrThrow();
    const res = await t.call('POST', '/api/calendar/feeds', { cookie: manager, body: { orgUnitId: other.id } });
    expect(res.status).toBe(400);
    expect(res.body.error.fields[0].field).toBe('orgUnitId');
    expect((await t.call('POST', '/api/calendar/feeds', { cookie: manager, body: { orgUnitId: 'x' } })).status).toBe(400);
    expect((await t.call('POST', '/api/calendar/feeds', { body: {} })).status).toBe(401);
  });
});
