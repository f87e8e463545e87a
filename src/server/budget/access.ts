// The caller's rights in the budget, computed from their roles and where each role sits in the
// tree; the rules themselves are in src/core/budget/rights.ts.
import type { Kysely, Transaction } from 'kysely';
import { type BudgetRightsContext, canEditBody, canEditFrames, canEditInvestment } from '../../core/budget/rights.js';
import { fail } from '../../core/errors.js';
import { rolesAtCentre, rolesForBody } from '../../core/auth/access.js';
import type { Caller } from '../auth/caller.js';
import { accessOf } from '../auth/context.js';
import type { DB } from '../db/schema.js';

type Q = Kysely<DB> | Transaction<DB>;

/** A function giving the caller's rights context for a body (or only the centre's, for null); one query. */
export async function rightsOf(db: Q, caller: Caller): Promise<(bodyId: string | null) => BudgetRightsContext> {
  const ctx = await accessOf(db, caller);
  const atCentre = rolesAtCentre(ctx);
  return (bodyId) => ({ atCentre, atBody: bodyId ? rolesForBody(ctx, bodyId) : new Set() });
}

/** Roles at the centre, and (when a body is given) on the body or the förvaltning directly under it. */
export const budgetRights = async (db: Q, caller: Caller, bodyId: string | null) => (await rightsOf(db, caller))(bodyId);

export async function requireFrameEditor(db: Q, caller: Caller) {
  if (!canEditFrames(await budgetRights(db, caller, null))) {
    throw fail('forbidden', 'Ramar och resultat ändras av controller på kommunstyrelsens förvaltning eller av en administratör.');
  }
}

export async function requireBodyEditor(db: Q, caller: Caller, bodyId: string) {
  if (!canEditBody(await budgetRights(db, caller, bodyId))) {
    throw fail('forbidden', 'Bara nämndens egen controller (eller en administratör) kan ändra det här.');
  }
}

export async function requireInvestmentEditor(db: Q, caller: Caller, bodyId: string) {
  if (!canEditInvestment(await budgetRights(db, caller, bodyId))) {
    throw fail('forbidden', 'Investeringar ändras av nämndens controller eller av kommunstyrelsens ekonomi.');
  }
}
