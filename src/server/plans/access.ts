// Rights on plans, computed from the caller's roles and where the plan sits in the tree.
import { type Kysely, type RawBuilder, sql, type Transaction } from 'kysely';
import { fail } from '../../core/errors.js';
import type { OrgUnitKind, Role } from '../../core/org/kinds.js';
import type { PlanKind } from '../../core/plans/kinds.js';
import { canReadPlan, canWritePlan, type PlanRightsContext } from '../../core/plans/rights.js';
import type { Caller } from '../auth/caller.js';
import { unitsWhere } from '../auth/policy.js';
import type { DB } from '../db/schema.js';

type Q = Kysely<DB> | Transaction<DB>;

interface UnitLine {
  id: string;
  kind: OrgUnitKind;
  parentId: string | null;
}

/** Each given unit with its ancestors, nearest first (the unit itself at index 0). */
export async function ancestry(db: Q, municipalityId: string, unitIds: string[]): Promise<Map<string, UnitLine[]>> {
  const result = new Map<string, UnitLine[]>();
  if (unitIds.length === 0) return result;
  const { rows } = await sql<{ start: string; id: string; kind: string; parent_id: string | null; depth: number }>`
    WITH RECURSIVE a(start, id, kind, parent_id, depth) AS (
      SELECT id, id, kind, parent_id, 0 FROM org_unit WHERE municipality_id = ${municipalityId} AND id = ANY(${unitIds}::uuid[])
      UNION ALL
      SELECT a.start, o.id, o.kind, o.parent_id, a.depth + 1 FROM org_unit o JOIN a ON o.id = a.parent_id
      WHERE o.municipality_id = ${municipalityId}
    ) SELECT start, id, kind, parent_id, depth FROM a ORDER BY start, depth`.execute(db);
  for (const r of rows)
    result.set(r.start, [...(result.get(r.start) ?? []), { id: r.id, kind: r.kind as OrgUnitKind, parentId: r.parent_id }]);
  return result;
}

export interface PlanRef {
  kind: PlanKind;
  orgUnitId: string;
  personId: string | null;
}

export async function rightsContext(db: Q, caller: Caller, plan: PlanRef): Promise<PlanRightsContext> {
  const lines = await ancestry(db, caller.municipalityId, [plan.orgUnitId, ...caller.roles.map((r) => r.orgUnitId)]);
  const above = new Set((lines.get(plan.orgUnitId) ?? []).map((u) => u.id));
  const rolesAbove = new Set<Role>();
  const rolesAtBody = new Set<Role>();
  const rolesAtCentre = new Set<Role>();
  for (const r of caller.roles) {
    const line = lines.get(r.orgUnitId) ?? [];
    const unit = line[0];
    if (above.has(r.orgUnitId)) rolesAbove.add(r.role);
    // The förvaltning directly under the owning nämnd writes the nämndplan with it.
    if (r.orgUnitId === plan.orgUnitId || (unit?.kind === 'forvaltning' && unit.parentId === plan.orgUnitId)) rolesAtBody.add(r.role);
    if (unit?.kind === 'fullmaktige' || line.some((u) => u.kind === 'kommunstyrelse')) rolesAtCentre.add(r.role);
  }
  return { isPlanPerson: plan.personId !== null && plan.personId === caller.personId, rolesAbove, rolesAtBody, rolesAtCentre };
}

export async function requireWrite(db: Q, caller: Caller, plan: PlanRef, creating = false) {
  if (!canWritePlan(plan.kind, await rightsContext(db, caller, plan))) {
    throw fail(
      'forbidden',
      creating ? 'Du har inte behörighet att skapa en sådan plan för den enheten.' : 'Du har inte behörighet att ändra den här planen.',
    );
  }
}

/** An utvecklingsplan the caller may not read answers as if it did not exist. */
export async function requireRead(db: Q, caller: Caller, plan: PlanRef) {
  if (!canReadPlan(plan.kind, await rightsContext(db, caller, plan))) throw fail('not_found', 'Planen finns inte.');
}

/** SQL condition on a `plan` alias `p`: the plans the caller may read (used by every list). */
export function readablePlans(caller: Caller): RawBuilder<boolean> {
  return sql<boolean>`(p.kind <> 'utvecklingsplan' OR p.person_id = ${caller.personId} OR p.org_unit_id IN (${unitsWhere(caller, 'leadStaff')}))`;
}
