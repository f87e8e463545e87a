// Who may change the allocation model: it is the budget preparation's tool, run by the economy
// function for KS (ekonomichef as process owner). So: a controller on KF, or on KS or anything
// in KS's subtree (the kommunledningsförvaltning and its ekonomiavdelning), or an administrator.
// Everyone signed in to the municipality may read it: the model is meant to be transparent.
import type { Role } from '../org/kinds.js';

export function canEditAllocation(ctx: { rolesAtCentre: ReadonlySet<Role>; roles: ReadonlySet<Role> }): boolean {
  return ctx.roles.has('admin') || ctx.rolesAtCentre.has('controller');
}
