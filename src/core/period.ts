// Periods as one value type for indicators, budget actuals, reports and the calendar:
// a year ('2026'), a half-year ('2026-H1'), a tertial ('2026-T2') or a month ('2026-03').
import { z } from 'zod';
import { fail } from './errors.js';

export const frequencies = ['month', 'tertial', 'half_year', 'year'] as const;
export type Frequency = (typeof frequencies)[number];

export interface Period {
  frequency: Frequency;
  year: number;
  /** 1-based: month 1–12, tertial 1–3, half-year 1–2; 1 for a year. */
  index: number;
}

const months = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];
const perYear: Record<Frequency, number> = { month: 12, tertial: 3, half_year: 2, year: 1 };

export function parsePeriod(text: string): Period {
  const m = /^(\d{4})(?:-(?:(\d{2})|T([1-3])|H([12])))?$/.exec(text.trim());
  const year = Number(m?.[1]);
  if (!m || year < 1900 || year > 2200)
    throw fail(
      'validation',
      `"${text}" är ingen period. Skriv ett år (2026), en månad (2026-03), ett tertial (2026-T1) eller ett halvår (2026-H1).`,
      { fields: [{ field: 'period', message: 'Ogiltig period.' }] },
    );
  if (m[2]) {
    const month = Number(m[2]);
    if (month < 1 || month > 12)
      throw fail('validation', `Månaden i "${text}" finns inte.`, { fields: [{ field: 'period', message: 'Ogiltig månad.' }] });
    return { frequency: 'month', year, index: month };
  }
  if (m[3]) return { frequency: 'tertial', year, index: Number(m[3]) };
  if (m[4]) return { frequency: 'half_year', year, index: Number(m[4]) };
  return { frequency: 'year', year, index: 1 };
}

/** Whether a text (trimmed) is a period by parsePeriod's grammar; never throws. */
export function isPeriod(text: string): boolean {
  try {
    parsePeriod(text);
    return true;
  } catch {
    return false;
  }
}

/** A period in an input: the one grammar of parsePeriod, so no schema keeps a regex of its own. */
export const periodSchema = z
  .string({ error: 'Ange en period.' })
  .trim()
  .refine(isPeriod, { error: 'Skriv ett år (2026), en månad (2026-03), ett tertial (2026-T1) eller ett halvår (2026-H1).' });

export function formatPeriod(p: Period): string {
  switch (p.frequency) {
    case 'month':
      return `${p.year}-${String(p.index).padStart(2, '0')}`;
    case 'tertial':
      return `${p.year}-T${p.index}`;
    case 'half_year':
      return `${p.year}-H${p.index}`;
    case 'year':
      return String(p.year);
  }
}

/** The last month a period covers, 1–12. */
const lastMonth = (p: Period) => (p.index * 12) / perYear[p.frequency];

/** Orders periods by when they end, then the longer first (a year after its December). */
export function comparePeriods(a: Period, b: Period): number {
  return a.year - b.year || lastMonth(a) - lastMonth(b) || perYear[a.frequency] - perYear[b.frequency];
}

export function periodLabel(p: Period): string {
  switch (p.frequency) {
    case 'month':
      return `${months[p.index - 1]} ${p.year}`;
    case 'tertial':
      return `tertial ${p.index} ${p.year}`;
    case 'half_year':
      return `halvår ${p.index} ${p.year}`;
    case 'year':
      return String(p.year);
  }
}

/** First and last day of a period, as ISO dates. */
export function periodRange(p: Period): { from: string; to: string } {
  const months = 12 / perYear[p.frequency];
  const first = (p.index - 1) * months + 1;
  const last = first + months - 1;
  const end = new Date(Date.UTC(p.year, last, 0)).getUTCDate();
  return { from: `${p.year}-${String(first).padStart(2, '0')}-01`, to: `${p.year}-${String(last).padStart(2, '0')}-${end}` };
}
