// The caller's rights in the budget, computed from their roles and where each role sits in the
// tree; the rules themselves are in src/core/budget/rights.ts.
import type { Kysely, Transaction } from 'kysely';
import { type BudgetRightsContext, canEditBody, canEditFrames, canEditInvestment } from '../../core/budget/rights.js';
import { fail } from '../../core/errors.js';
import type { Role } from '../../core/org/kinds.js';
import type { Caller } from '../auth/caller.js';
import type { DB } from '../db/schema.js';
import { ancestry } from '../plans/access.js';

type Q = Kysely<DB> | Transaction<DB>;

/** A function giving the caller's rights context for a body (or only the centre's, for null); one query. */
export async function rightsOf(db: Q, caller: Caller): Promise<(bodyId: string | null) => BudgetRightsContext> {
  const lines = await ancestry(
    db,
    caller.municipalityId,
    caller.roles.map((r) => r.orgUnitId),
  );
  const atCentre = new Set<Role>();
  for (const r of caller.roles) {
    const line = lines.get(r.orgUnitId) ?? [];
    if (line[0]?.kind === 'fullmaktige' || line.some((u) => u.kind === 'kommunstyrelse')) atCentre.add(r.role);
  }
  return (bodyId) => {
    const atBody = new Set<Role>();
    for (const r of caller.roles) {
      const unit = (lines.get(r.orgUnitId) ?? [])[0];
      // The förvaltning directly under the nämnd works for it: its controller is the nämnd's controller.
      if (bodyId && (r.orgUnitId === bodyId || (unit?.kind === 'forvaltning' && unit.parentId === bodyId))) atBody.add(r.role);
    }
    return { atCentre, atBody };
  };
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
