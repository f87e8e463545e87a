// The CSV alternative to SIE, for ledgers that cannot write SIE: one row per month, ansvar and
// account. Columns by name in any order: period (YYYY-MM), ansvar, konto, belopp, and optionally
// typ (utfall or budget). Semicolons or commas; a decimal comma is accepted ("-1 234,50").
import { parse } from 'csv-parse/sync';
import { aggregate, type LedgerData, type LedgerKind, monthSpan } from './ledger.js';
import { LineProblems, parseOre } from './problems.js';

const REQUIRED = ['period', 'ansvar', 'konto', 'belopp'] as const;

/** "1 234,50", "1234.5", "-12" → öre; a thousands space (also non-breaking) is allowed. */
export function parseSwedishAmount(text: string): number | null {
  const t = text.replace(/[\s\u00a0]/g, '').replace(/^−/, '-');
  if (/^-?\d+,\d{1,2}$/.test(t)) return parseOre(t.replace(',', '.'));
  return parseOre(t);
}

export function parseLedgerCsv(content: string): LedgerData {
  const text = content.replace(/^\uFEFF/, '');
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = firstLine.includes(';') ? ';' : ',';
  const problems = new LineProblems();
  let records: string[][];
  try {
    records = parse(text, { delimiter, relax_column_count: true, skip_empty_lines: true, trim: true }) as string[][];
  } catch (err) {
    const line = (err as { lines?: number }).lines ?? 0;
    problems.add(line, 'raden kan inte läsas som CSV (kontrollera citattecknen)');
    problems.throwIfAny('CSV-filen');
    return { source: 'csv', rows: [], months: { outcome: [], budget: [] }, ansvarCodes: [] };
  }
  const header = (records[0] ?? []).map((h) => h.toLowerCase());
  const col = Object.fromEntries([...REQUIRED, 'typ'].map((name) => [name, header.indexOf(name)]));
  const missing = REQUIRED.filter((n) => col[n] === -1);
  if (missing.length) {
    problems.add(1, `rubrikraden saknar ${missing.join(', ')} (kolumnerna är period, ansvar, konto, belopp och valfritt typ)`);
    problems.throwIfAny('CSV-filen');
  }
  const rows = [];
  for (const [i, rec] of records.slice(1).entries()) {
    const line = i + 2;
    const get = (name: string) => (col[name] === -1 ? '' : (rec[col[name] as number] ?? ''));
    const period = get('period');
    const m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(period);
    if (!m) problems.add(line, `period: "${period}" är ingen månad (ÅÅÅÅ-MM)`);
    const account = get('konto');
    if (!/^\d{1,10}$/.test(account)) problems.add(line, `konto: "${account}" är inget kontonummer`);
    const raw = get('belopp');
    const ore = parseSwedishAmount(raw);
    if (!raw) problems.add(line, 'belopp saknas');
    else if (ore === null) problems.add(line, `belopp: "${raw}" är inget belopp`);
    const typ = get('typ').toLowerCase() || 'utfall';
    if (typ !== 'utfall' && typ !== 'budget') problems.add(line, `typ: "${typ}" ska vara utfall eller budget`);
    if (!m || ore === null || !/^\d{1,10}$/.test(account)) continue;
    const kind: LedgerKind = typ === 'budget' ? 'budget' : 'outcome';
    rows.push({ kind, month: period, ansvar: get('ansvar'), account, amountOre: ore });
  }
  if (!rows.length && !problems.count) problems.add(0, 'filen har inga rader under rubrikraden');
  problems.throwIfAny('CSV-filen');
  const all = aggregate(rows);
  return {
    source: 'csv',
    rows: all,
    months: {
      outcome: monthSpan(all.filter((r) => r.kind === 'outcome').map((r) => r.month)),
      budget: monthSpan(all.filter((r) => r.kind === 'budget').map((r) => r.month)),
    },
    ansvarCodes: [...new Set(all.map((r) => r.ansvar).filter(Boolean))].sort().map((code) => ({ code, name: '' })),
  };
}
