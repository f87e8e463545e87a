// Tasks of the annual cycle: generated from the placed cycle (idempotent), listed for anyone in
// the municipality, and marked in progress or done by the people who work on the unit.
import type { Kysely, Transaction } from 'kysely';
import type { z } from 'zod';
import type { Task, taskStateInput } from '../../core/calendar/records.js';
import { annualCycle } from '../../core/calendar/cycle.js';
import { placeSteps } from '../../core/calendar/placement.js';
import { occurrenceKey } from '../../core/calendar/reconcile.js';
import { type StoredTaskState, stepKey, taskState, taskWorkerRoles, workableUnits } from '../../core/calendar/tasks.js';
import { fail } from '../../core/errors.js';
import { writeAudit } from '../audit/log.js';
import type { Caller } from '../auth/caller.js';
import type { DB } from '../db/schema.js';
import { updateVersioned } from '../db/versioned.js';
import { settingsOf, unitsOf } from './service.js';
import { maySteerCycle } from './settings.js';
import { writeTasks } from './taskSync.js';

export { writeTasks };

type Db = Kysely<DB> | Transaction<DB>;

/** Today in Sweden, the day a due date is counted in. */
export const today = (): string => new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' });

/**
 * Creates the year's tasks from the placed cycle. Running it again changes nothing; after a
 * change of settings it moves the due dates of tasks not yet done, links a plan that has appeared
 * since, and removes unfinished tasks no step produces any more. One done stays done.
 */
export async function generateTasks(db: Kysely<DB>, caller: Caller, year: number) {
  if (!(await maySteerCycle(db, caller)))
    throw fail('forbidden', 'Bara en administratör eller controller på kommunstyrelsen får skapa årshjulets uppgifter.');
  return db.transaction().execute((trx) => writeTasks(trx, caller.municipalityId, caller.personId, year));
}

export interface TaskQuery {
  year?: number;
  step?: string;
  stepKey?: string;
  orgUnitId?: string;
  state?: string;
  /** Only the tasks of units where the caller may work tasks (workableUnits). */
  mine?: boolean;
  /** Only the tasks not done (late ones included). */
  open?: boolean;
}

/** Tasks are about org units, not people: anyone in the municipality may see them (decision 0010). */
export async function listTasks(db: Db, caller: Caller, q: TaskQuery, day = today()): Promise<Task[]> {
  const m = caller.municipalityId;
  const units = await unitsOf(db, m);
  const workable = workableUnits(
    units,
    caller.roles.filter((r) => (taskWorkerRoles as readonly string[]).includes(r.role)).map((r) => r.orgUnitId),
  );
  if (q.mine && workable.size === 0) return [];
  let query = db
    .selectFrom('calendar_task as t')
    .innerJoin('org_unit as u', (j) => j.onRef('u.municipality_id', '=', 't.municipality_id').onRef('u.id', '=', 't.org_unit_id'))
    .leftJoin('meeting as mt', (j) => j.onRef('mt.municipality_id', '=', 't.municipality_id').onRef('mt.id', '=', 't.meeting_id'))
    .leftJoin('person as p', (j) => j.onRef('p.municipality_id', '=', 't.municipality_id').onRef('p.id', '=', 't.done_by'))
    .select([
      't.id',
      't.year',
      't.step',
      't.step_key',
      't.org_unit_id',
      'u.name as unit_name',
      't.due_on',
      't.meeting_id',
      'mt.title as meeting_title',
    ])
    .select(['t.state', 't.done_at', 'p.name as done_by_name', 't.plan_id', 't.version'])
    .where('t.municipality_id', '=', m);
  if (q.year) query = query.where('t.year', '=', q.year);
  if (q.step) query = query.where('t.step', '=', q.step);
  if (q.stepKey) query = query.where('t.step_key', '=', q.stepKey);
  if (q.orgUnitId) query = query.where('t.org_unit_id', '=', q.orgUnitId);
  if (q.mine) query = query.where('t.org_unit_id', 'in', [...workable]);
  if (q.open) query = query.where('t.state', '<>', 'done');
  const rows = await query.orderBy('t.due_on').orderBy('u.name').execute();
  // Which tasks a step of their year still produces; the keys do not depend on meetings.
  const settings = rows.length ? await settingsOf(db, m) : null;
  const produced = new Set<string>();
  // The step's title by occurrence key, else by step id (a task no step produces any more).
  const titles = new Map<string, string>();
  for (const y of new Set(rows.map((r) => r.year))) {
    if (!settings) continue;
    const cycle = annualCycle(y, settings);
    for (const s of cycle.steps) {
      titles.set(stepKey(s), s.title);
      if (!titles.has(s.step)) titles.set(s.step, s.title);
    }
    for (const o of placeSteps(cycle, units, []).occurrences) produced.add(occurrenceKey(o));
  }
  const tasks = rows.map(
    (r): Task => ({
      id: r.id,
      year: r.year,
      step: r.step,
      stepKey: r.step_key,
      title: titles.get(r.step_key) ?? titles.get(r.step) ?? r.step,
      orgUnitId: r.org_unit_id,
      orgUnitName: r.unit_name,
      dueOn: r.due_on,
      meetingId: r.meeting_id,
      meetingTitle: r.meeting_title,
      state: r.state,
      shownState: taskState({ state: r.state, dueOn: r.due_on }, day),
      doneAt: r.done_at ? new Date(r.done_at).toISOString() : null,
      doneBy: r.done_by_name,
      planId: r.plan_id,
      inCycle: produced.has(occurrenceKey({ stepKey: r.step_key, orgUnitId: r.org_unit_id })),
      canEdit: workable.has(r.org_unit_id),
      version: r.version,
    }),
  );
  return q.state ? tasks.filter((t) => t.shownState === q.state) : tasks;
}

export async function setTaskState(db: Kysely<DB>, caller: Caller, id: string, input: z.infer<typeof taskStateInput>): Promise<Task> {
  const m = caller.municipalityId;
  return db.transaction().execute(async (trx) => {
    const before = (await listTasks(trx, caller, {})).find((t) => t.id === id);
    if (!before) throw fail('not_found', 'Uppgiften finns inte.');
    if (!before.canEdit) throw fail('forbidden', `Bara chef eller controller för ${before.orgUnitName} får ändra uppgiften.`);
    const state: StoredTaskState = input.state;
    await updateVersioned(trx, 'calendar_task', { municipality_id: m, id }, input.version, {
      state,
      done_at: state === 'done' ? (before.doneAt ? new Date(before.doneAt) : new Date()) : null,
      done_by: state === 'done' ? caller.personId : null,
      updated_at: new Date(),
    });
    const after = (await listTasks(trx, caller, { stepKey: before.stepKey, orgUnitId: before.orgUnitId }))[0] as Task;
    await writeAudit(trx, {
      municipalityId: m,
      actorId: caller.personId,
      action: 'state',
      entityType: 'calendar_task',
      entityId: id,
      orgUnitId: before.orgUnitId,
      before: { state: before.state },
      after: { state: after.state },
    });
    return after;
  });
}
