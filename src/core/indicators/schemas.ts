// Input and output shapes of indicators, targets and measurements.
import { z } from 'zod';
import { version as versionSchema } from '../input.js';
import { frequencies, periodSchema } from '../period.js';
import { planKinds } from '../plans/kinds.js';
import { assessments, directions } from './status.js';

const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: `Högst ${max} tecken.` });
const period = periodSchema;
const num = z.number({ error: 'Ange ett tal.' }).finite({ error: 'Ange ett tal.' });

export const indicatorDetailSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  unit: z.string(),
  description: z.string(),
  definition: z.string(),
  koladaKpi: z.string().nullable(),
  direction: z.enum(directions),
  frequency: z.enum(frequencies),
  genderSplit: z.boolean(),
  tolerancePct: z.number(),
  ownerPersonId: z.uuid().nullable(),
  ownerOrgUnitId: z.uuid().nullable(),
  version: z.number().int(),
});

export const updateIndicatorInput = z.object({
  name: text(300).min(1, { error: 'Obligatoriskt.' }),
  unit: text(50),
  description: text(5000),
  definition: text(5000),
  direction: z.enum(directions, { error: 'Välj en riktning.' }),
  frequency: z.enum(frequencies, { error: 'Välj hur ofta indikatorn mäts.' }),
  genderSplit: z.boolean(),
  tolerancePct: z.number({ error: 'Ange toleransen i procent.' }).min(0, { error: 'Minst 0.' }).max(100, { error: 'Högst 100.' }),
  koladaKpi: z
    .string()
    .trim()
    .regex(/^[NU]\d{5}$/, { error: 'Ett Kolada-id ser ut som N00945.' })
    .nullish(),
  ownerPersonId: z.uuid().nullish(),
  ownerOrgUnitId: z.uuid().nullish(),
  version: versionSchema(),
});

export const targetSchema = z.object({
  id: z.uuid(),
  orgUnitId: z.uuid(),
  orgUnitName: z.string(),
  period: z.string(),
  value: z.number(),
  valueHigh: z.number().nullable(),
  isBaseline: z.boolean(),
  version: z.number().int(),
});
export const targetInput = z.object({
  orgUnitId: z.uuid({ error: 'Välj en enhet.' }),
  period,
  value: num,
  valueHigh: num.nullish(),
  isBaseline: z.boolean().default(false),
});

export const measurementSchema = z.object({
  id: z.uuid(),
  orgUnitId: z.uuid(),
  orgUnitName: z.string(),
  period: z.string(),
  gender: z.enum(['T', 'K', 'M']),
  value: z.number().nullable(),
  comment: z.string(),
  source: z.string(),
  updatedAt: z.string(),
  updatedBy: z.string().nullable(),
  version: z.number().int(),
});
export const measurementInput = z.object({
  orgUnitId: z.uuid({ error: 'Välj en enhet.' }),
  period,
  gender: z.enum(['T', 'K', 'M'], { error: 'Kön är T (totalt), K (kvinnor) eller M (män).' }).default('T'),
  value: num.nullable(),
  comment: text(2000).default(''),
  /** The version read, when changing a value that exists; omitted for a new value. */
  version: versionSchema().nullish(),
});
export const measurementBulkInput = z.object({
  rows: z
    .array(measurementInput.omit({ version: true }))
    .min(1, { error: 'Klistra in minst en rad.' })
    .max(5000),
});

// Answers of the indicator pages: the indicator with its targets and values, a bulk save,
// a value's history, and the goals' computed status.
export const indicatorPageSchema = indicatorDetailSchema.extend({
  targets: z.array(targetSchema),
  measurements: z.array(measurementSchema),
});
export const bulkResultSchema = z.object({ rows: z.number().int(), changed: z.number().int() });
export const historyEntrySchema = z.object({
  id: z.number().int(),
  valueBefore: z.number().nullable(),
  valueAfter: z.number().nullable(),
  commentBefore: z.string().nullable(),
  commentAfter: z.string().nullable(),
  source: z.string(),
  changedAt: z.string(),
  changedBy: z.string().nullable(),
});
const statusPart = z.object({
  kind: z.enum(['indicator', 'goal']),
  id: z.string(),
  title: z.string(),
  status: z.enum(assessments),
  reason: z.string(),
});
export const goalStatusSchema = z.object({
  lineageId: z.uuid(),
  goalId: z.uuid(),
  title: z.string(),
  planKind: z.enum(planKinds),
  orgUnitName: z.string(),
  personName: z.string().nullable(),
  status: z.enum(assessments),
  statusName: z.string(),
  reason: z.string(),
  parts: z.array(statusPart),
});
export const goalStatusListSchema = z.object({ year: z.number().int(), items: z.array(goalStatusSchema) });
