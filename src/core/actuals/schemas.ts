// The shapes of the actuals API: one zod schema each for validation, the OpenAPI document and the web's types.
import { z } from 'zod';
import { version as versionSchema } from '../input.js';
import { accountCategories } from './rules.js';

const year = z.coerce
  .number({ error: 'Året ska vara ett tal.' })
  .int()
  .min(1900, { error: 'Året är för tidigt.' })
  .max(2200, { error: 'Året är för sent.' });
const version = versionSchema(0, 'Version saknas.');
const kronor = z
  .number({ error: 'Beloppet ska vara ett tal i kronor.' })
  .int({ error: 'Beloppet ska vara hela kronor.' })
  .min(-1e13)
  .max(1e13);

export const importInput = z.object({
  name: z.string().trim().min(1, { error: 'Filnamnet saknas.' }).max(300),
  format: z.enum(['sie', 'csv'], { error: 'Formatet ska vara sie eller csv.' }).optional(),
  contentBase64: z
    .string()
    .min(1, { error: 'Filen är tom.' })
    .max(70_000_000, { error: 'Filen är för stor (högst ungefär 50 MB).' })
    .regex(/^[A-Za-z0-9+/=\s]+$/, { error: 'Filens innehåll ska vara base64.' }),
});

export const outcomeQuery = z.object({
  year,
  unitId: z.uuid({ error: 'Ogiltigt id på enheten.' }).optional(),
});

const unitSummary = z.object({
  unitId: z.string(),
  name: z.string(),
  kind: z.string(),
  budgetKr: z.number(),
  budgetSource: z
    .enum(['ledger', 'distribution', 'annual', 'mixed', 'none'])
    .describe('where the budget of the unit and its subtree comes from: ledger #PBUDGET, the adopted distribution, an annual budget'),
  budgetToDateKr: z.number(),
  outcomeToDateKr: z.number(),
  forecastKr: z.number().nullable(),
  forecastSource: z.enum(['entered', 'units', 'none']),
  deviationKr: z.number().nullable(),
});

export const forecastSchema = z.object({
  unitId: z.string(),
  amountKr: z.number(),
  comment: z.string(),
  version: z.number().int(),
  updatedAt: z.string(),
});

export const outcomeSchema = unitSummary
  .extend({
    year: z.number().int(),
    throughMonth: z.number().int(),
    ownBudgetSource: z
      .enum(['ledger', 'distribution', 'annual', 'none'])
      .describe('the source of the unit’s own budget: ledger > adopted distribution > annual budget entered here'),
    annualBudget: z.object({ amountKr: z.number().int(), version: z.number().int() }).nullable(),
    months: z.array(
      z.object({
        month: z.number().int(),
        budgetKr: z.number(),
        outcomeKr: z.number().nullable(),
        accBudgetKr: z.number(),
        accOutcomeKr: z.number().nullable(),
        deviationKr: z.number().nullable(),
        investmentKr: z.number().nullable(),
      }),
    ),
    investmentToDateKr: z.number(),
    forecast: forecastSchema.nullable(),
    children: z.array(unitSummary),
    unmapped: z.array(z.object({ ansvar: z.string(), outcomeKr: z.number() })),
    canForecast: z.boolean().describe('whether the caller may enter this unit’s forecast'),
    canManageLedger: z.boolean().describe('whether the caller may import the ledger and map codes'),
    canSetAnnualBudget: z.boolean().describe('whether the caller may enter this unit’s annual budget'),
  })
  .meta({ id: 'ActualsOutcome' });

export const forecastInput = z.object({
  amountKr: kronor,
  comment: z.string().trim().max(2000, { error: 'Kommentaren får vara högst 2000 tecken.' }).default(''),
  version: version.describe('0 for a first forecast, otherwise the version you read'),
});

export const annualBudgetInput = z.object({ amountKr: kronor, version });
export const annualBudgetSchema = z.object({
  unitId: z.string(),
  year: z.number(),
  amountKr: z.number(),
  version: z.number(),
  updatedAt: z.string(),
});

export const unitYearParams = z.object({
  unitId: z.uuid({ error: 'Ogiltigt id på enheten.' }),
  year: z.coerce.number({ error: 'Året ska vara ett tal.' }).int().min(1900).max(2200),
});

export const mappingSchema = z
  .object({
    code: z.string(),
    name: z.string(),
    orgUnitId: z.string().nullable(),
    orgUnitName: z.string().nullable(),
    suggestedUnitId: z.string().nullable().describe('a unit whose name equals the code’s name in the ledger'),
    version: z.number().int(),
  })
  .meta({ id: 'AnsvarMapping' });
/** A code as saved: the answer to mapping it. */
export const mappingSavedSchema = z.object({ code: z.string(), name: z.string(), orgUnitId: z.string().nullable(), version: z.number() });

export const mappingInput = z.object({
  orgUnitId: z.uuid({ error: 'Välj en enhet.' }).nullable(),
  name: z.string().trim().max(200).optional(),
  version: version.describe('0 to add a code not yet known'),
});

export const codeParam = z.object({
  code: z
    .string()
    .min(1)
    .max(40)
    .regex(/^[^\s/]+$/, { error: 'En ansvarskod har inga mellanslag.' }),
});

export const settingsSchema = z
  .object({
    ansvarDimension: z.number().int(),
    rules: z.array(z.object({ from: z.string(), to: z.string(), category: z.enum(accountCategories) })),
    customRules: z.boolean(),
    version: z.number().int(),
    canEdit: z.boolean().describe('whether the caller may change the settings (the central finance function)'),
  })
  .meta({ id: 'LedgerSettings' });

export const settingsInput = z.object({
  ansvarDimension: z.number({ error: 'Dimensionen ska vara ett tal.' }).int().min(1).max(9999),
  rules: z
    .array(
      z.object({
        from: z.string({ error: 'Skriv ett kontonummer.' }).trim(),
        to: z.string({ error: 'Skriv ett kontonummer.' }).trim(),
        category: z.enum(accountCategories, { error: 'Välj hur kontona i intervallet räknas.' }),
      }),
    )
    .max(200, { error: 'Högst 200 kontointervall.' })
    .nullable()
    .describe('null for the Kommun-Bas defaults'),
  version,
});
