// Applies reconcileTasks (core) to the stored tasks of a year: on generation (create, move, link,
// remove what no step produces any more) and after a meeting change (move only), inside the
// caller's transaction, audited. What changes is decided in core; this file only writes it.
import type { Transaction } from 'kysely';
import { cyclesReaching, producedPlanRef, reconcileTasks, type ReconcileMode, type TaskChanges } from '../../core/calendar/reconcile.js';
import type { Occurrence } from '../../core/calendar/placement.js';
import { writeAudit } from '../audit/log.js';
import type { DB } from '../db/schema.js';
import { nextVersion } from '../db/versioned.js';
import { placedCycleOf } from './service.js';

/** The current version of the plan each occurrence's step produces for its unit, when the red thread has it. */
async function producedPlans(trx: Transaction<DB>, m: string, occurrences: readonly Occurrence[]): Promise<Map<string, string>> {
  const refs = occurrences.flatMap((o) => {
    const ref = producedPlanRef(o);
    return ref ? [{ key: `${o.stepKey}|${o.orgUnitId}`, ...ref }] : [];
  });
  if (!refs.length) return new Map();
  const rows = await trx
    .selectFrom('plan')
    .select(['id', 'kind', 'org_unit_id', 'year_from'])
    .where('municipality_id', '=', m)
    .where('kind', 'in', [...new Set(refs.map((r) => r.kind))])
    .where('year_from', 'in', [...new Set(refs.map((r) => r.year))])
    .where('status', '<>', 'superseded')
    .orderBy('version_no', 'asc')
    .execute();
  // Ascending, so the highest version of each plan is the one left in the map.
  const latest = new Map(rows.map((r) => [`${r.kind}|${r.org_unit_id}|${r.year_from}`, r.id]));
  const out = new Map<string, string>();
  for (const r of refs) {
    const id = latest.get(`${r.kind}|${r.orgUnitId}|${r.year}`);
    if (id) out.set(r.key, id);
  }
  return out;
}

async function storedTasks(trx: Transaction<DB>, m: string, year: number) {
  const rows = await trx
    .selectFrom('calendar_task')
    .select(['id', 'step_key', 'org_unit_id', 'due_on', 'meeting_id', 'state', 'plan_id', 'version'])
    .where('municipality_id', '=', m)
    .where('year', '=', year)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    stepKey: r.step_key,
    orgUnitId: r.org_unit_id,
    dueOn: r.due_on,
    meetingId: r.meeting_id,
    state: r.state,
    planId: r.plan_id,
    version: r.version,
  }));
}

/** Writes what reconcileTasks decided; returns the changes. */
async function apply(trx: Transaction<DB>, m: string, year: number, mode: ReconcileMode): Promise<TaskChanges> {
  const { occurrences } = await placedCycleOf(trx, m, year);
  const tasks = await storedTasks(trx, m, year);
  const changes = reconcileTasks(occurrences, tasks, mode, mode === 'generate' ? await producedPlans(trx, m, occurrences) : undefined);
  if (changes.create.length)
    await trx
      .insertInto('calendar_task')
      .values(
        changes.create.map((o) => ({
          municipality_id: m,
          year,
          step: o.step,
          step_key: o.stepKey,
          org_unit_id: o.orgUnitId,
          due_on: o.due,
          meeting_id: o.meetingId,
          plan_id: o.planId,
          done_at: null,
          done_by: null,
        })),
      )
      .execute();
  // The server moves dates, not what a person read: the version moves on atomically (no lost
  // increment), so someone holding the task's old version is told to reload.
  for (const u of changes.update)
    await trx
      .updateTable('calendar_task')
      .set({ due_on: u.dueOn, meeting_id: u.meetingId, plan_id: u.planId, version: nextVersion, updated_at: new Date() })
      .where('municipality_id', '=', m)
      .where('id', '=', u.id)
      .execute();
  if (changes.remove.length)
    await trx
      .deleteFrom('calendar_task')
      .where('municipality_id', '=', m)
      .where(
        'id',
        'in',
        changes.remove.map((t) => t.id),
      )
      .execute();
  return changes;
}

const movedOf = (c: TaskChanges) => c.update.filter((u) => u.moved);

/**
 * Generation of the year's tasks, inside the caller's transaction: creates missing tasks, moves
 * unfinished ones to their placed date and meeting, links a plan that has appeared, and removes
 * unfinished tasks no step produces any more (done ones stay). One audit row per run, and one per
 * removed task with what it was. The demo seed calls it without audit (the seed has its own).
 */
export async function writeTasks(trx: Transaction<DB>, m: string, actorId: string | null, year: number, audited = true) {
  const changes = await apply(trx, m, year, 'generate');
  const moved = movedOf(changes).length;
  const count = {
    year,
    created: changes.create.length,
    moved,
    linked: changes.update.length - moved,
    removed: changes.remove.length,
    retired: changes.retired.length,
    unchanged: changes.unchanged,
  };
  if (audited) {
    const base = { municipalityId: m, actorId, entityType: 'calendar_task' };
    await writeAudit(trx, { ...base, action: 'generate', entityId: String(year), after: count });
    for (const t of changes.remove)
      await writeAudit(trx, { ...base, action: 'remove', entityId: t.id, orgUnitId: t.orgUnitId, before: t, after: null });
  }
  return count;
}

/**
 * After a meeting was added, moved or deleted (or a sammanträdesplan imported), in the same
 * transaction: the unfinished tasks of every cycle that the meetings on `days` reach follow the
 * placement. Years without tasks stay without: generating them is a decision of its own. One
 * audit row per year in which anything moved, listing each move. Returns how many tasks moved.
 */
export async function followMeetings(trx: Transaction<DB>, m: string, actorId: string, days: readonly string[], cause: unknown) {
  let total = 0;
  for (const year of cyclesReaching(days)) {
    const open = await trx
      .selectFrom('calendar_task')
      .select('id')
      .where('municipality_id', '=', m)
      .where('year', '=', year)
      .where('state', '<>', 'done')
      .limit(1)
      .executeTakeFirst();
    if (!open) continue;
    const moved = movedOf(await apply(trx, m, year, 'meetings'));
    if (!moved.length) continue;
    total += moved.length;
    await writeAudit(trx, {
      municipalityId: m,
      actorId,
      action: 'follow_meetings',
      entityType: 'calendar_task',
      entityId: String(year),
      after: {
        year,
        cause,
        moved: moved.map((u) => ({
          id: u.id,
          stepKey: u.stepKey,
          orgUnitId: u.orgUnitId,
          from: u.from,
          to: u.dueOn,
          meetingId: u.meetingId,
        })),
      },
    });
  }
  return total;
}
