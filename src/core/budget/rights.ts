// Who may change what in the budget (docs/decisions/0013-budget-frames.md). Everyone signed in
// reads the budget; it is a public decision. The frames and the results belong to the economy
// function at the centre; a nämnd distributes its own frame and keeps its own grant register.
import { permissions } from '../auth/permissions.js';
import type { Role } from '../org/kinds.js';

export interface BudgetRightsContext {
  /** Roles held on KF, or on KS or anything in KS's subtree (its förvaltning holds the ekonomiavdelning). */
  atCentre: ReadonlySet<Role>;
  /** Roles held on the body (nämnd, KS) itself or on the förvaltning directly under it. */
  atBody: ReadonlySet<Role>;
}

/** Versions, frames and the results of the balance requirement: the central controllers, or an administrator. */
export const canEditFrames = (ctx: Pick<BudgetRightsContext, 'atCentre'>) => permissions.manageBudget.some((r) => ctx.atCentre.has(r));

/** A nämnd's internal distribution and its grant register: the nämnd's own controller, or an administrator. */
export const canEditBody = (ctx: BudgetRightsContext) => ctx.atBody.has('controller') || ctx.atCentre.has('admin');

/** An investment project: the nämnd that needs it, or the centre that prioritises the whole plan. */
export const canEditInvestment = (ctx: BudgetRightsContext) => canEditBody(ctx) || canEditFrames(ctx);
