// Tasks of the annual cycle: generated from the placed cycle (idempotent), listed for anyone in
// the municipality, and marked in progress or done by the people who work on the unit.
import type { Kysely, Transaction } from 'kysely';
import type { z } from 'zod';
import type { Task, taskStateInput } from '../../core/calendar/records.js';
import type { StepId } from '../../core/calendar/schemas.js';
import { type StoredTaskState, stepPlanKind, taskState, taskWorkerRoles, workableUnits } from '../../core/calendar/tasks.js';
import { fail } from '../../core/errors.js';
import { writeAudit } from '../audit/log.js';
import type { Caller } from '../auth/caller.js';
import type { DB } from '../db/schema.js';
import { placedCycleOf, unitsOf } from './service.js';
import { maySteerCycle } from './settings.js';

type Db = Kysely<DB> | Transaction<DB>;

/** Today in Sweden, the day a due date is counted in. */
export const today = (): string => new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' });

/** The current version of the plan a step produces for the unit, when the red thread has it. */
async function producedPlan(db: Db, m: string, step: StepId, unitId: string, budgetYear: number | null) {
  const kind = stepPlanKind[step];
  if (!kind || budgetYear === null) return null;
  const row = await db
    .selectFrom('plan')
    .select('id')
    .where('municipality_id', '=', m)
    .where('kind', '=', kind)
    .where('org_unit_id', '=', unitId)
    .where('year_from', '=', budgetYear)
    .where('status', '<>', 'superseded')
    .orderBy('version_no', 'desc')
    .executeTakeFirst();
  return row?.id ?? null;
}

/**
 * Creates the year's tasks from the placed cycle. Running it again changes nothing; after a
 * change of meetings or settings it moves the due dates of tasks not yet done, and links a plan
 * that has appeared since. Tasks are never deleted here: one done stays done.
 */
export async function generateTasks(db: Kysely<DB>, caller: Caller, year: number) {
  if (!(await maySteerCycle(db, caller)))
    throw fail('forbidden', 'Bara en administratör eller controller på kommunstyrelsen får skapa årshjulets uppgifter.');
  return db.transaction().execute((trx) => writeTasks(trx, caller.municipalityId, caller.personId, year));
}

/** Generation itself, inside the caller's transaction. The demo seed calls it too, without an audit row of its own (the seed has one). */
export async function writeTasks(trx: Transaction<DB>, m: string, actorId: string | null, year: number, audited = true) {
  const { occurrences } = await placedCycleOf(trx, m, year);
  // The key of a yearly step ends in its budget year ('namndplan:2027'), the year its plan is for.
  const budgetYear = (key: string) => Number(key.split(':')[1]?.slice(0, 4));
  {
    const count = { year, created: 0, moved: 0, unchanged: 0 };
    const existing = await trx
      .selectFrom('calendar_task')
      .select(['id', 'step_key', 'org_unit_id', 'due_on', 'meeting_id', 'state', 'plan_id', 'version'])
      .where('municipality_id', '=', m)
      .where('year', '=', year)
      .execute();
    const byKey = new Map(existing.map((t) => [`${t.step_key}|${t.org_unit_id}`, t]));
    for (const o of occurrences) {
      const planId = await producedPlan(trx, m, o.step, o.orgUnitId, stepPlanKind[o.step] ? budgetYear(o.stepKey) : null);
      const t = byKey.get(`${o.stepKey}|${o.orgUnitId}`);
      if (!t) {
        await trx
          .insertInto('calendar_task')
          .values({
            municipality_id: m,
            year,
            step: o.step,
            step_key: o.stepKey,
            org_unit_id: o.orgUnitId,
            due_on: o.due,
            meeting_id: o.meetingId,
            plan_id: planId,
            done_at: null,
            done_by: null,
          })
          .execute();
        count.created++;
        continue;
      }
      const move = t.state !== 'done' && (t.due_on !== o.due || t.meeting_id !== o.meetingId);
      const link = planId !== null && t.plan_id !== planId;
      if (!move && !link) {
        count.unchanged++;
        continue;
      }
      await trx
        .updateTable('calendar_task')
        .set({
          ...(move ? { due_on: o.due, meeting_id: o.meetingId } : {}),
          plan_id: link ? planId : t.plan_id,
          version: t.version + 1,
          updated_at: new Date(),
        })
        .where('municipality_id', '=', m)
        .where('id', '=', t.id)
        .execute();
      count.moved++;
    }
    if (audited)
      await writeAudit(trx, {
        municipalityId: m,
        actorId,
        action: 'generate',
        entityType: 'calendar_task',
        entityId: String(year),
        after: count,
      });
    return count;
  }
}

export interface TaskQuery {
  year?: number;
  step?: string;
  stepKey?: string;
  orgUnitId?: string;
  state?: string;
}

/** Tasks are about org units, not people: anyone in the municipality may see them (decision 0010). */
export async function listTasks(db: Db, caller: Caller, q: TaskQuery, day = today()): Promise<Task[]> {
  const m = caller.municipalityId;
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
  const rows = await query.orderBy('t.due_on').orderBy('u.name').execute();
  const units = await unitsOf(db, m);
  const workable = workableUnits(
    units,
    caller.roles.filter((r) => (taskWorkerRoles as readonly string[]).includes(r.role)).map((r) => r.orgUnitId),
  );
  const tasks = rows.map(
    (r): Task => ({
      id: r.id,
      year: r.year,
      step: r.step,
      stepKey: r.step_key,
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
    if (before.version !== input.version) throw fail('stale_version');
    const state: StoredTaskState = input.state;
    await trx
      .updateTable('calendar_task')
      .set({
        state,
        done_at: state === 'done' ? (before.doneAt ? new Date(before.doneAt) : new Date()) : null,
        done_by: state === 'done' ? caller.personId : null,
        version: before.version + 1,
        updated_at: new Date(),
      })
      .where('municipality_id', '=', m)
      .where('id', '=', id)
      .where('version', '=', input.version)
      .execute();
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
