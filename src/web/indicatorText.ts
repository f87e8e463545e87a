// Indicator values and periods as people read them: "tertial 1 2026", "31,2".
import { comparePeriods, parsePeriod, periodLabel } from '../core/period.js';
import i18n, { locale } from './i18n/index.js';
import { isPeriod } from './parseInput.js';

/** The period in words in the reader's language; the core's Swedish label is the source. */
export function periodText(period: string): string {
  if (!isPeriod(period)) return period;
  const p = parsePeriod(period);
  if (i18n.language !== 'en') return periodLabel(p);
  switch (p.frequency) {
    case 'month':
      return new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
        new Date(Date.UTC(p.year, p.index - 1, 1)),
      );
    case 'tertial':
      return `tertial ${p.index} ${p.year}`;
    case 'half_year':
      return `half-year ${p.index} ${p.year}`;
    case 'year':
      return String(p.year);
  }
}

/** A measured value with up to two decimals, as the status rule writes it. */
export const formatValue = (n: number | null | undefined) =>
  n === null || n === undefined ? '' : new Intl.NumberFormat(locale(), { maximumFractionDigits: 2 }).format(n);

/** The period for an axis label: "2026", "T1 2026", "H1 2026", "2026-03". */
export function periodShort(period: string): string {
  if (!isPeriod(period)) return period;
  const p = parsePeriod(period);
  if (p.frequency === 'tertial') return `T${p.index} ${p.year}`;
  if (p.frequency === 'half_year') return `H${p.index} ${p.year}`;
  return period;
}

/** Periods in time order (a year after its last tertial), for tables and charts. */
export const sortPeriods = (periods: Iterable<string>) =>
  [...new Set(periods)].filter(isPeriod).sort((a, b) => comparePeriods(parsePeriod(a), parsePeriod(b)));
