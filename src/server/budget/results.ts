// Use cases of the balance requirement: the results per year and source, and the obligations
// to restore a negative result that follow from them (computed in src/core/budget/balance.ts).
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import { obligations, resultSeries } from '../../core/budget/balance.js';
import type { ResultSource } from '../../core/budget/kinds.js';
import { canEditFrames } from '../../core/budget/rights.js';
import type { resultInput } from '../../core/budget/schemas.js';
import { fail } from '../../core/errors.js';
import { writeAudit } from '../audit/log.js';
import type { Caller } from '../auth/caller.js';
import type { DB } from '../db/schema.js';
import { deleteVersioned, updateVersioned } from '../db/versioned.js';
import { budgetRights, requireFrameEditor } from './access.js';
import type { Q } from './queries.js';

async function resultsOf(db: Q, m: string) {
  const rows = await db
    .selectFrom('budget_result')
    .select(['year', 'source', 'result_kr', 'note', 'version'])
    .where('municipality_id', '=', m)
    .orderBy('year')
    .orderBy('source')
    .execute();
  return rows.map((r) => ({
    year: r.year,
    source: r.source as ResultSource,
    resultKr: Number(r.result_kr),
    note: r.note,
    version: r.version,
  }));
}

export async function balanceDetail(db: Kysely<DB>, caller: Caller) {
  const results = await resultsOf(db, caller.municipalityId);
  return {
    results,
    series: resultSeries(results).map(({ year, source, resultKr }) => ({ year, source, resultKr })),
    obligations: obligations(results),
    canEdit: canEditFrames(await budgetRights(db, caller, null)),
  };
}

/** Adds or changes the result of one year from one source; a change sends the row's version. */
export async function saveResult(db: Kysely<DB>, caller: Caller, year: number, source: ResultSource, input: z.infer<typeof resultInput>) {
  const m = caller.municipalityId;
  await db.transaction().execute(async (trx) => {
    await requireFrameEditor(trx, caller);
    const before = (await resultsOf(trx, m)).find((r) => r.year === year && r.source === source) ?? null;
    if (before) {
      const key = { municipality_id: m, year, source };
      await updateVersioned(trx, 'budget_result', key, input.version ?? 0, {
        result_kr: input.resultKr,
        note: input.note,
        updated_at: new Date(),
      });
    } else {
      if (input.version !== undefined) throw fail('stale_version');
      await trx
        .insertInto('budget_result')
        .values({ municipality_id: m, year, source, result_kr: input.resultKr, note: input.note })
        .execute();
    }
    await writeAudit(trx, {
      municipalityId: m,
      actorId: caller.personId,
      action: before ? 'update' : 'create',
      entityType: 'budget_result',
      entityId: `${year}/${source}`,
      before,
      after: { year, source, resultKr: input.resultKr, note: input.note },
    });
  });
  return balanceDetail(db, caller);
}

export async function deleteResult(db: Kysely<DB>, caller: Caller, year: number, source: ResultSource, version: number) {
  const m = caller.municipalityId;
  await db.transaction().execute(async (trx) => {
    await requireFrameEditor(trx, caller);
    const before = (await resultsOf(trx, m)).find((r) => r.year === year && r.source === source);
    if (!before) throw fail('not_found', 'Resultatet finns inte.');
    await deleteVersioned(trx, 'budget_result', { municipality_id: m, year, source }, version);
    await writeAudit(trx, {
      municipalityId: m,
      actorId: caller.personId,
      action: 'delete',
      entityType: 'budget_result',
      entityId: `${year}/${source}`,
      before,
      after: null,
    });
  });
  return balanceDetail(db, caller);
}
