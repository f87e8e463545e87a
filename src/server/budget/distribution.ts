// Use cases of a nämnd's internal distribution: read it with its sums against the frame of the
// version in force (or, before adoption, the latest version), and replace it as a whole.
import type { Kysely, Transaction } from 'kysely';
import type { z } from 'zod';
import { checkDistribution, type DistributionLine, distributionSums } from '../../core/budget/distribution.js';
import { distributingKinds } from '../../core/budget/kinds.js';
import { referenceVersion } from '../../core/budget/lifecycle.js';
import { canEditBody } from '../../core/budget/rights.js';
import type { distributionInput } from '../../core/budget/schemas.js';
import { fail } from '../../core/errors.js';
import { writeAudit } from '../audit/log.js';
import type { Caller } from '../auth/caller.js';
import type { DB } from '../db/schema.js';
import { saveVersioned } from '../db/versioned.js';
import { budgetRights, requireBodyEditor } from './access.js';
import { framesOf, mustFindBody, type Q, subtreeOf, versionsOfYear } from './queries.js';

async function header(db: Q, m: string, bodyId: string, year: number) {
  return db
    .selectFrom('budget_distribution')
    .select(['id', 'version'])
    .where('municipality_id', '=', m)
    .where('body_id', '=', bodyId)
    .where('budget_year', '=', year)
    .executeTakeFirst();
}

async function linesOf(db: Q, m: string, distributionId: string | undefined): Promise<DistributionLine[]> {
  if (!distributionId) return [];
  const rows = await db
    .selectFrom('budget_distribution_line')
    .select(['org_unit_id', 'amount_kr'])
    .where('municipality_id', '=', m)
    .where('distribution_id', '=', distributionId)
    .execute();
  return rows.map((r) => ({ orgUnitId: r.org_unit_id, amountKr: Number(r.amount_kr) }));
}

export async function distributionDetail(db: Kysely<DB>, caller: Caller, bodyId: string, budgetYear: number) {
  const m = caller.municipalityId;
  const body = await mustFindBody(db, m, bodyId, distributingKinds);
  const units = await subtreeOf(db, m, bodyId);
  const reference = referenceVersion(await versionsOfYear(db, m, budgetYear));
  const frame = reference
    ? (await framesOf(db, m, reference.id)).find((f) => f.orgUnitId === bodyId && f.kind === 'operating' && f.year === budgetYear)
    : undefined;
  const head = await header(db, m, bodyId, budgetYear);
  const lines = await linesOf(db, m, head?.id);
  return {
    body,
    budgetYear,
    reference,
    version: head?.version ?? 0,
    lines,
    ...distributionSums(bodyId, units, lines, frame?.amountKr ?? null),
    canEdit: canEditBody(await budgetRights(db, caller, bodyId)),
  };
}

/** Replaces the whole distribution; `version` 0 creates it. */
export async function saveDistribution(db: Kysely<DB>, caller: Caller, bodyId: string, input: z.infer<typeof distributionInput>) {
  const m = caller.municipalityId;
  await db.transaction().execute(async (trx: Transaction<DB>) => {
    const body = await mustFindBody(trx, m, bodyId, distributingKinds);
    await requireBodyEditor(trx, caller, body.id);
    const errors = checkDistribution(bodyId, await subtreeOf(trx, m, bodyId), input.lines);
    if (errors.length) throw fail('validation', 'Några rader i fördelningen är inte giltiga.', { fields: errors });
    // The head row first (version 0 creates it): of two writers the loser stops before the lines.
    const { row } = await saveVersioned(
      trx,
      'budget_distribution',
      { municipality_id: m, body_id: bodyId, budget_year: input.budgetYear },
      input.version,
      { updated_at: new Date() },
    );
    const id = row.id;
    const before = await linesOf(trx, m, id);
    await trx
      .deleteFrom('budget_distribution_line')
      .where('municipality_id', '=', m)
      .where('distribution_id', '=', id as string)
      .execute();
    if (input.lines.length) {
      await trx
        .insertInto('budget_distribution_line')
        .values(
          input.lines.map((l) => ({ municipality_id: m, distribution_id: id as string, org_unit_id: l.orgUnitId, amount_kr: l.amountKr })),
        )
        .execute();
    }
    await writeAudit(trx, {
      municipalityId: m,
      actorId: caller.personId,
      action: 'distribute',
      entityType: 'budget_distribution',
      entityId: id as string,
      orgUnitId: bodyId,
      before: { budgetYear: input.budgetYear, lines: before },
      after: { budgetYear: input.budgetYear, lines: input.lines },
    });
  });
  return distributionDetail(db, caller, bodyId, input.budgetYear);
}
