// Rights on plans, computed from the caller's roles and where the plan sits in the tree.
import { type Kysely, type RawBuilder, sql, type Transaction } from 'kysely';
import { fail } from '../../core/errors.js';
import { type AccessContext, ancestryOf, planContext } from '../../core/auth/access.js';
import type { OrgUnitKind } from '../../core/org/kinds.js';
import { type PlanKind, planKinds, planOwnerKinds } from '../../core/plans/kinds.js';
import { canReadPlan, canWritePlan, type PlanRightsContext } from '../../core/plans/rights.js';
import type { Caller } from '../auth/caller.js';
import { accessOf } from '../auth/context.js';
import { unitsWhere } from '../auth/policy.js';
import type { DB } from '../db/schema.js';

type Q = Kysely<DB> | Transaction<DB>;

/** Kept for the areas that read lines for other purposes (the red thread's walk up). */
export { ancestry } from '../auth/context.js';

export interface PlanRef {
  kind: PlanKind;
  orgUnitId: string;
  personId: string | null;
}

export async function rightsContext(db: Q, caller: Caller, plan: PlanRef): Promise<PlanRightsContext> {
  return planContext(await accessOf(db, caller, [plan.orgUnitId]), plan);
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
  const ctx: AccessContext = {
    personId: caller.personId,
    roles: caller.roles,
    ancestry: ancestryOf(units.map((u) => ({ id: u.id, kind: u.kind as OrgUnitKind, parentId: u.parent_id }))),
  };
  const open = units.filter((u) => !u.closed_on);
  const result: Creatable[] = [];
  for (const kind of planKinds) {
    const owners: readonly string[] = planOwnerKinds[kind];
    const personId = kind === 'utvecklingsplan' ? caller.personId : null;
    const orgUnitIds = open
      .filter((u) => owners.includes(u.kind) && canWritePlan(kind, planContext(ctx, { orgUnitId: u.id, personId })))
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
