// The population a model counts with: one date, or the mean of two year ends. Which rule a
// municipality uses is a setting of its model (the specification allows either).
import { fail, type FieldError } from '../errors.js';

export const populationRules = ['mean_of_year_ends', 'year_end_before'] as const;
export type PopulationRule = (typeof populationRules)[number];

export const populationRuleName: Record<PopulationRule, string> = {
  mean_of_year_ends: 'medelvärdet av 31 december året före budgetåret och prognosen för 31 december budgetåret',
  year_end_before: '31 december året före budgetåret',
};

export interface PopulationEntry {
  ageBand: string;
  /** ÅÅÅÅ-MM-DD */
  date: string;
  count: number;
}

/** The dates a rule reads for a budget year: 31 Dec of the year before, and of the budget year for the mean. */
export function ruleDates(rule: PopulationRule, budgetYear: number): string[] {
  const before = `${budgetYear - 1}-12-31`;
  return rule === 'mean_of_year_ends' ? [before, `${budgetYear}-12-31`] : [before];
}

export function describeRule(rule: PopulationRule, budgetYear: number): string {
  const [a, b] = ruleDates(rule, budgetYear);
  return b ? `medelvärdet av ${a} och ${b}` : `${a}`;
}

/** Looks entries up by band and date; a band counted twice for one date is refused. */
export function indexPopulation(entries: readonly PopulationEntry[], field = 'population'): Map<string, number> {
  const index = new Map<string, number>();
  const errors: FieldError[] = [];
  entries.forEach((e, i) => {
    const key = `${e.ageBand}|${e.date}`;
    if (index.has(key)) errors.push({ field: `${field}.${i}`, message: `Åldersgruppen ${e.ageBand} finns två gånger för ${e.date}.` });
    else index.set(key, e.count);
  });
  if (errors.length) throw fail('validation', errors[0]?.message, { fields: errors });
  return index;
}

/**
 * The population of one band under the rule; the mean may be fractional. `field` names what asked
 * for the band (a price tag), so a missing count is reported where the person can act on it.
 */
export function bandPopulation(
  index: Map<string, number>,
  rule: PopulationRule,
  budgetYear: number,
  ageBand: string,
  field: string,
): number {
  const dates = ruleDates(rule, budgetYear);
  const counts = dates.map((d) => index.get(`${ageBand}|${d}`));
  const missing = dates.filter((_, i) => counts[i] === undefined);
  if (missing.length) {
    throw fail('validation', `Befolkning saknas för åldersgruppen ${ageBand} per ${missing.join(' och ')}.`, {
      fields: [{ field, message: `Befolkning saknas för åldersgruppen ${ageBand} per ${missing.join(' och ')}.` }],
    });
  }
  const sum = counts.reduce<number>((a, c) => a + (c ?? 0), 0);
  return sum / dates.length;
}
