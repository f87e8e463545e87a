// Goals of a plan and their links up the red thread.
import { randomUUID } from 'node:crypto';
import { type Kysely, sql, type Transaction } from 'kysely';
import type { z } from 'zod';
import { fail } from '../../core/errors.js';
import { type GoalKind, goalKindName, goalKindsOf, type PlanKind, planKindName } from '../../core/plans/kinds.js';
import { checkLink } from '../../core/plans/links.js';
import type { Goal, goalInput, Plan, updateGoalInput } from '../../core/plans/schemas.js';
import { writeAudit } from '../audit/log.js';
import type { Caller } from '../auth/caller.js';
import type { DB } from '../db/schema.js';
import { deleteVersioned, lockVersioned, updateVersioned } from '../db/versioned.js';
import { ancestry } from './access.js';
import { currentPlans, goalsOfPlan } from './queries.js';
import { editablePlan } from './service.js';

type Tx = Transaction<DB>;
type GoalInput = z.infer<typeof goalInput>;

const invalid = (field: string, message: string) => fail('validation', message, { fields: [{ field, message }] });

async function allExist(trx: Tx, table: 'person' | 'org_unit' | 'indicator', m: string, ids: string[]) {
  if (ids.length === 0) return true;
  const rows = await trx.selectFrom(table).select('id').where('municipality_id', '=', m).where('id', 'in', ids).execute();
  return rows.length === new Set(ids).size;
}

interface ParentRow {
  type: 'goal' | 'strategic_area';
  plan_kind: string;
  goal_kind: string | null;
  org_unit_id: string;
}

/** The goal or area a lineage stands for, preferring the plans in force in the given year. */
async function findParent(trx: Tx, m: string, year: number, lineageId: string): Promise<ParentRow | undefined> {
  const { rows } = await sql<ParentRow>`WITH cur AS (${currentPlans(m, year)})
    SELECT * FROM (
      SELECT 'goal' AS type, p.kind AS plan_kind, g.kind AS goal_kind, p.org_unit_id, (p.id IN (SELECT id FROM cur)) AS cur, p.year_from, p.version_no
      FROM goal g JOIN plan p ON p.municipality_id = g.municipality_id AND p.id = g.plan_id
      WHERE g.municipality_id = ${m} AND g.lineage_id = ${lineageId}
      UNION ALL
      SELECT 'strategic_area', p.kind, NULL, p.org_unit_id, (p.id IN (SELECT id FROM cur)), p.year_from, p.version_no
      FROM strategic_area a JOIN plan p ON p.municipality_id = a.municipality_id AND p.id = a.plan_id
      WHERE a.municipality_id = ${m} AND a.lineage_id = ${lineageId}
    ) x ORDER BY cur DESC, year_from DESC, version_no DESC LIMIT 1`.execute(trx);
  return rows[0];
}

/** Whether linking `childLineage` under `parentLineage` would close a loop. */
async function makesCycle(trx: Tx, m: string, childLineage: string, parentLineage: string): Promise<boolean> {
  if (childLineage === parentLineage) return true;
  const { rows } = await sql<{ cycle: boolean }>`WITH RECURSIVE up(lineage) AS (
      SELECT ${parentLineage}::uuid
      UNION
      SELECT l.parent_lineage_id FROM goal_link l
      JOIN goal g ON g.municipality_id = l.municipality_id AND g.id = l.goal_id
      JOIN up ON g.lineage_id = up.lineage
      WHERE l.municipality_id = ${m}
    ) SELECT EXISTS (SELECT 1 FROM up WHERE lineage = ${childLineage}::uuid) AS cycle`.execute(trx);
  return rows[0]?.cycle === true;
}

async function checkGoalInput(trx: Tx, m: string, plan: Plan, lineageId: string, input: GoalInput) {
  if (!goalKindsOf[plan.kind].includes(input.kind)) {
    const kinds = goalKindsOf[plan.kind].map((k) => goalKindName[k]).join(', ');
    throw invalid('kind', kinds ? `En ${planKindName[plan.kind]} har ${kinds}.` : `En ${planKindName[plan.kind]} har inga mål.`);
  }
  if (input.ownerPersonId && !(await allExist(trx, 'person', m, [input.ownerPersonId])))
    throw invalid('ownerPersonId', 'Personen finns inte.');
  if (input.ownerOrgUnitId && !(await allExist(trx, 'org_unit', m, [input.ownerOrgUnitId])))
    throw invalid('ownerOrgUnitId', 'Enheten finns inte.');
  if (!(await allExist(trx, 'indicator', m, input.indicatorIds))) throw invalid('indicatorIds', 'En av indikatorerna finns inte.');
  if (input.assigneeUnitIds.length) {
    if (plan.kind !== 'strategisk_plan') throw invalid('assigneeUnitIds', 'Bara kommunfullmäktiges mål ges till nämnder och bolag.');
    const units = await trx
      .selectFrom('org_unit')
      .select(['id', 'kind'])
      .where('municipality_id', '=', m)
      .where('id', 'in', input.assigneeUnitIds)
      .execute();
    if (units.length !== new Set(input.assigneeUnitIds).size || units.some((u) => !['namnd', 'kommunstyrelse', 'bolag'].includes(u.kind))) {
      throw invalid('assigneeUnitIds', 'Mål ges till nämnder, kommunstyrelsen eller bolag.');
    }
  }
  const lines = await ancestry(trx, m, [plan.orgUnitId]);
  const above = new Set((lines.get(plan.orgUnitId) ?? []).map((u) => u.id));
  for (const parentLineage of input.parentLineageIds) {
    const parent = await findParent(trx, m, plan.yearFrom, parentLineage);
    if (!parent) throw invalid('parentLineageIds', 'Målet eller området som du kopplar till finns inte.');
    // A loop is named as such before any rule of levels that it also breaks.
    if (await makesCycle(trx, m, lineageId, parentLineage)) {
      throw fail('plan_rule', 'Kopplingen skulle göra en cirkel: målet skulle tjäna sig självt.', {
        rule: 'link_cycle',
        fields: [{ field: 'parentLineageIds', message: 'Kopplingen skulle göra en cirkel.' }],
      });
    }
    checkLink(
      { type: 'goal', planKind: plan.kind, goalKind: input.kind, orgUnitId: plan.orgUnitId },
      {
        type: parent.type,
        planKind: parent.plan_kind as PlanKind,
        goalKind: parent.goal_kind as GoalKind | null,
        orgUnitId: parent.org_unit_id,
      },
      above.has(parent.org_unit_id),
    );
  }
}

async function writeRelations(trx: Tx, m: string, goalId: string, input: GoalInput) {
  for (const t of ['goal_link', 'goal_indicator', 'goal_assignee'] as const)
    await trx.deleteFrom(t).where('municipality_id', '=', m).where('goal_id', '=', goalId).execute();
  for (const lineage of new Set(input.parentLineageIds)) {
    const isArea = await trx
      .selectFrom('strategic_area')
      .select('id')
      .where('municipality_id', '=', m)
      .where('lineage_id', '=', lineage)
      .executeTakeFirst();
    await trx
      .insertInto('goal_link')
      .values({ municipality_id: m, goal_id: goalId, parent_lineage_id: lineage, parent_type: isArea ? 'strategic_area' : 'goal' })
      .execute();
  }
  for (const id of new Set(input.indicatorIds))
    await trx.insertInto('goal_indicator').values({ municipality_id: m, goal_id: goalId, indicator_id: id }).execute();
  for (const id of new Set(input.assigneeUnitIds))
    await trx.insertInto('goal_assignee').values({ municipality_id: m, goal_id: goalId, org_unit_id: id }).execute();
}

const goalValues = (input: GoalInput) => ({
  kind: input.kind,
  title: input.title,
  description: input.description ?? '',
  qualitative_reason: input.qualitativeReason || null,
  target_year: input.targetYear ?? null,
  owner_person_id: input.ownerPersonId ?? null,
  owner_org_unit_id: input.ownerOrgUnitId ?? null,
  sort_order: input.sortOrder ?? 0,
});

async function readGoal(trx: Tx, m: string, plan: Plan, goalId: string) {
  return (await goalsOfPlan(trx, m, plan)).find((g) => g.id === goalId) as Goal;
}

const audit = (trx: Tx, caller: Caller, action: string, plan: Plan, id: string, before: unknown, after: unknown) =>
  writeAudit(trx, {
    municipalityId: caller.municipalityId,
    actorId: caller.personId,
    action,
    entityType: 'goal',
    entityId: id,
    orgUnitId: plan.orgUnitId,
    before,
    after,
    plan,
  });

export async function createGoal(db: Kysely<DB>, caller: Caller, planId: string, input: GoalInput): Promise<Goal> {
  const m = caller.municipalityId;
  return db.transaction().execute(async (trx) => {
    const plan = await editablePlan(trx, caller, planId);
    const lineageId = randomUUID();
    await checkGoalInput(trx, m, plan, lineageId, input);
    const row = await trx
      .insertInto('goal')
      .values({ municipality_id: m, plan_id: plan.id, lineage_id: lineageId, ...goalValues(input) })
      .returning('id')
      .executeTakeFirstOrThrow();
    await writeRelations(trx, m, row.id, input);
    const goal = await readGoal(trx, m, plan, row.id);
    await audit(trx, caller, 'create', plan, row.id, null, goal);
    return goal;
  });
}

async function goalInPlan(trx: Tx, caller: Caller, goalId: string) {
  const row = await trx
    .selectFrom('goal')
    .select(['plan_id', 'lineage_id', 'version'])
    .where('municipality_id', '=', caller.municipalityId)
    .where('id', '=', goalId)
    .executeTakeFirst();
  if (!row) throw fail('not_found', 'Målet finns inte.');
  const plan = await editablePlan(trx, caller, row.plan_id);
  return { row, plan };
}

export async function updateGoal(db: Kysely<DB>, caller: Caller, goalId: string, input: z.infer<typeof updateGoalInput>): Promise<Goal> {
  const m = caller.municipalityId;
  return db.transaction().execute(async (trx) => {
    const { row, plan } = await goalInPlan(trx, caller, goalId);
    const before = await readGoal(trx, m, plan, goalId);
    await checkGoalInput(trx, m, plan, row.lineage_id, input);
    // The goal row first: a writer that lost the race stops here, before its links are written.
    await updateVersioned(trx, 'goal', { municipality_id: m, id: goalId }, input.version, goalValues(input));
    await writeRelations(trx, m, goalId, input);
    const after = await readGoal(trx, m, plan, goalId);
    await audit(trx, caller, 'update', plan, goalId, before, after);
    return after;
  });
}

export async function deleteGoal(db: Kysely<DB>, caller: Caller, goalId: string, version: number): Promise<void> {
  const m = caller.municipalityId;
  await db.transaction().execute(async (trx) => {
    const { plan } = await goalInPlan(trx, caller, goalId);
    const key = { municipality_id: m, id: goalId };
    await lockVersioned(trx, 'goal', key, version);
    const before = await readGoal(trx, m, plan, goalId);
    await trx.updateTable('activity').set({ goal_id: null }).where('municipality_id', '=', m).where('goal_id', '=', goalId).execute();
    for (const t of ['goal_link', 'goal_indicator', 'goal_assignee'] as const)
      await trx.deleteFrom(t).where('municipality_id', '=', m).where('goal_id', '=', goalId).execute();
    await deleteVersioned(trx, 'goal', key, version);
    await audit(trx, caller, 'delete', plan, goalId, before, null);
  });
}
