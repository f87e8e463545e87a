// The resource allocation model's core figure (MODEL.json, `styr budget allocate`): for each
// verksamhet with price tags, frame = Σ over age bands (kr per inhabitant × population in the band).
// The CLI, the API and the web all compute it here.
import { z } from 'zod';
import { fail, type FieldError } from '../errors.js';
import { isoDate } from '../input.js';
import { bandPopulation, indexPopulation, populationRules } from './population.js';
import { roundKr } from './rounding.js';

// Bounds far above any real figure (Sweden has 10 million inhabitants, a price tag is some 100,000
// kr), so that population × price stays an exact whole number of kronor.
const count = z
  .number({ error: 'Ange ett antal.' })
  .min(0, { error: 'Får inte vara negativt.' })
  .max(100_000_000, { error: 'Högst 100 miljoner.' });
export const budgetYearSchema = z
  .number({ error: 'Ange budgetåret.' })
  .int({ error: 'Ange ett helt år.' })
  .min(2000, { error: 'Ange ett år från 2000.' })
  .max(2100, { error: 'Ange ett år före 2100.' });
export { isoDate };
const label = (what: string) =>
  z
    .string({ error: `Ange ${what}.` })
    .trim()
    .min(1, { error: `Ange ${what}.` })
    .max(100, { error: 'Högst 100 tecken.' });

export const populationEntrySchema = z.object({ ageBand: label('åldersgrupp'), date: isoDate, count });
export const priceTagSchema = z.object({
  verksamhet: label('verksamhet'),
  ageBand: label('åldersgrupp'),
  krPerInhabitant: z
    .number({ error: 'Ange kronor per invånare.' })
    .min(0, { error: 'Får inte vara negativt.' })
    .max(10_000_000, { error: 'Högst 10 miljoner kronor per invånare.' }),
});
export type PriceTag = z.infer<typeof priceTagSchema>;

export const modelSchema = z.object({
  budgetYear: budgetYearSchema,
  populationRule: z.enum(populationRules, { error: 'Välj mean_of_year_ends eller year_end_before.' }),
  population: z.array(populationEntrySchema, { error: 'Ange befolkningen som en lista.' }),
  priceTags: z.array(priceTagSchema, { error: 'Ange prislapparna som en lista.' }).min(1, { error: 'Ange minst en prislapp.' }),
});
export type AllocationModel = z.infer<typeof modelSchema>;

export interface AllocationLine {
  verksamhet: string;
  ageBand: string;
  population: number;
  krPerInhabitant: number;
  amountKr: number;
}
export interface AllocationResult {
  budgetYear: number;
  lines: AllocationLine[];
  totals: { verksamhet: string; amountKr: number }[];
  totalKr: number;
}

/** Reads untrusted input (a file, a request) into a model, or a validation error naming each field. */
export function parseModel(input: unknown): AllocationModel {
  const parsed = modelSchema.safeParse(input);
  if (parsed.success) return parsed.data;
  const fields: FieldError[] = parsed.error.issues.map((i) => ({ field: i.path.map(String).join('.') || 'model', message: i.message }));
  throw fail('validation', `${fields[0]?.field}: ${fields[0]?.message}`, { fields });
}

/** Price tags with a duplicate verksamhet and band are refused: one of them would silently win. */
function checkPriceTags(priceTags: readonly PriceTag[]) {
  const seen = new Set<string>();
  const errors: FieldError[] = [];
  priceTags.forEach((p, i) => {
    const key = `${p.verksamhet}|${p.ageBand}`;
    if (seen.has(key)) errors.push({ field: `priceTags.${i}`, message: `Prislappen för ${p.verksamhet}, ${p.ageBand} finns två gånger.` });
    seen.add(key);
  });
  if (errors.length) throw fail('validation', errors[0]?.message, { fields: errors });
}

/** One line per price tag (rounded to whole kronor), totals per verksamhet as sums of the lines. */
export function allocate(model: AllocationModel): AllocationResult {
  const input = parseModel(model);
  checkPriceTags(input.priceTags);
  const index = indexPopulation(input.population);
  const lines = input.priceTags.map((p, i) => {
    const population = bandPopulation(index, input.populationRule, input.budgetYear, p.ageBand, `priceTags.${i}.ageBand`);
    return {
      verksamhet: p.verksamhet,
      ageBand: p.ageBand,
      population,
      krPerInhabitant: p.krPerInhabitant,
      amountKr: roundKr(population * p.krPerInhabitant),
    };
  });
  const totals: { verksamhet: string; amountKr: number }[] = [];
  for (const line of lines) {
    const t = totals.find((x) => x.verksamhet === line.verksamhet);
    if (t) t.amountKr += line.amountKr;
    else totals.push({ verksamhet: line.verksamhet, amountKr: line.amountKr });
  }
  return { budgetYear: input.budgetYear, lines, totals, totalKr: totals.reduce((a, t) => a + t.amountKr, 0) };
}
