// A municipality's allocation model as it is stored per scenario: age bands, population rule,
// price tags, each nämnd's verksamheter with last year's frame, indices and percentages, rent
// changes, general grants and political priorities (each with its motivation).
import { z } from 'zod';
import { defaultAgeBands } from './bands.js';
import { budgetYearSchema, priceTagSchema } from './model.js';
import { populationRules } from './population.js';

const kr = z.number({ error: 'Ange ett belopp i kronor.' }).int({ error: 'Ange hela kronor.' }).finite();
const pct = (max: number) =>
  z
    .number({ error: 'Ange en procentsats.' })
    .finite()
    .min(-max, { error: `Högst ${max} procent åt något håll.` })
    .max(max, { error: `Högst ${max} procent.` });
const text = (what: string, max: number) =>
  z
    .string({ error: `Ange ${what}.` })
    .trim()
    .min(1, { error: `Ange ${what}.` })
    .max(max, { error: `Högst ${max} tecken.` });

export const verksamhetConfigSchema = z.object({
  verksamhet: text('verksamhet', 100),
  /** Last year's frame for the verksamhet, whole kronor. */
  previousKr: kr.min(0, { error: 'Får inte vara negativt.' }),
  /** Without price tags: the bands whose population drives it; empty = the whole population. */
  demographyBands: z.array(z.string().trim().min(1)).max(50).default([]),
});

export const namndConfigSchema = z.object({
  /** The nämnd's org unit id in Styr (any stable key in a file). */
  key: text('nämnd', 100),
  name: text('namn', 200),
  verksamheter: z.array(verksamhetConfigSchema).max(100),
  /** Share of the cost that is wages, for pris- och lönekompensation. */
  wageSharePct: pct(100).min(0, { error: 'Får inte vara negativt.' }).default(0),
  efficiencyPct: pct(20).min(0, { error: 'Ett effektiviseringskrav anges som en positiv procentsats.' }).default(0),
  volumeAdjustments: z
    .array(z.object({ amountKr: kr, reason: text('skäl', 300) }))
    .max(50)
    .default([]),
});

export const scenarioConfigSchema = z.object({
  populationRule: z.enum(populationRules, { error: 'Välj en befolkningsregel.' }),
  /** Which forecast of the stored population counts where there is no actual figure. */
  forecastSeries: z.string().trim().max(100).default(''),
  ageBands: z.array(z.string().trim().min(1)).min(1, { error: 'Ange minst en åldersgrupp.' }).max(40).default(defaultAgeBands),
  priceTags: z.array(priceTagSchema).max(500),
  indices: z.object({
    pricePct: pct(50),
    wagePct: pct(50),
    /** The wage part is set aside in KS and paid out once the actual agreement is known. */
    wageHeldCentrally: z.boolean().default(false),
  }),
  /** The nämnd (KS) whose budget holds central funds: the wage pot and rent compensation. */
  centralNamnd: z.string().trim().max(100).nullable().default(null),
  namnder: z.array(namndConfigSchema).min(1, { error: 'Ange minst en nämnd.' }).max(60),
  rentChanges: z
    .array(z.object({ namnd: text('nämnd', 100), amountKr: kr, reason: text('skäl', 300) }))
    .max(100)
    .default([]),
  generalGrants: z
    .array(z.object({ namnd: z.string().trim().max(100).nullable().default(null), amountKr: kr, reason: text('vilket bidrag', 300) }))
    .max(50)
    .default([]),
  priorities: z
    .array(z.object({ namnd: text('nämnd', 100), amountKr: kr, motivation: text('en motivering', 300) }))
    .max(100)
    .default([]),
});
export type ScenarioConfig = z.infer<typeof scenarioConfigSchema>;
export type ScenarioConfigInput = z.input<typeof scenarioConfigSchema>;
export type NamndConfig = z.infer<typeof namndConfigSchema>;

export { budgetYearSchema };
