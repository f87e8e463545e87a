// What breaks the red thread in a year: the list a controller works through.
import { type Kysely, sql } from 'kysely';
import type { OrgUnitKind } from '../../core/org/kinds.js';
import { type PlanKind, requiredPlanKind } from '../../core/plans/kinds.js';
import { unmeasuredGoals } from '../../core/plans/redThread.js';
import type { Caller } from '../auth/caller.js';
import type { DB } from '../db/schema.js';
import { currentPlans } from './queries.js';
import { redThreadOf } from './thread.js';

interface NotTakenRow {
  type: 'goal' | 'assignment';
  lineage_id: string;
  title: string;
  unit_id: string;
  unit_name: string;
}

/** KF goals and uppdrag given to a nämnd or bolag whose plan for the year takes nothing of them up. */
async function notTakenUp(db: Kysely<DB>, m: string, year: number) {
  const { rows } = await sql<NotTakenRow>`WITH cur AS (${currentPlans(m, year)}),
    kf AS (SELECT id FROM cur WHERE kind = 'strategisk_plan'),
    body_plan AS (SELECT id, org_unit_id FROM cur WHERE kind IN ('namndplan', 'bolag_verksamhetsplan'))
    SELECT 'goal' AS type, g.lineage_id, g.title, u.id AS unit_id, u.name AS unit_name
    FROM goal g JOIN goal_assignee ga ON ga.municipality_id = g.municipality_id AND ga.goal_id = g.id
    JOIN org_unit u ON u.municipality_id = ga.municipality_id AND u.id = ga.org_unit_id
    WHERE g.municipality_id = ${m} AND g.plan_id IN (SELECT id FROM kf) AND NOT EXISTS (
      SELECT 1 FROM goal c JOIN goal_link l ON l.municipality_id = c.municipality_id AND l.goal_id = c.id
      JOIN body_plan bp ON bp.id = c.plan_id
      WHERE c.municipality_id = ${m} AND bp.org_unit_id = ga.org_unit_id AND l.parent_lineage_id = g.lineage_id)
    UNION ALL
    SELECT 'assignment', a.lineage_id, a.title, u.id, u.name
    FROM assignment a JOIN assignment_assignee aa ON aa.municipality_id = a.municipality_id AND aa.assignment_id = a.id
    JOIN org_unit u ON u.municipality_id = aa.municipality_id AND u.id = aa.org_unit_id
    WHERE a.municipality_id = ${m} AND a.plan_id IN (SELECT id FROM kf) AND NOT EXISTS (
      SELECT 1 FROM assignment c JOIN body_plan bp ON bp.id = c.plan_id
      WHERE c.municipality_id = ${m} AND bp.org_unit_id = aa.org_unit_id AND c.parent_lineage_id = a.lineage_id)
    ORDER BY 5, 3`.execute(db);
  return rows.map((r) => ({ type: r.type, lineageId: r.lineage_id, title: r.title, orgUnitId: r.unit_id, orgUnitName: r.unit_name }));
}

/** Open units that lack the plan their kind must have for the year. */
async function unitsWithoutPlan(db: Kysely<DB>, m: string, year: number) {
  const needs = Object.entries(requiredPlanKind) as [OrgUnitKind, PlanKind][];
  const units = await db
    .selectFrom('org_unit')
    .select(['id', 'name', 'kind'])
    .where('municipality_id', '=', m)
    .where('closed_on', 'is', null)
    .where(
      'kind',
      'in',
      needs.map(([kind]) => kind),
    )
    .orderBy('kind')
    .orderBy('name')
    .execute();
  const { rows } = await sql<{ org_unit_id: string; kind: string }>`SELECT org_unit_id, kind FROM (${currentPlans(m, year)}) cur`.execute(
    db,
  );
  const has = new Set(rows.map((r) => `${r.org_unit_id}:${r.kind}`));
  return units.flatMap((u) => {
    const planKind = requiredPlanKind[u.kind as OrgUnitKind] as PlanKind;
    return has.has(`${u.id}:${planKind}`) ? [] : [{ orgUnitId: u.id, orgUnitName: u.name, kind: u.kind as OrgUnitKind, planKind }];
  });
}

export async function integrityOf(db: Kysely<DB>, caller: Caller, year: number) {
  const m = caller.municipalityId;
  const { nodes, untraced } = await redThreadOf(db, m, year, caller);
  const toGoal = (n: (typeof nodes)[number]) => ({
    lineageId: n.id,
    goalId: n.goalId,
    planId: n.planId,
    title: n.title,
    planKind: n.planKind,
    orgUnitName: n.orgUnitName,
    personName: n.personName,
  });
  const result = {
    year,
    untraced: untraced.map(toGoal),
    notTakenUp: await notTakenUp(db, m, year),
    unmeasured: unmeasuredGoals(nodes).map((u) => ({ ...toGoal(u.node), problem: u.problem })),
    unitsWithoutPlan: await unitsWithoutPlan(db, m, year),
  };
  return {
    ...result,
    counts: {
      untraced: result.untraced.length,
      notTakenUp: result.notTakenUp.length,
      unmeasured: result.unmeasured.length,
      unitsWithoutPlan: result.unitsWithoutPlan.length,
    },
  };
}
