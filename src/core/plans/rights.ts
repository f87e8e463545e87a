// Who may read and write a plan. Plans are open to everyone in the municipality, except an
// utvecklingsplan: the employee's and their managers' only.
import type { Role } from '../org/kinds.js';
import type { PlanKind } from './kinds.js';

export interface PlanRightsContext {
  /** The caller is the employee whose utvecklingsplan it is. */
  isPlanPerson: boolean;
  /** Roles the caller holds on the plan's unit or one of its ancestors. */
  rolesAbove: ReadonlySet<Role>;
  /** Roles held on the owning nämnd/bolag itself or on the förvaltning directly under it. */
  rolesAtBody: ReadonlySet<Role>;
  /** Roles held on KF, or on KS or anything in KS's subtree (its förvaltning prepares KF's plans). */
  rolesAtCentre: ReadonlySet<Role>;
}

const any = (held: ReadonlySet<Role>, ...wanted: Role[]) => wanted.some((r) => held.has(r));

export function canReadPlan(kind: PlanKind, ctx: PlanRightsContext): boolean {
  return kind !== 'utvecklingsplan' || ctx.isPlanPerson || ctx.rolesAbove.has('manager');
}

export function canWritePlan(kind: PlanKind, ctx: PlanRightsContext): boolean {
  switch (kind) {
    case 'vision':
    case 'program':
    case 'strategisk_plan':
      return any(ctx.rolesAtCentre, 'elected', 'controller');
    case 'namndplan':
    case 'bolag_verksamhetsplan':
      return any(ctx.rolesAtBody, 'controller', 'manager', 'elected');
    case 'verksamhetsplan':
      return any(ctx.rolesAbove, 'manager', 'controller');
    case 'utvecklingsplan':
      return ctx.isPlanPerson || ctx.rolesAbove.has('manager');
  }
}

export interface PrivateMark {
  personId: string;
  orgUnitId: string;
}

/**
 * Whom a plan's content is private to, or null when it is open: an utvecklingsplan belongs to
 * its employee, and (as canReadPlan says) to the managers of its unit or above. The audit log
 * marks every row about such a plan, or anything in it, with this.
 */
export function privateTo(plan: { kind: PlanKind; orgUnitId: string; personId: string | null }): PrivateMark | null {
  return plan.kind === 'utvecklingsplan' && plan.personId ? { personId: plan.personId, orgUnitId: plan.orgUnitId } : null;
}
