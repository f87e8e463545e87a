// SQL of the red thread.
import { type Kysely, type RawBuilder, sql, type Transaction } from 'kysely';
import type { GoalKind, PlanKind, PlanStatus } from '../../core/plans/kinds.js';
import type { Goal, LinkTarget, Plan } from '../../core/plans/schemas.js';
import type { Caller } from '../auth/caller.js';
import type { DB } from '../db/schema.js';
import { readablePlans } from './access.js';

type Q = Kysely<DB> | Transaction<DB>;

/** The version of each plan that is in force for a year: the adopted one, else the newest. */
export const currentPlans = (municipalityId: string, year: number): RawBuilder<unknown> => sql`
  SELECT DISTINCT ON (p.series_id) p.* FROM plan p
  WHERE p.municipality_id = ${municipalityId} AND p.year_from <= ${year} AND p.year_to >= ${year} AND p.status <> 'superseded'
  ORDER BY p.series_id, (p.status = 'adopted') DESC, p.version_no DESC`;

interface PlanRow {
  id: string;
  series_id: string;
  version_no: number;
  kind: string;
  org_unit_id: string;
  org_unit_name: string;
  person_id: string | null;
  person_name: string | null;
  title: string;
  summary: string;
  area: string | null;
  year_from: number;
  year_to: number;
  status: string;
  decided_on: string | null;
  decided_by: string | null;
  decided_by_org_unit_id: string | null;
  decided_by_person_id: string | null;
  diarienummer: string | null;
  carried_from_id: string | null;
  version: number;
}

export const toPlan = (r: PlanRow): Plan => ({
  id: r.id,
  seriesId: r.series_id,
  versionNo: r.version_no,
  kind: r.kind as PlanKind,
  orgUnitId: r.org_unit_id,
  orgUnitName: r.org_unit_name,
  personId: r.person_id,
  personName: r.person_name,
  title: r.title,
  summary: r.summary,
  area: r.area,
  yearFrom: r.year_from,
  yearTo: r.year_to,
  status: r.status as PlanStatus,
  decidedOn: r.decided_on,
  decidedBy: r.decided_by,
  decidedByOrgUnitId: r.decided_by_org_unit_id,
  decidedByPersonId: r.decided_by_person_id,
  diarienummer: r.diarienummer,
  carriedFromId: r.carried_from_id,
  version: r.version,
});

const planSelect = sql`p.id, p.series_id, p.version_no, p.kind, p.org_unit_id, u.name AS org_unit_name, p.person_id, pe.name AS person_name,
  p.title, p.summary, p.area, p.year_from, p.year_to, p.status, p.decided_on, p.decided_by,
  p.decided_by_org_unit_id, p.decided_by_person_id, p.diarienummer, p.carried_from_id, p.version`;
const planJoins = sql`JOIN org_unit u ON u.municipality_id = p.municipality_id AND u.id = p.org_unit_id
  LEFT JOIN person pe ON pe.municipality_id = p.municipality_id AND pe.id = p.person_id`;

export async function findPlan(db: Q, municipalityId: string, id: string): Promise<Plan | undefined> {
  const { rows } =
    await sql<PlanRow>`SELECT ${planSelect} FROM plan p ${planJoins} WHERE p.municipality_id = ${municipalityId} AND p.id = ${id}`.execute(
      db,
    );
  return rows[0] ? toPlan(rows[0]) : undefined;
}

export async function seriesVersions(db: Q, municipalityId: string, seriesId: string): Promise<Plan[]> {
  const { rows } = await sql<PlanRow>`SELECT ${planSelect} FROM plan p ${planJoins}
    WHERE p.municipality_id = ${municipalityId} AND p.series_id = ${seriesId} ORDER BY p.version_no DESC`.execute(db);
  return rows.map(toPlan);
}

export interface PlanFilter {
  kind?: PlanKind;
  orgUnitId?: string;
  personId?: string;
  year?: number;
}

/** The current version of every plan series the caller may read, filtered. */
export async function listPlans(db: Q, caller: Caller, f: PlanFilter): Promise<Plan[]> {
  const m = caller.municipalityId;
  const where = [sql`p.municipality_id = ${m}`, readablePlans(caller)];
  if (f.kind) where.push(sql`p.kind = ${f.kind}`);
  if (f.orgUnitId) where.push(sql`p.org_unit_id = ${f.orgUnitId}`);
  if (f.personId) where.push(sql`p.person_id = ${f.personId}`);
  if (f.year) where.push(sql`p.year_from <= ${f.year} AND p.year_to >= ${f.year}`);
  const { rows } = await sql<PlanRow>`SELECT * FROM (
      SELECT DISTINCT ON (p.series_id) ${planSelect} FROM plan p ${planJoins}
      WHERE ${sql.join(where, sql` AND `)} AND p.status <> 'superseded'
      ORDER BY p.series_id, (p.status = 'adopted') DESC, p.version_no DESC
    ) x ORDER BY x.year_from DESC, x.kind, x.org_unit_name, x.person_name`.execute(db);
  return rows.map(toPlan);
}

/** Another series of the same kind, owner and first year (a unit has one nämndplan a year). */
export async function sameSeriesExists(db: Q, m: string, kind: string, orgUnitId: string, personId: string | null, yearFrom: number) {
  const { rows } = await sql<{
    id: string;
  }>`SELECT id FROM plan WHERE municipality_id = ${m} AND kind = ${kind} AND org_unit_id = ${orgUnitId}
    AND person_id IS NOT DISTINCT FROM ${personId}::uuid AND year_from = ${yearFrom} LIMIT 1`.execute(db);
  return rows.length > 0;
}

/** What lineage ids stand for in a year: the goal or area in the current plans, else its newest row. */
export async function resolveTargets(db: Q, m: string, year: number, lineageIds: string[]): Promise<Map<string, LinkTarget>> {
  const out = new Map<string, LinkTarget>();
  if (lineageIds.length === 0) return out;
  const { rows } = await sql<{
    lineage_id: string;
    type: 'goal' | 'strategic_area';
    title: string;
    plan_kind: string;
    goal_kind: string | null;
    unit_name: string;
    plan_id: string;
    is_current: boolean;
  }>`
    WITH cur AS (${currentPlans(m, year)}),
    nodes AS (
      SELECT g.lineage_id, 'goal' AS type, g.title, p.kind AS plan_kind, g.kind AS goal_kind, u.name AS unit_name, p.id AS plan_id,
             (p.id IN (SELECT id FROM cur)) AS is_current, p.version_no, p.year_from
      FROM goal g JOIN plan p ON p.municipality_id = g.municipality_id AND p.id = g.plan_id
      JOIN org_unit u ON u.municipality_id = p.municipality_id AND u.id = p.org_unit_id
      WHERE g.municipality_id = ${m} AND g.lineage_id = ANY(${lineageIds}::uuid[])
      UNION ALL
      SELECT a.lineage_id, 'strategic_area', a.title, p.kind, NULL, u.name, p.id, (p.id IN (SELECT id FROM cur)), p.version_no, p.year_from
      FROM strategic_area a JOIN plan p ON p.municipality_id = a.municipality_id AND p.id = a.plan_id
      JOIN org_unit u ON u.municipality_id = p.municipality_id AND u.id = p.org_unit_id
      WHERE a.municipality_id = ${m} AND a.lineage_id = ANY(${lineageIds}::uuid[])
    )
    SELECT DISTINCT ON (lineage_id) lineage_id, type, title, plan_kind, goal_kind, unit_name, plan_id, is_current FROM nodes
    ORDER BY lineage_id, is_current DESC, year_from DESC, version_no DESC`.execute(db);
  for (const r of rows) {
    out.set(r.lineage_id, {
      lineageId: r.lineage_id,
      type: r.type,
      title: r.title,
      planKind: r.plan_kind as PlanKind,
      goalKind: r.goal_kind as GoalKind | null,
      orgUnitName: r.unit_name,
      planId: r.plan_id,
      current: r.is_current,
    });
  }
  return out;
}

/** The goals of one plan version with their links, indicators, assignees and owners. */
export async function goalsOfPlan(db: Q, m: string, plan: Plan): Promise<Goal[]> {
  const goals = await db
    .selectFrom('goal as g')
    .leftJoin('person as op', (j) => j.onRef('op.municipality_id', '=', 'g.municipality_id').onRef('op.id', '=', 'g.owner_person_id'))
    .leftJoin('org_unit as ou', (j) => j.onRef('ou.municipality_id', '=', 'g.municipality_id').onRef('ou.id', '=', 'g.owner_org_unit_id'))
    .select([
      'g.id',
      'g.lineage_id',
      'g.plan_id',
      'g.kind',
      'g.title',
      'g.description',
      'g.qualitative_reason',
      'g.target_year',
      'g.owner_person_id',
      'op.name as owner_person_name',
      'g.owner_org_unit_id',
      'ou.name as owner_unit_name',
      'g.sort_order',
      'g.version',
    ])
    .where('g.municipality_id', '=', m)
    .where('g.plan_id', '=', plan.id)
    .orderBy('g.sort_order')
    .orderBy('g.title')
    .execute();
  const goalIds = goals.map((g) => g.id);
  if (goalIds.length === 0) return [];
  const links = await db
    .selectFrom('goal_link')
    .select(['goal_id', 'parent_lineage_id'])
    .where('municipality_id', '=', m)
    .where('goal_id', 'in', goalIds)
    .execute();
  const targets = await resolveTargets(db, m, plan.yearFrom, [...new Set(links.map((l) => l.parent_lineage_id))]);
  const indicators = await db
    .selectFrom('goal_indicator as gi')
    .innerJoin('indicator as i', (j) => j.onRef('i.municipality_id', '=', 'gi.municipality_id').onRef('i.id', '=', 'gi.indicator_id'))
    .select(['gi.goal_id', 'i.id', 'i.name', 'i.unit'])
    .where('gi.municipality_id', '=', m)
    .where('gi.goal_id', 'in', goalIds)
    .orderBy('i.name')
    .execute();
  const assignees = await db
    .selectFrom('goal_assignee as ga')
    .innerJoin('org_unit as u', (j) => j.onRef('u.municipality_id', '=', 'ga.municipality_id').onRef('u.id', '=', 'ga.org_unit_id'))
    .select(['ga.goal_id', 'u.id', 'u.name'])
    .where('ga.municipality_id', '=', m)
    .where('ga.goal_id', 'in', goalIds)
    .orderBy('u.name')
    .execute();
  return goals.map((g) => ({
    id: g.id,
    lineageId: g.lineage_id,
    planId: g.plan_id,
    kind: g.kind as GoalKind,
    title: g.title,
    description: g.description,
    qualitativeReason: g.qualitative_reason,
    targetYear: g.target_year,
    ownerPersonId: g.owner_person_id,
    ownerPersonName: g.owner_person_name,
    ownerOrgUnitId: g.owner_org_unit_id,
    ownerOrgUnitName: g.owner_unit_name,
    sortOrder: g.sort_order,
    parents: links.filter((l) => l.goal_id === g.id).flatMap((l) => targets.get(l.parent_lineage_id) ?? []),
    indicators: indicators.filter((i) => i.goal_id === g.id).map((i) => ({ id: i.id, name: i.name, unit: i.unit })),
    assignees: assignees.filter((a) => a.goal_id === g.id).map((a) => ({ id: a.id, name: a.name })),
    version: g.version,
  }));
}

export async function areasOfPlan(db: Q, m: string, planId: string) {
  const rows = await db
    .selectFrom('strategic_area')
    .selectAll()
    .where('municipality_id', '=', m)
    .where('plan_id', '=', planId)
    .orderBy('sort_order')
    .orderBy('title')
    .execute();
  return rows.map((a) => ({
    id: a.id,
    lineageId: a.lineage_id,
    planId: a.plan_id,
    title: a.title,
    description: a.description,
    sortOrder: a.sort_order,
    version: a.version,
  }));
}

export async function assignmentsOf(db: Q, m: string, where: { planId?: string; planIds?: string[]; assigneeUnitId?: string }) {
  let q = db.selectFrom('assignment as a').selectAll('a').where('a.municipality_id', '=', m);
  if (where.planId) q = q.where('a.plan_id', '=', where.planId);
  if (where.planIds) q = where.planIds.length ? q.where('a.plan_id', 'in', where.planIds) : q.where(sql<boolean>`false`);
  if (where.assigneeUnitId) {
    const unit = where.assigneeUnitId;
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom('assignment_assignee as aa')
          .select('aa.assignment_id')
          .whereRef('aa.assignment_id', '=', 'a.id')
          .where('aa.municipality_id', '=', m)
          .where('aa.org_unit_id', '=', unit),
      ),
    );
  }
  const rows = await q.orderBy('a.sort_order').orderBy('a.title').execute();
  const ids = rows.map((r) => r.id);
  const to = ids.length
    ? await db
        .selectFrom('assignment_assignee as aa')
        .innerJoin('org_unit as u', (j) => j.onRef('u.municipality_id', '=', 'aa.municipality_id').onRef('u.id', '=', 'aa.org_unit_id'))
        .select(['aa.assignment_id', 'u.id', 'u.name'])
        .where('aa.municipality_id', '=', m)
        .where('aa.assignment_id', 'in', ids)
        .execute()
    : [];
  const parentIds = [...new Set(rows.flatMap((r) => (r.parent_lineage_id ? [r.parent_lineage_id] : [])))];
  const parents = parentIds.length
    ? await db
        .selectFrom('assignment')
        .select(['lineage_id', 'title'])
        .where('municipality_id', '=', m)
        .where('lineage_id', 'in', parentIds)
        .execute()
    : [];
  return rows.map((a) => ({
    id: a.id,
    lineageId: a.lineage_id,
    planId: a.plan_id,
    title: a.title,
    description: a.description,
    dueOn: a.due_on,
    parentLineageId: a.parent_lineage_id,
    parentTitle: parents.find((p) => p.lineage_id === a.parent_lineage_id)?.title ?? null,
    assignees: to.filter((t) => t.assignment_id === a.id).map((t) => ({ id: t.id, name: t.name })),
    sortOrder: a.sort_order,
    version: a.version,
  }));
}

export async function activitiesOfPlan(db: Q, m: string, planId: string) {
  const rows = await db
    .selectFrom('activity')
    .selectAll()
    .where('municipality_id', '=', m)
    .where('plan_id', '=', planId)
    .orderBy('sort_order')
    .orderBy('due_on')
    .execute();
  return rows.map((a) => ({
    id: a.id,
    planId: a.plan_id,
    goalId: a.goal_id,
    what: a.what,
    who: a.who,
    startsOn: a.starts_on,
    dueOn: a.due_on,
    sortOrder: a.sort_order,
    version: a.version,
  }));
}

/** The plan ids in force in a year, of the given kinds. */
export async function currentPlanIds(db: Q, m: string, year: number, kinds: string[]) {
  const { rows } = await sql<{
    id: string;
    kind: string;
  }>`SELECT id, kind FROM (${currentPlans(m, year)}) c WHERE kind = ANY(${kinds}::text[])`.execute(db);
  return rows.map((r) => r.id);
}
