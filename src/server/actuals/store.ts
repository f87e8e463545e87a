// Stores an imported ledger for one municipality. The months a file covers are replaced: rows the
// file no longer has are removed, changed rows updated, new rows inserted, all in one transaction
// with its audit row. The same file twice changes nothing: no write, no audit row.
import { type Kysely, sql, type Transaction } from 'kysely';
import type { LedgerData, LedgerKind, LedgerRow } from '../../core/actuals/ledger.js';
import { writeAudit } from '../audit/log.js';
import type { DB } from '../db/schema.js';

export interface LedgerStoreResult {
  inserted: number;
  updated: number;
  deleted: number;
  unchanged: number;
  /** Ansvar codes seen for the first time; they wait for a unit in the mapping list. */
  newCodes: number;
  months: Record<LedgerKind, string[]>;
}

export type Progress = (done: number, total: number, message: string) => Promise<void>;

const BATCH = 2000;
const keyOf = (r: { kind: string; month: string; ansvar: string; account: string }) => `${r.kind}|${r.month}|${r.ansvar}|${r.account}`;
const ym = (month: string) => month.split('-').map(Number) as [number, number];

/** The stored rows of the months the file covers. */
async function existing(db: Kysely<DB> | Transaction<DB>, m: string, months: Record<LedgerKind, string[]>) {
  const out = new Map<string, number>();
  for (const kind of ['outcome', 'budget'] as const) {
    if (!months[kind].length) continue;
    const rows = await db
      .selectFrom('ledger_amount')
      .select(['kind', 'year', 'month', 'ansvar', 'account', 'amount_ore'])
      .where('municipality_id', '=', m)
      .where('kind', '=', kind)
      .where(sql<boolean>`(year * 100 + month) = ANY(${months[kind].map((x) => ym(x)[0] * 100 + ym(x)[1])}::int[])`)
      .execute();
    for (const r of rows) {
      const month = `${r.year}-${String(r.month).padStart(2, '0')}`;
      out.set(keyOf({ kind: r.kind, month, ansvar: r.ansvar, account: r.account }), Number(r.amount_ore));
    }
  }
  return out;
}

async function upsert(trx: Transaction<DB>, m: string, rows: LedgerRow[]) {
  for (let i = 0; i < rows.length; i += BATCH) {
    const json = JSON.stringify(
      rows
        .slice(i, i + BATCH)
        .map((r) => ({ k: r.kind, y: ym(r.month)[0], mo: ym(r.month)[1], a: r.ansvar, c: r.account, o: r.amountOre })),
    );
    await sql`INSERT INTO ledger_amount (municipality_id, kind, year, month, ansvar, account, amount_ore)
      SELECT ${m}::uuid, r.k, r.y, r.mo, r.a, r.c, r.o
      FROM json_to_recordset(${json}::json) AS r(k text, y int, mo int, a text, c text, o bigint)
      ON CONFLICT (municipality_id, kind, year, month, ansvar, account) DO UPDATE SET amount_ore = excluded.amount_ore`.execute(trx);
  }
}

async function remove(trx: Transaction<DB>, m: string, keys: string[]) {
  for (let i = 0; i < keys.length; i += BATCH) {
    const json = JSON.stringify(
      keys.slice(i, i + BATCH).map((k) => {
        const [kind, month, ansvar, account] = k.split('|') as [string, string, string, string];
        return { k: kind, y: ym(month)[0], mo: ym(month)[1], a: ansvar, c: account };
      }),
    );
    await sql`DELETE FROM ledger_amount l USING json_to_recordset(${json}::json) AS r(k text, y int, mo int, a text, c text)
      WHERE l.municipality_id = ${m} AND l.kind = r.k AND l.year = r.y AND l.month = r.mo AND l.ansvar = r.a AND l.account = r.c`.execute(
      trx,
    );
  }
}

/** New ansvar codes become unmapped rows of the mapping table; a name fills in an empty one. */
async function rememberCodes(trx: Transaction<DB>, m: string, codes: LedgerData['ansvarCodes']) {
  const known = codes.filter((c) => c.code);
  if (!known.length) return { fresh: 0, renamed: 0 };
  const { rows } = await sql<{ fresh: boolean }>`INSERT INTO ansvar_mapping (municipality_id, code, name)
    SELECT ${m}::uuid, r.code, r.name FROM json_to_recordset(${JSON.stringify(known)}::json) AS r(code text, name text)
    ON CONFLICT (municipality_id, code) DO UPDATE SET name = excluded.name, updated_at = now()
      WHERE ansvar_mapping.name = '' AND excluded.name <> ''
    RETURNING (xmax = 0) AS fresh`.execute(trx);
  const fresh = rows.filter((r) => r.fresh).length;
  return { fresh, renamed: rows.length - fresh };
}

export async function storeLedger(
  db: Kysely<DB>,
  m: string,
  data: LedgerData,
  audit: { actorId: string | null; importId: string; file: string | null; source: string; action?: 'ledger_import' | 'seed' },
  progress: Progress = async () => undefined,
): Promise<LedgerStoreResult> {
  const total = data.rows.length;
  await progress(0, total, 'Jämför med det utfall som redan finns.');
  const before = await existing(db, m, data.months);
  const changed: LedgerRow[] = [];
  const result: LedgerStoreResult = { inserted: 0, updated: 0, deleted: 0, unchanged: 0, newCodes: 0, months: data.months };
  data.rows.forEach((r) => {
    const k = keyOf(r);
    const had = before.get(k);
    before.delete(k);
    if (had === r.amountOre) result.unchanged++;
    else {
      changed.push(r);
      if (had === undefined) result.inserted++;
      else result.updated++;
    }
  });
  // What is left of the covered months is no longer in the ledger.
  const gone = [...before.keys()];
  result.deleted = gone.length;
  await progress(Math.round(total / 2), total, `Sparar ${changed.length + gone.length} ändringar.`);
  // The demo seed stores inside its own transaction; everyone else gets one here.
  const inTransaction = <T>(fn: (trx: Transaction<DB>) => Promise<T>) =>
    db.isTransaction ? fn(db as Transaction<DB>) : db.transaction().execute(fn);
  await inTransaction(async (trx) => {
    const codes = await rememberCodes(trx, m, data.ansvarCodes);
    result.newCodes = codes.fresh;
    if (!changed.length && !gone.length && !codes.fresh && !codes.renamed) return;
    await remove(trx, m, gone);
    await upsert(trx, m, changed);
    await writeAudit(trx, {
      municipalityId: m,
      actorId: audit.actorId,
      action: audit.action ?? 'ledger_import',
      entityType: 'ledger',
      entityId: audit.importId,
      after: { file: audit.file, source: audit.source, ...result },
    });
  });
  await progress(total, total, summaryLine(result));
  return result;
}

/** The line a person reads when an import is done. */
export function summaryLine(r: LedgerStoreResult): string {
  const months = r.months.outcome.length ? `Utfall ${r.months.outcome[0]}–${r.months.outcome.at(-1)}` : 'Inget utfall';
  const budget = r.months.budget.length ? `, budget ${r.months.budget[0]}–${r.months.budget.at(-1)}` : '';
  const codes = r.newCodes ? ` ${r.newCodes} nya ansvarskoder väntar på en enhet.` : '';
  return `${months}${budget}: ${r.inserted} nya, ${r.updated} ändrade, ${r.deleted} borttagna, ${r.unchanged} oförändrade rader.${codes}`;
}
