// Loads the red thread of a year from the database and hands it to the pure functions in core.
import { type Kysely, sql } from 'kysely';
import type { GoalKind, PlanKind } from '../../core/plans/kinds.js';
import { buildRedThread, type ThreadLink, type ThreadNode } from '../../core/plans/redThread.js';
import type { Caller } from '../auth/caller.js';
import type { DB } from '../db/schema.js';
import { readablePlans } from './access.js';
import { currentPlans } from './queries.js';

interface NodeRow {
  id: string;
  type: ThreadNode['type'];
  plan_kind: string;
  goal_kind: string | null;
  title: string;
  plan_id: string;
  goal_id: string | null;
  org_unit_id: string;
  org_unit_name: string;
  person_name: string | null;
  has_indicator: boolean;
  qualitative: boolean;
  has_owner: boolean;
}

/** The nodes and links of the plans in force in a year; without a caller (export), all plans. */
export async function loadThread(db: Kysely<DB>, municipalityId: string, year: number, caller: Caller | null) {
  const m = municipalityId;
  const readable = caller ? readablePlans(caller) : sql<boolean>`true`;
  const { rows } = await sql<NodeRow>`WITH p AS (${currentPlans(m, year)}),
    rp AS (SELECT p.*, u.name AS org_unit_name, pe.name AS person_name FROM p
      JOIN org_unit u ON u.municipality_id = p.municipality_id AND u.id = p.org_unit_id
      LEFT JOIN person pe ON pe.municipality_id = p.municipality_id AND pe.id = p.person_id
      WHERE ${readable})
    SELECT series_id AS id, kind AS type, kind AS plan_kind, NULL AS goal_kind, title, id AS plan_id, NULL::uuid AS goal_id,
           org_unit_id, org_unit_name, person_name, false AS has_indicator, false AS qualitative, true AS has_owner
    FROM rp WHERE kind IN ('vision', 'program')
    UNION ALL
    SELECT a.lineage_id, 'strategic_area', rp.kind, NULL, a.title, rp.id, NULL, rp.org_unit_id, rp.org_unit_name, rp.person_name, false, false, true
    FROM strategic_area a JOIN rp ON rp.id = a.plan_id WHERE a.municipality_id = ${m}
    UNION ALL
    SELECT g.lineage_id, 'goal', rp.kind, g.kind, g.title, rp.id, g.id, rp.org_unit_id, rp.org_unit_name, rp.person_name,
           EXISTS (SELECT 1 FROM goal_indicator gi WHERE gi.municipality_id = g.municipality_id AND gi.goal_id = g.id),
           g.qualitative_reason IS NOT NULL AND length(trim(g.qualitative_reason)) > 0,
           g.owner_person_id IS NOT NULL OR g.owner_org_unit_id IS NOT NULL
    FROM goal g JOIN rp ON rp.id = g.plan_id WHERE g.municipality_id = ${m}
    ORDER BY 5`.execute(db);
  const nodes: ThreadNode[] = rows.map((r) => ({
    id: r.id,
    type: r.type,
    planKind: r.plan_kind as PlanKind,
    goalKind: r.goal_kind as GoalKind | null,
    title: r.title,
    planId: r.plan_id,
    goalId: r.goal_id,
    orgUnitId: r.org_unit_id,
    orgUnitName: r.org_unit_name,
    personName: r.person_name,
    hasIndicator: r.has_indicator,
    qualitative: r.qualitative,
    hasOwner: r.has_owner,
  }));
  const goalIds = nodes.flatMap((n) => (n.goalId ? [n.goalId] : []));
  const lineageOf = new Map(nodes.flatMap((n) => (n.goalId ? [[n.goalId, n.id] as const] : [])));
  const linkRows = goalIds.length
    ? await db
        .selectFrom('goal_link')
        .select(['goal_id', 'parent_lineage_id'])
        .where('municipality_id', '=', m)
        .where('goal_id', 'in', goalIds)
        .execute()
    : [];
  const links: ThreadLink[] = linkRows.map((l) => ({ childId: lineageOf.get(l.goal_id) as string, parentId: l.parent_lineage_id }));
  return { nodes, links };
}

export async function redThreadOf(db: Kysely<DB>, municipalityId: string, year: number, caller: Caller | null) {
  const { nodes, links } = await loadThread(db, municipalityId, year, caller);
  return { nodes, links, ...buildRedThread(nodes, links) };
}

/** Whether the unit is one of the municipality's (read routes answer 404 for any other id). */
export async function unitExists(db: Kysely<DB>, municipalityId: string, id: string): Promise<boolean> {
  const row = await db
    .selectFrom('org_unit')
    .select('id')
    .where('municipality_id', '=', municipalityId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row !== undefined;
}
