// Demo actuals: the generated ledger fixtures/sie/flen-2026.se (January–October 2026, with a
// monthly budget; the figures are illustrative, see scripts/generate-sie-fixtures.ts) read the
// way an import reads it, its ansvar codes mapped to the demo's units by name, and one forecast.
// The ledger's budget over a nämnd's codes is its operating frame 2026 in the demo budget.
// One code (3390, Nattpatrull hemtjänst) is left unmapped, so the mapping page has work to show.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql, type Transaction } from 'kysely';
import { decodeSie } from '../../core/actuals/decode.js';
import { ledgerFromSie } from '../../core/actuals/ledger.js';
import { parseSie } from '../../core/actuals/sie.js';
import { storeLedger } from '../actuals/store.js';
import type { DB } from '../db/schema.js';

export const DEMO_LEDGER = join(import.meta.dirname, '../../../fixtures/sie/flen-2026.se');
export const UNMAPPED_DEMO_CODE = '3390';

/** Ledger names that are not the unit's name in the demo organisation; a nämnd's "övrig verksamhet" is the nämnd's own. */
const unitName: Record<string, string> = {
  '3100': 'Socialförvaltningen',
  '1210': 'Redovisning',
  '2000': 'Samhällsbyggnadsnämnden',
  '3000': 'Socialnämnden',
  '4000': 'Barn-, utbildnings- och kulturnämnden',
};

export async function seedActuals(trx: Transaction<DB>, municipalityId: string) {
  const data = ledgerFromSie(parseSie(decodeSie(readFileSync(DEMO_LEDGER)).text));
  await storeLedger(trx, municipalityId, data, {
    actorId: null,
    importId: randomUUID(),
    file: 'flen-2026.se',
    source: 'seed',
    action: 'seed',
  });
  const units = await trx.selectFrom('org_unit').select(['id', 'name']).where('municipality_id', '=', municipalityId).execute();
  const byName = new Map(units.map((u) => [u.name, u.id]));
  for (const { code, name } of data.ansvarCodes) {
    const unitId = code === UNMAPPED_DEMO_CODE ? undefined : byName.get(unitName[code] ?? name);
    if (!unitId) continue;
    await trx
      .updateTable('ansvar_mapping')
      .set({ org_unit_id: unitId })
      .where('municipality_id', '=', municipalityId)
      .where('code', '=', code)
      .execute();
  }
  // IFO Barn och unga runs over budget; its manager has said so in a forecast.
  const ifo = byName.get('IFO Barn och unga');
  if (ifo)
    await trx
      .insertInto('year_forecast')
      .values({
        municipality_id: municipalityId,
        org_unit_id: ifo,
        year: 2026,
        amount_kr: 34_500_000,
        comment: 'Fler placeringar av barn och unga än budgeterat; åtgärdsplan lämnas med nämndrapport 3.',
      })
      .execute();
  await sql`ANALYZE ledger_amount`.execute(trx);
}
