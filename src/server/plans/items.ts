// Strategic areas, uppdrag and activities of a plan.
import { randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { z } from 'zod';
import { fail } from '../../core/errors.js';
import { mayReceiveAssignment } from '../../core/plans/links.js';
import type { activityInput, assignmentInput, Plan, strategicAreaInput } from '../../core/plans/schemas.js';
import { writeAudit } from '../audit/log.js';
import type { Caller } from '../auth/caller.js';
import type { DB } from '../db/schema.js';
import { deleteVersioned, lockVersioned, updateVersioned } from '../db/versioned.js';
import { editablePlan } from './service.js';

type Tx = Transaction<DB>;
type Table = 'strategic_area' | 'assignment' | 'activity';

const invalid = (field: string, message: string) => fail('validation', message, { fields: [{ field, message }] });

const audit = (trx: Tx, caller: Caller, action: string, table: Table, plan: Plan, id: string, before: unknown, after: unknown) =>
  writeAudit(trx, {
    municipalityId: caller.municipalityId,
    actorId: caller.personId,
    action,
    entityType: table,
    entityId: id,
    orgUnitId: plan.orgUnitId,
    before,
    after,
    plan,
  });

/** Loads an item with its plan, checking the caller may change that plan (the version is the write's). */
async function editableItem(trx: Tx, caller: Caller, table: Table, id: string) {
  const row = await trx
    .selectFrom(table)
    .selectAll()
    .where('municipality_id', '=', caller.municipalityId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw fail('not_found', 'Det finns inte.');
  const plan = await editablePlan(trx, caller, row.plan_id);
  return { row, plan };
}

export async function saveArea(
  db: Kysely<DB>,
  caller: Caller,
  target: { planId?: string; id?: string; version?: number },
  input: z.infer<typeof strategicAreaInput>,
) {
  const m = caller.municipalityId;
  return db.transaction().execute(async (trx) => {
    const values = { title: input.title, description: input.description ?? '', sort_order: input.sortOrder ?? 0 };
    if (target.id) {
      const { row, plan } = await editableItem(trx, caller, 'strategic_area', target.id);
      const after = await updateVersioned(trx, 'strategic_area', { municipality_id: m, id: row.id }, target.version ?? 0, values);
      await audit(trx, caller, 'update', 'strategic_area', plan, row.id, row, after);
      return after;
    }
    const plan = await editablePlan(trx, caller, target.planId as string);
    if (plan.kind !== 'strategisk_plan')
      throw fail('plan_rule', 'Strategiska områden finns bara i den strategiska planen.', { rule: 'area_in_strategic_plan' });
    const after = await trx
      .insertInto('strategic_area')
      .values({ municipality_id: m, plan_id: plan.id, lineage_id: randomUUID(), ...values })
      .returningAll()
      .executeTakeFirstOrThrow();
    await audit(trx, caller, 'create', 'strategic_area', plan, after.id, null, after);
    return after;
  });
}

async function checkAssignment(trx: Tx, m: string, plan: Plan, input: z.infer<typeof assignmentInput>) {
  if (!['strategisk_plan', 'namndplan', 'bolag_verksamhetsplan'].includes(plan.kind)) {
    throw fail('plan_rule', 'Uppdrag ges i den strategiska planen och i nämndplaner.', { rule: 'assignment_plan' });
  }
  const units = await trx
    .selectFrom('org_unit')
    .select(['id', 'kind', 'parent_id'])
    .where('municipality_id', '=', m)
    .where('id', 'in', input.assigneeUnitIds)
    .execute();
  if (units.length !== new Set(input.assigneeUnitIds).size) throw invalid('assigneeUnitIds', 'En av mottagarna finns inte.');
  const ok = units.every((u) => mayReceiveAssignment(plan.kind, plan.orgUnitId, { id: u.id, kind: u.kind, parentId: u.parent_id }));
  if (!ok)
    throw invalid(
      'assigneeUnitIds',
      plan.kind === 'strategisk_plan'
        ? 'Kommunfullmäktige ger uppdrag till nämnder, kommunstyrelsen och bolag.'
        : 'En nämnd ger uppdrag till sin egen förvaltning.',
    );
  if (input.parentLineageId) {
    const parent = await trx
      .selectFrom('assignment')
      .select('id')
      .where('municipality_id', '=', m)
      .where('lineage_id', '=', input.parentLineageId)
      .executeTakeFirst();
    if (!parent) throw invalid('parentLineageId', 'Uppdraget som detta bygger på finns inte.');
  }
}

async function writeAssignees(trx: Tx, m: string, id: string, unitIds: string[]) {
  await trx.deleteFrom('assignment_assignee').where('municipality_id', '=', m).where('assignment_id', '=', id).execute();
  for (const u of new Set(unitIds))
    await trx.insertInto('assignment_assignee').values({ municipality_id: m, assignment_id: id, org_unit_id: u }).execute();
}

export async function saveAssignment(
  db: Kysely<DB>,
  caller: Caller,
  target: { planId?: string; id?: string; version?: number },
  input: z.infer<typeof assignmentInput>,
) {
  const m = caller.municipalityId;
  return db.transaction().execute(async (trx) => {
    const values = {
      title: input.title,
      description: input.description ?? '',
      due_on: input.dueOn ?? null,
      parent_lineage_id: input.parentLineageId ?? null,
      sort_order: input.sortOrder ?? 0,
    };
    if (target.id) {
      const { row, plan } = await editableItem(trx, caller, 'assignment', target.id);
      await checkAssignment(trx, m, plan, input);
      const after = await updateVersioned(trx, 'assignment', { municipality_id: m, id: row.id }, target.version ?? 0, values);
      await writeAssignees(trx, m, row.id, input.assigneeUnitIds);
      await audit(trx, caller, 'update', 'assignment', plan, row.id, row, { ...after, assigneeUnitIds: input.assigneeUnitIds });
      return after;
    }
    const plan = await editablePlan(trx, caller, target.planId as string);
    await checkAssignment(trx, m, plan, input);
    const after = await trx
      .insertInto('assignment')
      .values({ municipality_id: m, plan_id: plan.id, lineage_id: randomUUID(), ...values })
      .returningAll()
      .executeTakeFirstOrThrow();
    await writeAssignees(trx, m, after.id, input.assigneeUnitIds);
    await audit(trx, caller, 'create', 'assignment', plan, after.id, null, { ...after, assigneeUnitIds: input.assigneeUnitIds });
    return after;
  });
}

export async function saveActivity(
  db: Kysely<DB>,
  caller: Caller,
  target: { planId?: string; id?: string; version?: number },
  input: z.infer<typeof activityInput>,
) {
  const m = caller.municipalityId;
  return db.transaction().execute(async (trx) => {
    const values = {
      goal_id: input.goalId ?? null,
      what: input.what,
      who: input.who ?? '',
      starts_on: input.startsOn ?? null,
      due_on: input.dueOn ?? null,
      sort_order: input.sortOrder ?? 0,
    };
    if (input.startsOn && input.dueOn && input.dueOn < input.startsOn) throw invalid('dueOn', 'Slutdatum kan inte ligga före startdatum.');
    const found = target.id ? await editableItem(trx, caller, 'activity', target.id) : null;
    const plan = found ? found.plan : await editablePlan(trx, caller, target.planId as string);
    if (plan.kind !== 'verksamhetsplan' && plan.kind !== 'bolag_verksamhetsplan' && plan.kind !== 'utvecklingsplan') {
      throw fail('plan_rule', 'Aktiviteter hör till verksamhetsplaner och utvecklingsplaner.', { rule: 'activity_plan' });
    }
    if (
      input.goalId &&
      !(await trx
        .selectFrom('goal')
        .select('id')
        .where('municipality_id', '=', m)
        .where('plan_id', '=', plan.id)
        .where('id', '=', input.goalId)
        .executeTakeFirst())
    ) {
      throw invalid('goalId', 'Välj ett mål i samma plan.');
    }
    if (found) {
      const after = await updateVersioned(trx, 'activity', { municipality_id: m, id: found.row.id }, target.version ?? 0, values);
      await audit(trx, caller, 'update', 'activity', plan, found.row.id, found.row, after);
      return after;
    }
    const after = await trx
      .insertInto('activity')
      .values({ municipality_id: m, plan_id: plan.id, ...values })
      .returningAll()
      .executeTakeFirstOrThrow();
    await audit(trx, caller, 'create', 'activity', plan, after.id, null, after);
    return after;
  });
}

/** Removes an area, uppdrag or activity from a plan that is still being written. */
export async function deleteItem(db: Kysely<DB>, caller: Caller, table: Table, id: string, version: number) {
  const m = caller.municipalityId;
  await db.transaction().execute(async (trx) => {
    const { row, plan } = await editableItem(trx, caller, table, id);
    const key = { municipality_id: m, id };
    // Held at the version read before its uppdrag's recipients go, so a racing writer fails first.
    await lockVersioned(trx, table, key, version);
    if (table === 'assignment')
      await trx.deleteFrom('assignment_assignee').where('municipality_id', '=', m).where('assignment_id', '=', id).execute();
    await deleteVersioned(trx, table, key, version);
    await audit(trx, caller, 'delete', table, plan, id, row, null);
  });
}
