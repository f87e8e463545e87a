// The balance requirement (kommunallagen 11 kap. 5 och 12 §§): the result must be positive; a
// negative result must be restored by surpluses within the three following years. The result
// of a year is read from the best source there is: årsredovisning, then prognos, then budget.
import type { ResultSource } from './kinds.js';

export interface YearResult {
  year: number;
  source: ResultSource;
  resultKr: number;
}

const rank: Record<ResultSource, number> = { annual_report: 3, forecast: 2, budget: 1 };

/** One result per year, the best source winning, in year order. */
export function resultSeries(results: readonly YearResult[]): YearResult[] {
  const best = new Map<number, YearResult>();
  for (const r of results) {
    const held = best.get(r.year);
    if (!held || rank[r.source] > rank[held.source]) best.set(r.year, r);
  }
  return [...best.values()].sort((a, b) => a.year - b.year);
}

export const RESTORE_WITHIN_YEARS = 3;

export interface Obligation {
  /** The year of the negative result. */
  year: number;
  deficitKr: number;
  restoredKr: number;
  remainingKr: number;
  /** The last year in which the deficit may be restored. */
  deadlineYear: number;
  /**
   * met: restored by results in årsredovisningar; planned: restored only if budgets and
   * forecasts hold, so still shown; open: not yet, within the deadline; overdue: the deadline
   * year has a result and the deficit is not restored.
   */
  status: 'met' | 'planned' | 'open' | 'overdue';
  /** The year the last krona was restored. */
  metInYear: number | null;
  /** Part of the restoration rests on a budget or a forecast, not on an årsredovisning. */
  planned: boolean;
}

/**
 * Every obligation to restore a negative result, oldest first. Surpluses pay the oldest
 * remaining deficit first; a deficit is not restored by its own year's result.
 */
export function obligations(results: readonly YearResult[]): Obligation[] {
  const series = resultSeries(results);
  const out: Obligation[] = [];
  for (const r of series) {
    let surplus = r.resultKr;
    for (const o of out) {
      if (surplus <= 0) break;
      if (o.remainingKr === 0) continue;
      const paid = Math.min(surplus, o.remainingKr);
      o.restoredKr += paid;
      o.remainingKr -= paid;
      surplus -= paid;
      if (r.source !== 'annual_report') o.planned = true;
      if (o.remainingKr === 0) o.metInYear = r.year;
    }
    if (r.resultKr < 0) {
      const deficitKr = -r.resultKr;
      out.push({
        year: r.year,
        deficitKr,
        restoredKr: 0,
        remainingKr: deficitKr,
        deadlineYear: r.year + RESTORE_WITHIN_YEARS,
        status: 'open',
        metInYear: null,
        planned: false,
      });
    }
  }
  const lastYear = series.at(-1)?.year ?? 0;
  for (const o of out) o.status = o.remainingKr === 0 ? (o.planned ? 'planned' : 'met') : lastYear >= o.deadlineYear ? 'overdue' : 'open';
  return out;
}

/** The obligations still to be met: shown until an årsredovisning shows them restored. */
export const openObligations = (results: readonly YearResult[]) => obligations(results).filter((o) => o.status !== 'met');
