// Rights on plans, computed from the caller's roles and where the plan sits in the tree.
import { type Kysely, type RawBuilder, sql, type Transaction } from 'kysely';
import { fail } from '../../core/errors.js';
import type { OrgUnitKind, Role } from '../../core/org/kinds.js';
import { type PlanKind, planKinds, planOwnerKinds } from '../../core/plans/kinds.js';
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
  return contextFrom(lines, caller, plan);
}

/** The rights context from ancestry lines that include the plan's unit and every unit the caller holds a role on. */
function contextFrom(lines: Map<string, UnitLine[]>, caller: Caller, plan: PlanRef): PlanRightsContext {
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

export interface Creatable {
  kind: PlanKind;
  orgUnitIds: string[];
}

/**
 * Where the caller may create each kind of plan: the open units of the kinds that own it, on
 * which canWritePlan holds (an utvecklingsplan counted as the caller's own). Kinds with no unit
 * are left out, so an empty list means the caller may create no plan at all. The web offers
 * "Ny plan" from this; createPlan still checks each request with the same rule.
 */
export async function creatablePlans(db: Q, caller: Caller): Promise<Creatable[]> {
  const units = await db
    .selectFrom('org_unit')
    .select(['id', 'kind', 'parent_id', 'closed_on'])
    .where('municipality_id', '=', caller.municipalityId)
    .execute();
  const byId = new Map(units.map((u) => [u.id, { id: u.id, kind: u.kind as OrgUnitKind, parentId: u.parent_id }]));
  const lines = new Map<string, UnitLine[]>();
  for (const start of byId.values()) {
    const line: UnitLine[] = [];
    let u: UnitLine | undefined = start;
    // The tree has no cycles (org units keep it so), but the bound keeps a bad row from looping.
    while (u && line.length <= byId.size) {
      line.push(u);
      u = u.parentId ? byId.get(u.parentId) : undefined;
    }
    lines.set(start.id, line);
  }
  const open = units.filter((u) => !u.closed_on);
  const result: Creatable[] = [];
  for (const kind of planKinds) {
    const owners: readonly string[] = planOwnerKinds[kind];
    const personId = kind === 'utvecklingsplan' ? caller.personId : null;
    const orgUnitIds = open
      .filter((u) => owners.includes(u.kind) && canWritePlan(kind, contextFrom(lines, caller, { kind, orgUnitId: u.id, personId })))
      .map((u) => u.id);
    if (orgUnitIds.length > 0) result.push({ kind, orgUnitIds });
  }
  return result;
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
