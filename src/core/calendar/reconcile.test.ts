import { describe, expect, it } from 'vitest';
import type { Occurrence } from './placement.js';
import { cyclesReaching, occurrenceKey, producedPlanRef, reconcileTasks, type StoredTaskRef } from './reconcile.js';

const occ = (stepKey: string, orgUnitId: string, due: string, meetingId: string | null = null): Occurrence => ({
  step: stepKey.split(':')[0] as Occurrence['step'],
  stepKey,
  year: 2027,
  orgUnitId,
  due,
  meetingId,
  onward: [],
});
const task = (id: string, o: Occurrence, patch: Partial<StoredTaskRef> = {}): StoredTaskRef => ({
  id,
  stepKey: o.stepKey,
  orgUnitId: o.orgUnitId,
  dueOn: o.due,
  meetingId: o.meetingId,
  state: 'not_started',
  planId: null,
  ...patch,
});

const kf = occ('kf_strategisk_plan:2028', 'kf', '2027-09-27', 'm2');
const np = occ('namndplan:2028', 'sn', '2027-11-16', 'm3');
const bb = occ('budgetberedning:2027-08', 'ks', '2027-08-31');

describe('reconcileTasks', () => {
  it('generate: creates what is missing, moves unfinished tasks, links plans, removes unfinished tasks no step produces', () => {
    const tasks = [
      task('t1', kf, { dueOn: '2027-09-20', meetingId: 'm1' }),
      task('t2', bb),
      task('t3', occ('budgetberedning:2027-07', 'ks', '2027-07-31'), { state: 'done' }),
    ];
    const c = reconcileTasks([kf, np], tasks, 'generate', new Map([[occurrenceKey(np), 'plan-1']]));
    expect(c.create).toEqual([{ ...np, planId: 'plan-1' }]);
    expect(c.update).toEqual([
      {
        id: 't1',
        stepKey: kf.stepKey,
        orgUnitId: 'kf',
        from: '2027-09-20',
        dueOn: '2027-09-27',
        meetingId: 'm2',
        planId: null,
        moved: true,
      },
    ]);
    expect(c.remove.map((t) => t.id)).toEqual(['t2']);
    expect(c.retired.map((t) => t.id)).toEqual(['t3']);
  });

  it('never moves a done task, but links its plan', () => {
    const c = reconcileTasks(
      [kf],
      [task('t1', kf, { dueOn: '2027-09-20', state: 'done' })],
      'generate',
      new Map([[occurrenceKey(kf), 'p']]),
    );
    expect(c.update).toEqual([expect.objectContaining({ id: 't1', dueOn: '2027-09-20', planId: 'p', moved: false })]);
  });

  it('meetings: only moves; creates, links and removes nothing', () => {
    const tasks = [task('t1', kf, { dueOn: '2027-09-30', meetingId: null }), task('t2', bb)];
    const c = reconcileTasks([kf, np], tasks, 'meetings', new Map([[occurrenceKey(kf), 'p']]));
    expect(c.create).toEqual([]);
    expect(c.remove).toEqual([]);
    expect(c.update).toEqual([expect.objectContaining({ id: 't1', dueOn: '2027-09-27', meetingId: 'm2', planId: null, moved: true })]);
    expect(c.unchanged).toBe(1);
  });

  it('changes nothing the second time', () => {
    const c = reconcileTasks([kf, np], [task('t1', kf), task('t2', np)], 'generate');
    expect(c).toEqual({ create: [], update: [], remove: [], retired: [], unchanged: 2 });
  });
});

describe('helpers', () => {
  it('knows the plan a step produces from its key', () => {
    expect(producedPlanRef(np)).toEqual({ kind: 'namndplan', orgUnitId: 'sn', year: 2028 });
    expect(producedPlanRef(bb)).toBeNull();
  });
  it('a meeting reaches the cycles of its year and the years on either side', () => {
    expect(cyclesReaching(['2027-04-20', '2027-09-20'])).toEqual([2026, 2027, 2028]);
    expect(cyclesReaching(['2026-12-31', '2028-01-01'])).toEqual([2025, 2026, 2027, 2028, 2029]);
  });
});
