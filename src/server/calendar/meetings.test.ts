// Meetings over HTTP: import of a sammanträdesplan as CSV and iCalendar (errors with line, all or
// nothing, idempotent), and steps placed on the meetings.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp } from '../testing/harness.js';

let t: Awaited<ReturnType<typeof testApp>>;
let admin: string;
let staff: string;
beforeAll(async () => {
  t = await testApp();
  [admin, staff] = [await t.loginAs('admin'), await t.loginAs('staff')];
});
afterAll(() => t.close());

const count = async () =>
  Number(
    (
      await t.db
        .selectFrom('meeting')
        .select((e) => e.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );
const importFile = (format: 'csv' | 'ical', content: string, year = 2028, cookie = admin) =>
  t.call('POST', '/api/calendar/meetings/import', { cookie, body: { year, format, content } });

const csv = ['organ;datum;titel', 'KF;2028-09-18;Fullmäktige september', 'Socialnämnden;2028-04-19;', 'KS;2028-05-09;"KS; maj"', ''].join(
  '\n',
);

describe('import of a sammanträdesplan', () => {
  it('reads CSV, and a second import of the same file changes nothing', async () => {
    const before = await count();
    const first = await importFile('csv', csv);
    expect(first.status).toBe(200);
    expect(first.body).toEqual({ read: 3, added: 3, updated: 0, unchanged: 0, tasksMoved: 0 });
    const again = await importFile('csv', csv);
    expect(again.body).toEqual({ read: 3, added: 0, updated: 0, unchanged: 3, tasksMoved: 0 });
    expect(await count()).toBe(before + 3);
    const list = await t.call('GET', '/api/calendar/meetings?year=2028', { cookie: staff });
    expect(list.body.items.map((m: { heldOn: string; title: string }) => [m.heldOn, m.title])).toEqual([
      ['2028-04-19', 'Socialnämnden'],
      ['2028-05-09', 'KS; maj'],
      ['2028-09-18', 'Fullmäktige september'],
    ]);
  });

  it('refuses the whole file when one line is wrong, naming each line', async () => {
    const before = await count();
    const bad = ['organ;datum', 'KF;2028-02-21', 'Fritidsnämnden;2028-03-01', 'KS;2028-02-30', 'KS;2029-01-10'].join('\n');
    const res = await importFile('csv', bad);
    expect(res.status).toBe(400);
    expect(res.body.error.fields).toEqual([
      { field: 'rad 3: organ', message: 'Det finns inget fullmäktige, ingen kommunstyrelse eller nämnd som heter "Fritidsnämnden".' },
      { field: 'rad 4: datum', message: '"2028-02-30" är inget datum; skriv ÅÅÅÅ-MM-DD.' },
      { field: 'rad 5: datum', message: 'Datumet 2029-01-10 ligger inte i 2028, året som läses in.' },
    ]);
    expect(res.body.error.message).toMatch(/Inget sparades/);
    expect(await count()).toBe(before);
  });

  it('reads iCalendar: organ from CATEGORIES or SUMMARY, UID kept; errors point at the event line', async () => {
    const ics = [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Flen//Sammanträden//SV',
      'BEGIN:VEVENT',
      'UID:ks-2028-06-07@flen.example',
      'DTSTART;TZID=Europe/Stockholm:20280607T130000',
      'SUMMARY:Sammanträde',
      'CATEGORIES:Kommunstyrelsen',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'UID:sn-2028-06-14@flen.example',
      'DTSTART;VALUE=DATE:20280614',
      'SUMMARY:Socialnämnden sammanträder',
      'END:VEVENT',
      'END:VCALENDAR',
      '',
    ].join('\r\n');
    const res = await importFile('ical', ics);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ read: 2, added: 2 });
    expect((await importFile('ical', ics)).body).toMatchObject({ added: 0, unchanged: 2 });
    const uid = await t.db
      .selectFrom('meeting')
      .select(['external_uid', 'source'])
      .where('held_on', '=', '2028-06-07')
      .executeTakeFirstOrThrow();
    expect(uid).toEqual({ external_uid: 'ks-2028-06-07@flen.example', source: 'ical' });

    const unknown = ics.replace('SUMMARY:Socialnämnden sammanträder', 'SUMMARY:Styrelsemöte bolaget');
    const bad = await importFile('ical', unknown.replace('20280607', '20280608').replace('20280614', '20280615'));
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields).toEqual([
      {
        field: 'rad 10: SUMMARY',
        message: '"Styrelsemöte bolaget" nämner inget fullmäktige, ingen kommunstyrelse eller nämnd; ange organet i CATEGORIES.',
      },
    ]);
    expect(await t.db.selectFrom('meeting').select('id').where('held_on', '=', '2028-06-08').execute()).toEqual([]);
    expect((await importFile('ical', 'inte en kalender')).status).toBe(400);
  });

  it('is for people who plan meetings: staff get 403', async () => {
    expect((await importFile('csv', csv, 2028, staff)).status).toBe(403);
  });
});

describe('meetings by hand', () => {
  it('adds, refuses a second meeting the same day, changes with version and deletes', async () => {
    const { organs } = (await t.call('GET', '/api/calendar/meetings', { cookie: admin })).body;
    const kf = organs.find((o: { name: string }) => o.name === 'Kommunfullmäktige');
    const made = await t.call('POST', '/api/calendar/meetings', { cookie: admin, body: { orgUnitId: kf.id, heldOn: '2028-11-20' } });
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({ title: 'Kommunfullmäktige', source: 'manual', version: 1 });
    const twice = await t.call('POST', '/api/calendar/meetings', { cookie: admin, body: { orgUnitId: kf.id, heldOn: '2028-11-20' } });
    expect(twice.status).toBe(409);
    const bad = await t.call('POST', '/api/calendar/meetings', { cookie: admin, body: { orgUnitId: kf.id, heldOn: '2028-11-31' } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields[0].field).toBe('heldOn');
    const moved = await t.call('PUT', `/api/calendar/meetings/${made.body.id}`, {
      cookie: admin,
      body: { orgUnitId: kf.id, heldOn: '2028-11-21', title: 'KF', version: 1 },
    });
    expect(moved.body).toMatchObject({ heldOn: '2028-11-21', version: 2 });
    const stale = await t.call('PUT', `/api/calendar/meetings/${made.body.id}`, {
      cookie: admin,
      body: { orgUnitId: kf.id, heldOn: '2028-11-22', version: 1 },
    });
    expect(stale.status).toBe(409);
    const staleDelete = await t.call('DELETE', `/api/calendar/meetings/${made.body.id}?version=1`, { cookie: admin });
    expect(staleDelete.status).toBe(409);
    expect(staleDelete.body.error.code).toBe('stale_version');
    // 2028 has no tasks yet, so nothing follows the deleted meeting.
    const deleted = await t.call('DELETE', `/api/calendar/meetings/${made.body.id}?version=2`, { cookie: admin });
    expect(deleted.status).toBe(200);
    expect(deleted.body).toEqual({ tasksMoved: 0 });
    expect((await t.call('DELETE', `/api/calendar/meetings/${made.body.id}?version=2`, { cookie: admin })).status).toBe(404);
  });
});

describe('placement on meetings', () => {
  it('puts KF adoption on the September meeting, the nämndrapport on the nämnd and then the next KS', async () => {
    const cycle = (await t.call('GET', '/api/calendar/2028', { cookie: staff })).body;
    const step = (id: string) => cycle.steps.find((s: { step: string }) => s.step === id);
    expect(step('kf_strategisk_plan').due).toBe('2028-09-18');
    // Socialnämnden meets 19 April; the other nämnder have no April 2028 meeting, so the step is done 30 April.
    expect(step('namndrapport_1').due).toBe('2028-04-30');
    const tasks = await t.call('POST', '/api/calendar/2028/tasks', { cookie: admin });
    expect(tasks.status).toBe(200);
    const list = (await t.call('GET', '/api/calendar/tasks?year=2028&step=namndrapport_1', { cookie: staff })).body.items;
    const social = list.find((x: { orgUnitName: string }) => x.orgUnitName === 'Socialnämnden');
    expect(social).toMatchObject({ dueOn: '2028-04-19', meetingTitle: 'Socialnämnden' });
  });
});
