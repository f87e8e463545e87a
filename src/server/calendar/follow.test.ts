// Tasks follow the meetings in the same transaction (moved, added, deleted, imported; done ones
// keep their dates; years without tasks get none), and generation removes unfinished tasks that
// no step produces any more after a settings change, keeping done ones. All audited.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp } from '../testing/harness.js';

let t: Awaited<ReturnType<typeof testApp>>;
let admin: string;
let controller: string;
beforeAll(async () => {
  t = await testApp();
  [admin, controller] = [await t.loginAs('admin'), await t.loginAs('controller')];
});
afterAll(() => t.close());

interface T {
  id: string;
  stepKey: string;
  orgUnitName: string;
  dueOn: string;
  meetingId: string | null;
  state: string;
  inCycle: boolean;
  version: number;
}
const tasks = async (q: string): Promise<T[]> => (await t.call('GET', `/api/calendar/tasks?${q}`, { cookie: admin })).body.items;
const task = async (year: number, stepKey: string, unit: string) =>
  (await tasks(`year=${year}&stepKey=${encodeURIComponent(stepKey)}`)).find((x) => x.orgUnitName === unit) as T;
const unitId = async (name: string) =>
  (await t.db.selectFrom('org_unit').select('id').where('name', '=', name).executeTakeFirstOrThrow()).id;
const meetingOn = (unit: string, day: string) =>
  t.db.selectFrom('meeting').selectAll().where('org_unit_id', '=', unit).where('held_on', '=', day).executeTakeFirstOrThrow();
const audits = (action: string, entityId?: string) => {
  let q = t.db
    .selectFrom('audit_log')
    .select(['entity_id', 'after'])
    .where('entity_type', '=', 'calendar_task')
    .where('action', '=', action);
  if (entityId) q = q.where('entity_id', '=', entityId);
  return q.orderBy('id').execute();
};
const json = (v: unknown) => (typeof v === 'string' ? JSON.parse(v) : v);

const KF = 'Kommunfullmäktige';
const SN = 'Socialnämnden';
const ADOPTION = 'kf_strategisk_plan:2028';

describe('tasks follow the meetings', () => {
  it('generates 2027 with KF’s adoption on the September meeting', async () => {
    const res = await t.call('POST', '/api/calendar/2027/tasks', { cookie: admin });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ year: 2027, moved: 0, removed: 0, retired: 0 });
    expect(res.body.created).toBeGreaterThan(50);
    const kf = await meetingOn(await unitId(KF), '2027-09-20');
    expect(await task(2027, ADOPTION, KF)).toMatchObject({ dueOn: '2027-09-20', meetingId: kf.id, state: 'not_started' });
  });

  it('moves KF’s task with its moved meeting, in the same request, audited', async () => {
    const kfId = await unitId(KF);
    const kf = await meetingOn(kfId, '2027-09-20');
    const res = await t.call('PUT', `/api/calendar/meetings/${kf.id}`, {
      cookie: admin,
      body: { orgUnitId: kfId, heldOn: '2027-09-27', version: kf.version },
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ heldOn: '2027-09-27', tasksMoved: 1 });
    expect(await task(2027, ADOPTION, KF)).toMatchObject({ dueOn: '2027-09-27', meetingId: kf.id });
    const [row] = await audits('follow_meetings', '2027');
    expect(json(row?.after)).toMatchObject({
      year: 2027,
      cause: { meeting: kf.id, action: 'update' },
      moved: [{ stepKey: ADOPTION, from: '2027-09-20', to: '2027-09-27', meetingId: kf.id }],
    });
    // A stale edit is refused and moves nothing.
    const stale = await t.call('PUT', `/api/calendar/meetings/${kf.id}`, {
      cookie: admin,
      body: { orgUnitId: kfId, heldOn: '2027-09-13', version: kf.version },
    });
    expect(stale.status).toBe(409);
    expect((await task(2027, ADOPTION, KF)).dueOn).toBe('2027-09-27');
  });

  it('falls back to the end of the month when the meeting is deleted, and follows a meeting added', async () => {
    const kfId = await unitId(KF);
    const kf = await meetingOn(kfId, '2027-09-27');
    const deleted = await t.call('DELETE', `/api/calendar/meetings/${kf.id}?version=${kf.version}`, { cookie: admin });
    expect(deleted.status).toBe(200);
    expect(deleted.body).toEqual({ tasksMoved: 1 });
    expect(await task(2027, ADOPTION, KF)).toMatchObject({ dueOn: '2027-09-30', meetingId: null });
    const added = await t.call('POST', '/api/calendar/meetings', { cookie: admin, body: { orgUnitId: kfId, heldOn: '2027-09-22' } });
    expect(added.status).toBe(201);
    expect(added.body.tasksMoved).toBe(1);
    expect(await task(2027, ADOPTION, KF)).toMatchObject({ dueOn: '2027-09-22', meetingId: added.body.id });
    expect((await audits('follow_meetings', '2027')).map((r) => json(r.after).cause.action)).toEqual(['update', 'delete', 'create']);
  });

  it('keeps a done task’s date while the unfinished ones of the same meeting move', async () => {
    const snId = await unitId(SN);
    const premises = await task(2027, 'planeringsforutsattningar:2028', SN);
    const report = await task(2027, 'namndrapport_1:2027', SN);
    expect([premises.dueOn, report.dueOn]).toEqual(['2027-04-20', '2027-04-20']);
    const done = await t.call('POST', `/api/calendar/tasks/${premises.id}/state`, {
      cookie: controller,
      body: { state: 'done', version: premises.version },
    });
    expect(done.status).toBe(200);
    const april = await meetingOn(snId, '2027-04-20');
    const res = await t.call('PUT', `/api/calendar/meetings/${april.id}`, {
      cookie: admin,
      body: { orgUnitId: snId, heldOn: '2027-04-13', version: april.version },
    });
    expect(res.body.tasksMoved).toBeGreaterThanOrEqual(1);
    expect(await task(2027, 'planeringsforutsattningar:2028', SN)).toMatchObject({ dueOn: '2027-04-20', state: 'done' });
    expect(await task(2027, 'namndrapport_1:2027', SN)).toMatchObject({ dueOn: '2027-04-13', meetingId: april.id });
  });

  it('follows an imported sammanträdesplan once for the whole file; a second import moves nothing', async () => {
    const before = (await audits('follow_meetings')).length;
    const csv = ['organ;datum;titel', 'Socialnämnden;2027-04-27;Extra', 'Barn-, utbildnings- och kulturnämnden;2027-04-28;Extra', ''].join(
      '\n',
    );
    const res = await t.call('POST', '/api/calendar/meetings/import', { cookie: admin, body: { year: 2027, format: 'csv', content: csv } });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ added: 2 });
    expect(res.body.tasksMoved).toBeGreaterThanOrEqual(2);
    const after = await audits('follow_meetings');
    expect(after.length).toBe(before + 1);
    expect(json(after.at(-1)?.after).cause).toEqual({ import: 'csv', added: 2 });
    expect(await task(2027, 'namndrapport_1:2027', SN)).toMatchObject({ dueOn: '2027-04-27' });
    expect(await task(2027, 'planeringsforutsattningar:2028', SN)).toMatchObject({ dueOn: '2027-04-20', state: 'done' });
    const again = await t.call('POST', '/api/calendar/meetings/import', {
      cookie: admin,
      body: { year: 2027, format: 'csv', content: csv },
    });
    expect(again.body).toMatchObject({ added: 0, tasksMoved: 0 });
    expect((await audits('follow_meetings')).length).toBe(before + 1);
  });

  it('gives a year without tasks none: a meeting does not generate them', async () => {
    const res = await t.call('POST', '/api/calendar/meetings', {
      cookie: admin,
      body: { orgUnitId: await unitId(KF), heldOn: '2029-09-17' },
    });
    expect(res.body.tasksMoved).toBe(0);
    for (const y of [2028, 2029, 2030]) expect(await tasks(`year=${y}`)).toEqual([]);
  });
});

describe('a step that no longer exists', () => {
  it('removes its unfinished tasks on generation and keeps the done ones, shown outside the cycle, audited', async () => {
    const ks = 'Kommunstyrelsen';
    expect((await task(2027, 'budgetberedning:2027-08', ks)).inCycle).toBe(true);
    const saved = await t.call('PUT', '/api/calendar/settings', {
      cookie: admin,
      body: { settings: { budgetberedningMonths: [1, 2, 3, 4, 5, 6], budgetberedningMonthsIfNeeded: [] }, version: 0 },
    });
    expect(saved.status).toBe(200);
    // Until someone generates, the task is still there, marked as outside the cycle.
    const stale = await task(2027, 'budgetberedning:2027-08', ks);
    expect(stale).toMatchObject({ state: 'not_started', inCycle: false });
    expect((await task(2027, 'budgetberedning:2027-06', ks)).inCycle).toBe(true);

    const res = await t.call('POST', '/api/calendar/2027/tasks', { cookie: admin });
    expect(res.body).toMatchObject({ created: 0, removed: 1, retired: 0 });
    expect(await task(2027, 'budgetberedning:2027-08', ks)).toBeUndefined();
    const [removed] = await audits('remove', stale.id);
    expect(json(removed?.after)).toBeNull();
    expect(json((await audits('generate', '2027')).at(-1)?.after)).toMatchObject({ removed: 1 });

    // 2026's August meeting of the budgetberedning is done in the demo: it stays, outside the cycle.
    const done = await task(2026, 'budgetberedning:2026-08', ks);
    expect(done).toMatchObject({ state: 'done', inCycle: false });
    const y2026 = await t.call('POST', '/api/calendar/2026/tasks', { cookie: admin });
    expect(y2026.body).toMatchObject({ created: 0, removed: 0, retired: 1 });
    expect(await task(2026, 'budgetberedning:2026-08', ks)).toMatchObject({
      id: done.id,
      state: 'done',
      dueOn: done.dueOn,
      inCycle: false,
    });
    expect((await t.call('POST', '/api/calendar/2027/tasks', { cookie: admin })).body).toMatchObject({ removed: 0, moved: 0 });
  });
});
