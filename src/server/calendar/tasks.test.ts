// Tasks of the annual cycle over HTTP: generation is idempotent and follows moved meetings; a
// task's state is changed by the people who work on its unit, with the version.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp } from '../testing/harness.js';

let t: Awaited<ReturnType<typeof testApp>>;
let admin: string;
let staff: string;
let controller: string;
beforeAll(async () => {
  t = await testApp();
  [admin, staff, controller] = [await t.loginAs('admin'), await t.loginAs('staff'), await t.loginAs('controller')];
});
afterAll(() => t.close());

interface T {
  id: string;
  step: string;
  stepKey: string;
  title: string;
  orgUnitName: string;
  dueOn: string;
  state: string;
  shownState: string;
  canEdit: boolean;
  version: number;
  planId: string | null;
}
const tasks = async (q: string, cookie = staff): Promise<T[]> => (await t.call('GET', `/api/calendar/tasks?${q}`, { cookie })).body.items;

describe('task generation', () => {
  it('the demo has the 2026 tasks; generating again changes nothing', async () => {
    const before = await tasks('year=2026');
    expect(before.length).toBeGreaterThan(50);
    const res = await t.call('POST', '/api/calendar/2026/tasks', { cookie: admin });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ created: 0, moved: 0, unchanged: before.length });
    expect(await tasks('year=2026')).toEqual(before);
  });

  it('gives every nämnd its planeringsförutsättningar on its April meeting, and every förvaltning its verksamhetsplan', async () => {
    const premises = await tasks('year=2026&step=planeringsforutsattningar');
    expect(premises.find((x) => x.orgUnitName === 'Socialnämnden')).toMatchObject({
      stepKey: 'planeringsforutsattningar:2027',
      dueOn: '2026-04-21',
    });
    expect(premises.find((x) => x.orgUnitName === 'Valnämnden')).toMatchObject({ dueOn: '2026-04-30' });
    const vp = await tasks('year=2026&step=verksamhetsplan');
    expect(vp.map((x) => x.orgUnitName)).toContain('Socialförvaltningen');
    expect(vp.every((x) => x.dueOn === '2027-01-31')).toBe(true);
  });

  it('is refused to staff (403)', async () => {
    expect((await t.call('POST', '/api/calendar/2026/tasks', { cookie: staff })).status).toBe(403);
  });

  it('moves the due date of an unfinished task when its meeting moves, without a new generation', async () => {
    const kf = await t.db.selectFrom('org_unit').select('id').where('name', '=', 'Kommunfullmäktige').executeTakeFirstOrThrow();
    const meeting = await t.db
      .selectFrom('meeting')
      .selectAll()
      .where('org_unit_id', '=', kf.id)
      .where('held_on', '=', '2026-11-23')
      .executeTakeFirstOrThrow();
    const moved = await t.call('PUT', `/api/calendar/meetings/${meeting.id}`, {
      cookie: admin,
      body: { orgUnitId: kf.id, heldOn: '2026-11-16', version: meeting.version },
    });
    expect(moved.status).toBe(200);
    expect(moved.body.tasksMoved).toBeGreaterThanOrEqual(1);
    expect((await tasks('year=2026&step=kf_strategisk_plan'))[0]).toMatchObject({ dueOn: '2026-11-16' });
    const res = await t.call('POST', '/api/calendar/2026/tasks', { cookie: admin });
    expect(res.body).toMatchObject({ created: 0, moved: 0, removed: 0 });
  });
});

describe('task state', () => {
  it('lets the controller of Socialförvaltningen mark Socialnämnden’s task done, with the version, audited', async () => {
    const task = (await tasks('year=2026&step=namndrapport_4', controller)).find((x) => x.orgUnitName === 'Socialnämnden') as T;
    expect(task.canEdit).toBe(true);
    const res = await t.call('POST', `/api/calendar/tasks/${task.id}/state`, {
      cookie: controller,
      body: { state: 'done', version: task.version },
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ state: 'done', shownState: 'done', version: task.version + 1, doneBy: 'Jonas Palm' });
    const stale = await t.call('POST', `/api/calendar/tasks/${task.id}/state`, {
      cookie: controller,
      body: { state: 'in_progress', version: task.version },
    });
    expect(stale.status).toBe(409);
    const audit = await t.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity_type', '=', 'calendar_task')
      .where('entity_id', '=', task.id)
      .execute();
    expect(audit).toEqual([{ action: 'state' }]);
  });

  it('refuses someone without a manager or controller role on the unit (403)', async () => {
    const other = (await tasks('year=2026&step=namndrapport_4', controller)).find((x) => x.orgUnitName === 'Samhällsbyggnadsnämnden') as T;
    expect(other.canEdit).toBe(false);
    const res = await t.call('POST', `/api/calendar/tasks/${other.id}/state`, {
      cookie: controller,
      body: { state: 'done', version: other.version },
    });
    expect(res.status).toBe(403);
    const mine = (await tasks('year=2026&step=namndrapport_4', staff)).find((x) => x.orgUnitName === 'Socialnämnden') as T;
    expect(
      (
        await t.call('POST', `/api/calendar/tasks/${mine.id}/state`, {
          cookie: staff,
          body: { state: 'not_started', version: mine.version },
        })
      ).status,
    ).toBe(403);
  });

  it('lists with mine=true&open=true the unfinished tasks of the units the caller works on, by due date', async () => {
    const all = await tasks('', controller);
    const expected = all.filter((x) => x.canEdit && x.state !== 'done');
    const mine = await tasks('mine=true&open=true', controller);
    expect(mine.length).toBeGreaterThan(0);
    expect(mine).toEqual(expected);
    const units = new Set(mine.map((x) => x.orgUnitName));
    expect(units.has('Socialnämnden') || units.has('Socialförvaltningen')).toBe(true);
    expect(units.has('Samhällsbyggnadsnämnden')).toBe(false);
    expect(mine.map((x) => x.dueOn)).toEqual(mine.map((x) => x.dueOn).toSorted());
    // Each task carries its step's title, for a list outside the step's page.
    expect(all.find((x) => x.stepKey === 'namndrapport_4:2026')?.title).toBe('Nämndrapport 4');
    // mine alone keeps the done ones; open alone is everyone's unfinished tasks.
    expect((await tasks('mine=true', controller)).filter((x) => x.state === 'done').length).toBeGreaterThan(0);
    expect((await tasks('open=true', staff)).length).toBe(all.filter((x) => x.state !== 'done').length);
    // Staff work no unit's tasks, so none are theirs.
    expect(await tasks('mine=true&open=true', staff)).toEqual([]);
    const bad = await t.call('GET', '/api/calendar/tasks?mine=ja', { cookie: staff });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields[0].field).toBe('mine');
  });

  it('filters by shown state: a task past its due day and not done is late', async () => {
    const late = await tasks('year=2026&state=late');
    expect(late.every((x) => x.state !== 'done' && x.dueOn < new Date().toISOString().slice(0, 10))).toBe(true);
    expect((await t.call('GET', '/api/calendar/tasks?state=sen', { cookie: staff })).status).toBe(400);
  });
});
