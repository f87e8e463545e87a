// Input and output shapes of the budget, shared by server and web. Amounts are whole kronor.
import { z } from 'zod';
import { version as versionSchema } from '../input.js';
import { isoDate } from '../input.js';
import { orgUnitKinds } from '../org/kinds.js';
import { frameKinds, MAX_KR, resultSources, versionKinds, versionStatuses } from './kinds.js';

const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: `Högst ${max} tecken.` });
const requiredText = (max: number) => text(max).min(1, { error: 'Obligatoriskt.' });
export const yearField = z
  .number({ error: 'Ange ett år.' })
  .int({ error: 'Ange ett helt år.' })
  .min(2000, { error: 'Ange ett år från 2000.' })
  .max(2100, { error: 'Ange ett år före 2100.' });
const version = versionSchema();
export const kronor = z
  .number({ error: 'Ange ett belopp i kronor.' })
  .int({ error: 'Ange hela kronor.' })
  .min(-MAX_KR, { error: 'Beloppet är orimligt stort.' })
  .max(MAX_KR, { error: 'Beloppet är orimligt stort.' });
const positiveKronor = kronor.min(0, { error: 'Beloppet kan inte vara negativt.' });

export const budgetVersionSchema = z.object({
  id: z.uuid(),
  budgetYear: z.number().int(),
  seq: z.number().int(),
  kind: z.enum(versionKinds),
  title: z.string(),
  status: z.enum(versionStatuses),
  decidedOn: z.string().nullable(),
  decidedBy: z.string().nullable(),
  diarienummer: z.string().nullable(),
  basedOnId: z.uuid().nullable(),
  /** The allocation scenario the frames were made from: its id (null once removed), name and version then. */
  sourceScenario: z.object({ id: z.uuid().nullable(), name: z.string(), version: z.number().int() }).nullable(),
  inForce: z.boolean(),
  version: z.number().int(),
});
export type BudgetVersion = z.infer<typeof budgetVersionSchema>;

export const frameSchema = z.object({
  orgUnitId: z.uuid({ error: 'Välj nämnd eller bolag.' }),
  kind: z.enum(frameKinds, { error: 'Välj drift, investering eller ägartillskott.' }),
  year: yearField,
  amountKr: kronor,
});

export const bodySchema = z.object({ id: z.uuid(), name: z.string(), kind: z.enum(orgUnitKinds) });
export type Body = z.infer<typeof bodySchema>;

export const createVersionInput = z.object({
  budgetYear: yearField,
  kind: z.enum(versionKinds, { error: 'Välj vilken sorts version.' }),
  title: requiredText(200),
  basedOnId: z.uuid({ error: 'Ogiltigt id.' }).nullish(),
});

/** A frame proposal from a scenario of the allocation model: the scenario's new frames for the budget year. */
export const fromScenarioInput = createVersionInput.extend({
  scenarioId: z.uuid({ error: 'Välj ett scenario.' }),
});

export const framesInput = z.object({ version, frames: z.array(frameSchema).max(2000) });

export const decideInput = z.object({
  version,
  decidedOn: isoDate.nullish(),
  decidedBy: text(200).nullish(),
  diarienummer: text(100).nullish(),
});

export const distributionInput = z.object({
  budgetYear: yearField,
  version: versionSchema(0),
  lines: z.array(z.object({ orgUnitId: z.uuid({ error: 'Ogiltigt id.' }), amountKr: kronor })).max(5000),
});

export const investmentInput = z.object({
  budgetYear: yearField,
  orgUnitId: z.uuid({ error: 'Välj nämnd.' }),
  name: requiredText(200),
  description: text(5000).default(''),
  propertyPlanRef: text(500).default(''),
  priority: z
    .number({ error: 'Ange en prioritet.' })
    .int({ error: 'Ange ett heltal.' })
    .min(1, { error: 'Från 1.' })
    .max(999, { error: 'Högst 999.' }),
  amounts: z.array(z.object({ year: yearField, amountKr: positiveKronor })).max(4),
});
export const investmentUpdate = investmentInput.extend({ version });

export const investmentSchema = z.object({
  id: z.uuid(),
  budgetYear: z.number().int(),
  orgUnitId: z.uuid(),
  orgUnitName: z.string(),
  name: z.string(),
  description: z.string(),
  propertyPlanRef: z.string(),
  priority: z.number().int(),
  amounts: z.array(z.object({ year: z.number().int(), amountKr: z.number().int() })),
  version: z.number().int(),
});
export type Investment = z.infer<typeof investmentSchema>;

export const grantInput = z.object({
  budgetYear: yearField,
  orgUnitId: z.uuid({ error: 'Välj nämnd.' }),
  name: requiredText(200),
  authority: text(200).default(''),
  applied: z.boolean({ error: 'Ange om bidraget söks.' }),
  amountKr: positiveKronor.nullish(),
  periodFrom: isoDate.nullish(),
  periodTo: isoDate.nullish(),
  reasonNotApplied: text(2000).nullish(),
});
export const grantUpdate = grantInput.extend({ version });

export const grantSchema = z.object({
  id: z.uuid(),
  budgetYear: z.number().int(),
  orgUnitId: z.uuid(),
  orgUnitName: z.string(),
  name: z.string(),
  authority: z.string(),
  applied: z.boolean(),
  amountKr: z.number().int().nullable(),
  periodFrom: z.string().nullable(),
  periodTo: z.string().nullable(),
  reasonNotApplied: z.string().nullable(),
  version: z.number().int(),
});
export type Grant = z.infer<typeof grantSchema>;

export const resultInput = z.object({
  resultKr: kronor,
  note: text(1000).default(''),
  /** The row's version when changing one; omitted when adding. */
  version: versionSchema().optional(),
});

export const resultSchema = z.object({
  year: z.number().int(),
  source: z.enum(resultSources),
  resultKr: z.number().int(),
  note: z.string(),
  version: z.number().int(),
});
