// Who may change the allocation model: it is the budget preparation's tool, run by the economy
// function for KS (ekonomichef as process owner). So whoever holds manageBudget at the centre: a
// controller or administrator on KF, or on KS or anything in KS's subtree (the
// kommunledningsförvaltning and its ekonomiavdelning) — the same people who edit the frames.
// Everyone signed in to the municipality may read it: the model is meant to be transparent.
import { type AccessContext, holdsAtCentre } from '../auth/access.js';

export const canEditAllocation = (ctx: AccessContext): boolean => holdsAtCentre(ctx, 'manageBudget');
