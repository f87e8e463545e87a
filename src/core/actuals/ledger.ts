// Ledger rows per month, responsibility code and account, from an SIE file or a CSV file: the
// grain Styr stores. From #VER/#TRANS when the file has vouchers, otherwise from #PSALDO; the
// budget from #PBUDGET. Amounts in öre, with the ledger's sign (debit +, credit −).
import type { SieFile, SieObjectRef, SiePeriodBalance } from './sieTypes.js';

export type LedgerKind = 'outcome' | 'budget';

export interface LedgerRow {
  kind: LedgerKind;
  /** "2026-03" */
  month: string;
  /** '' when the line carried no responsibility object. */
  ansvar: string;
  account: string;
  amountOre: number;
}

export interface LedgerData {
  source: 'ver' | 'psaldo' | 'csv';
  rows: LedgerRow[];
  /** Per kind, the months the file covers (first to last month with data): these are replaced. */
  months: Record<LedgerKind, string[]>;
  /** Responsibility codes in the file, with their names from #OBJEKT where given. */
  ansvarCodes: { code: string; name: string }[];
}

const keyOf = (r: Omit<LedgerRow, 'amountOre'>) => `${r.kind}|${r.month}|${r.ansvar}|${r.account}`;

/** Sums rows of the same key; a key that sums to zero stays (it says "nothing this month"). */
export function aggregate(rows: Iterable<LedgerRow>): LedgerRow[] {
  const by = new Map<string, LedgerRow>();
  for (const r of rows) {
    const k = keyOf(r);
    const had = by.get(k);
    if (had) had.amountOre += r.amountOre;
    else by.set(k, { ...r });
  }
  return [...by.values()].sort((a, b) => keyOf(a).localeCompare(keyOf(b)));
}

/** Every month from the first to the last, so a month left empty in a new file is emptied too. */
export function monthSpan(months: Iterable<string>): string[] {
  const sorted = [...new Set(months)].sort();
  if (!sorted.length) return [];
  const out: string[] = [];
  let [y, m] = (sorted[0] as string).split('-').map(Number) as [number, number];
  const last = sorted[sorted.length - 1] as string;
  for (;;) {
    const cur = `${y}-${String(m).padStart(2, '0')}`;
    out.push(cur);
    if (cur >= last) return out;
    m = m === 12 ? 1 : m + 1;
    if (m === 1) y++;
  }
}

const ansvarOf = (objects: SieObjectRef[], dim: number) => objects.find((o) => o.dim === dim)?.code ?? '';

/** Balance accounts (assets, liabilities) carry an accumulated balance in #PSALDO, not a change. */
const isBalanceAccount = (sie: SieFile, account: string) => {
  const type = sie.accounts[account]?.type;
  return type ? type === 'T' || type === 'S' : account.startsWith('1') || account.startsWith('2');
};

/** #PSALDO/#PBUDGET lines as monthly changes. Per month and account, the lines with the ansvar
 * dimension are used; the line without objects (the account's total) only when there are none,
 * so nothing is counted twice. Balance accounts: this month's balance less last month's (or the
 * opening balance #OIB/#IB of the year, or zero when the file has none). */
function fromPeriodBalances(sie: SieFile, kind: 'PSALDO' | 'PBUDGET', dim: number): LedgerRow[] {
  const lines = sie.periodBalances.filter((p) => p.kind === kind);
  const withDim = new Set(lines.filter((p) => ansvarOf(p.objects, dim)).map((p) => `${p.month}|${p.account}`));
  const used = lines.filter((p) => (ansvarOf(p.objects, dim) ? true : p.objects.length === 0 && !withDim.has(`${p.month}|${p.account}`)));
  const rows: LedgerRow[] = [];
  const previous = new Map<string, number>();
  const opening = (p: SiePeriodBalance, ansvar: string) => {
    const ib = sie.balances.find(
      (b) =>
        b.yearIndex === p.yearIndex &&
        b.account === p.account &&
        (ansvar ? b.kind === 'OIB' && ansvarOf(b.objects, dim) === ansvar : b.kind === 'IB'),
    );
    return ib?.amountOre ?? 0;
  };
  for (const p of [...used].sort((a, b) => a.month.localeCompare(b.month))) {
    const ansvar = ansvarOf(p.objects, dim);
    let amountOre = p.amountOre;
    if (isBalanceAccount(sie, p.account)) {
      const k = `${ansvar}|${p.account}|${p.yearIndex}`;
      amountOre = p.amountOre - (previous.get(k) ?? opening(p, ansvar));
      previous.set(k, p.amountOre);
    }
    rows.push({ kind: kind === 'PSALDO' ? 'outcome' : 'budget', month: p.month, ansvar, account: p.account, amountOre });
  }
  return rows;
}

/** The ledger rows of an SIE file; `ansvarDimension` is the dimension of responsibility (1 by default). */
export function ledgerFromSie(sie: SieFile, ansvarDimension = 1): LedgerData {
  const outcome = sie.vouchers.length
    ? sie.vouchers.flatMap((v) =>
        v.transactions.map((t) => ({
          kind: 'outcome' as const,
          month: v.date.slice(0, 7),
          ansvar: ansvarOf(t.objects, ansvarDimension),
          account: t.account,
          amountOre: t.amountOre,
        })),
      )
    : fromPeriodBalances(sie, 'PSALDO', ansvarDimension);
  const rows = aggregate([...outcome, ...fromPeriodBalances(sie, 'PBUDGET', ansvarDimension)]);
  const names = new Map(sie.objects.filter((o) => o.dim === ansvarDimension).map((o) => [o.code, o.name]));
  for (const r of rows) if (r.ansvar && !names.has(r.ansvar)) names.set(r.ansvar, '');
  return {
    source: sie.vouchers.length ? 'ver' : 'psaldo',
    rows,
    months: {
      outcome: monthSpan(rows.filter((r) => r.kind === 'outcome').map((r) => r.month)),
      budget: monthSpan(rows.filter((r) => r.kind === 'budget').map((r) => r.month)),
    },
    ansvarCodes: [...names].map(([code, name]) => ({ code, name })).sort((a, b) => a.code.localeCompare(b.code)),
  };
}
