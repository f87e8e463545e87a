// Shapes of the allocation API's answers, shared by the server (OpenAPI) and the web (types).
import { z } from 'zod';
import { populationEntrySchema } from './model.js';
import { populationKinds } from './populationImport.js';
import { scenarioConfigSchema } from './schemas.js';
import { stepKinds } from './steps.js';

const kr = z.number().int();
export const scenarioSummarySchema = z.object({
  id: z.uuid(),
  budgetYear: z.number().int(),
  name: z.string(),
  isBase: z.boolean(),
  version: z.number().int(),
  updatedAt: z.string(),
});
export const allocationResultSchema = z.object({
  budgetYear: z.number().int(),
  lines: z.array(
    z.object({ verksamhet: z.string(), ageBand: z.string(), population: z.number(), krPerInhabitant: z.number(), amountKr: kr }),
  ),
  totals: z.array(z.object({ verksamhet: z.string(), amountKr: kr })),
  totalKr: kr,
});
export const bridgeStepSchema = z.object({ kind: z.enum(stepKinds), amountKr: kr, reason: z.string() });
export const scenarioResultSchema = z.object({
  budgetYear: z.number().int(),
  allocation: allocationResultSchema,
  namnder: z.array(z.object({ key: z.string(), name: z.string(), previousKr: kr, steps: z.array(bridgeStepSchema), newKr: kr })),
  previousKr: kr,
  newKr: kr,
});
const fieldError = z.object({ field: z.string(), message: z.string() });
export const scenarioDetailSchema = scenarioSummarySchema.extend({
  config: scenarioConfigSchema,
  population: z.object({ dates: z.array(z.string()), entries: z.array(populationEntrySchema.extend({ kind: z.enum(populationKinds) })) }),
  result: scenarioResultSchema.nullable(),
  problems: z.array(fieldError),
  canEdit: z.boolean(),
});
export const comparisonSchema = z.object({
  a: scenarioSummarySchema.extend({ result: scenarioResultSchema }),
  b: scenarioSummarySchema.extend({ result: scenarioResultSchema }),
  comparison: z.object({
    namnder: z.array(
      z.object({
        key: z.string(),
        name: z.string(),
        aKr: kr.nullable(),
        bKr: kr.nullable(),
        diffKr: kr,
        steps: z.array(z.object({ kind: z.enum(stepKinds), aKr: kr, bKr: kr, diffKr: kr })),
      }),
    ),
    aKr: kr,
    bKr: kr,
    diffKr: kr,
  }),
});
export const storedPopulationSchema = z.object({
  kind: z.enum(populationKinds),
  series: z.string(),
  date: z.string(),
  ageBand: z.string(),
  count: z.number(),
  source: z.string(),
});

export type ScenarioSummary = z.infer<typeof scenarioSummarySchema>;
export type ScenarioDetail = z.infer<typeof scenarioDetailSchema>;
export type Comparison = z.infer<typeof comparisonSchema>;
export type StoredPopulation = z.infer<typeof storedPopulationSchema>;

/** A population file to read (PxWeb JSON-stat2 or CSV), checked only when `preview`. */
export const populationImportInput = z.object({
  format: z.enum(['pxweb', 'csv'], { error: 'Formatet är pxweb eller csv.' }),
  content: z
    .string({ error: 'Filens innehåll saknas.' })
    .min(1, { error: 'Filen är tom.' })
    .max(20_000_000, { error: 'Filen är för stor.' }),
  kind: z.enum(populationKinds, { error: 'Ange actual eller forecast.' }).optional(),
  series: z.string().trim().max(100, { error: 'Högst 100 tecken.' }).optional(),
  region: z.string().trim().max(100).optional(),
  name: z.string().trim().max(200).optional(),
  preview: z.boolean({ error: 'preview är true eller false.' }).optional().describe('true: läs och kontrollera bara, spara inget'),
});
export const populationImportResult = z.object({
  stored: z.number().int(),
  replaced: z.number().int(),
  dates: z.array(z.string()),
  kind: z.enum(populationKinds),
  series: z.string(),
  preview: z.boolean().describe('true: inget sparades; stored och replaced säger vad en inläsning skulle göra'),
});
