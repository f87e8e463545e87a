// The municipality's ledger settings: which SIE dimension carries ansvar and how account ranges
// count. Without a row of its own a municipality gets dimension 1 and the Kommun-Bas rules.
import type { Kysely, Transaction } from 'kysely';
import { type AccountRule, kommunBasRules } from '../../core/actuals/rules.js';
import type { DB } from '../db/schema.js';

export interface LedgerSettings {
  ansvarDimension: number;
  rules: AccountRule[];
  /** false while the Kommun-Bas defaults apply. */
  customRules: boolean;
  version: number;
}

export async function ledgerSettings(db: Kysely<DB> | Transaction<DB>, municipalityId: string): Promise<LedgerSettings> {
  const r = await db.selectFrom('ledger_settings').selectAll().where('municipality_id', '=', municipalityId).executeTakeFirst();
  const custom = Array.isArray(r?.account_rules) ? (r.account_rules as AccountRule[]) : null;
  return {
    ansvarDimension: r?.ansvar_dimension ?? 1,
    // Checked when saved; read as stored (rules saved before overlaps were refused still work: first match wins).
    rules: custom ?? kommunBasRules,
    customRules: Boolean(custom),
    version: r?.version ?? 0,
  };
}
