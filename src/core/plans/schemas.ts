// Input and output shapes of the red thread, shared by server and web.
import { z } from 'zod';
import { version as versionSchema } from '../input.js';
import { isoDate } from '../input.js';
import { goalKinds, planKinds, planStatuses } from './kinds.js';

const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: `Högst ${max} tecken.` });
const requiredText = (max: number) => text(max).min(1, { error: 'Obligatoriskt.' });
const year = z
  .number({ error: 'Ange ett år.' })
  .int({ error: 'Ange ett helt år.' })
  .min(2000, { error: 'Ange ett år från 2000.' })
  .max(2100, { error: 'Ange ett år före 2100.' });
const version = versionSchema();
const ids = z.array(z.uuid({ error: 'Ogiltigt id.' })).max(50);

export const planSchema = z.object({
  id: z.uuid(),
  seriesId: z.uuid(),
  versionNo: z.number().int(),
  kind: z.enum(planKinds),
  orgUnitId: z.uuid(),
  orgUnitName: z.string(),
  personId: z.uuid().nullable(),
  personName: z.string().nullable(),
  title: z.string(),
  summary: z.string(),
  area: z.string().nullable(),
  yearFrom: z.number().int(),
  yearTo: z.number().int(),
  status: z.enum(planStatuses),
  decidedOn: z.string().nullable(),
  decidedBy: z.string().nullable().describe('det beslutande organets eller chefens namn vid beslutet'),
  decidedByOrgUnitId: z.uuid().nullable().describe('organet som fastställde planen (KF, nämnden, bolagets styrelse)'),
  decidedByPersonId: z.uuid().nullable().describe('chefen som fastställde planen (verksamhetsplan, utvecklingsplan)'),
  diarienummer: z.string().nullable(),
  carriedFromId: z.uuid().nullable(),
  version: z.number().int(),
});
export type Plan = z.infer<typeof planSchema>;

export const createPlanInput = z.object({
  kind: z.enum(planKinds, { error: 'Välj en typ av plan.' }),
  orgUnitId: z.uuid({ error: 'Välj en enhet.' }),
  personId: z.uuid({ error: 'Välj en person.' }).nullish(),
  title: requiredText(200),
  summary: text(20_000).optional(),
  area: text(200).nullish(),
  yearFrom: year,
  yearTo: year,
});

export const updatePlanInput = z.object({
  title: requiredText(200),
  summary: text(20_000),
  area: text(200).nullish(),
  yearFrom: year,
  yearTo: year,
  version,
});

export const planStatusInput = z.object({
  status: z.enum(planStatuses, { error: 'Välj en status.' }),
  decidedOn: isoDate.nullish(),
  decidedByOrgUnitId: z
    .uuid({ error: 'Ogiltigt id.' })
    .nullish()
    .describe('vid fastställande: det beslutande organet, ett av dem GET /plans/{id}/adoption erbjuder'),
  decidedByPersonId: z
    .uuid({ error: 'Ogiltigt id.' })
    .nullish()
    .describe('vid fastställande av en verksamhetsplan eller utvecklingsplan: chefen som fastställer (den inloggade)'),
  diarienummer: text(100).nullish().describe('bara där beslutet är ett ärende (inte för planer en chef fastställer)'),
  version,
});

/** Who may adopt a plan and the deciding bodies a decision may name (core/plans/adoption.ts). */
export const adoptionOptionsSchema = z.object({
  decider: z.enum(['fullmaktige', 'owner', 'manager']).describe('vem som fastställer: fullmäktige, ägande organ eller en chef'),
  mayAdopt: z.boolean(),
  who: z.string().describe('vem som fastställer den här sortens plan, i ord'),
  bodies: z.array(z.object({ type: z.enum(['org_unit', 'person']), id: z.uuid(), name: z.string() })),
  diarienummer: z.boolean().describe('om beslutet har ett diarienummer (ett ärende)'),
});

export const strategicAreaSchema = z.object({
  id: z.uuid(),
  lineageId: z.uuid(),
  planId: z.uuid(),
  title: z.string(),
  description: z.string(),
  sortOrder: z.number().int(),
  version: z.number().int(),
});

export const strategicAreaInput = z.object({
  title: requiredText(300),
  description: text(5000).optional(),
  sortOrder: z.number().int().optional(),
});
export const updateStrategicAreaInput = strategicAreaInput.extend({ version });

export const linkTargetSchema = z.object({
  lineageId: z.uuid(),
  type: z.enum(['goal', 'strategic_area']),
  title: z.string(),
  planKind: z.enum(planKinds),
  goalKind: z.enum(goalKinds).nullable(),
  orgUnitName: z.string(),
  /** The plan version the target was found in (the one in force when there is one). */
  planId: z.uuid(),
  /** False when the target is not in any current plan of the year (a broken link). */
  current: z.boolean(),
});
export type LinkTarget = z.infer<typeof linkTargetSchema>;

export const goalSchema = z.object({
  id: z.uuid(),
  lineageId: z.uuid(),
  planId: z.uuid(),
  kind: z.enum(goalKinds),
  title: z.string(),
  description: z.string(),
  qualitativeReason: z.string().nullable(),
  targetYear: z.number().int().nullable(),
  ownerPersonId: z.uuid().nullable(),
  ownerPersonName: z.string().nullable(),
  ownerOrgUnitId: z.uuid().nullable(),
  ownerOrgUnitName: z.string().nullable(),
  sortOrder: z.number().int(),
  parents: z.array(linkTargetSchema),
  indicators: z.array(z.object({ id: z.uuid(), name: z.string(), unit: z.string() })),
  assignees: z.array(z.object({ id: z.uuid(), name: z.string() })),
  version: z.number().int(),
});
export type Goal = z.infer<typeof goalSchema>;

export const goalInput = z.object({
  kind: z.enum(goalKinds, { error: 'Välj en typ av mål.' }),
  title: requiredText(500),
  description: text(10_000).optional(),
  qualitativeReason: text(2000).nullish(),
  targetYear: year.nullish(),
  ownerPersonId: z.uuid({ error: 'Välj en person.' }).nullish(),
  ownerOrgUnitId: z.uuid({ error: 'Välj en enhet.' }).nullish(),
  sortOrder: z.number().int().optional(),
  parentLineageIds: ids.default([]),
  indicatorIds: ids.default([]),
  assigneeUnitIds: ids.default([]),
});
export const updateGoalInput = goalInput.extend({ version });

export const assignmentSchema = z.object({
  id: z.uuid(),
  lineageId: z.uuid(),
  planId: z.uuid(),
  title: z.string(),
  description: z.string(),
  dueOn: z.string().nullable(),
  parentLineageId: z.uuid().nullable(),
  parentTitle: z.string().nullable(),
  assignees: z.array(z.object({ id: z.uuid(), name: z.string() })),
  sortOrder: z.number().int(),
  version: z.number().int(),
});
export const assignmentInput = z.object({
  title: requiredText(500),
  description: text(10_000).optional(),
  dueOn: isoDate.nullish(),
  parentLineageId: z.uuid({ error: 'Ogiltigt id.' }).nullish(),
  assigneeUnitIds: ids.min(1, { error: 'Välj minst en mottagare av uppdraget.' }),
  sortOrder: z.number().int().optional(),
});
export const updateAssignmentInput = assignmentInput.extend({ version });

export const activitySchema = z.object({
  id: z.uuid(),
  planId: z.uuid(),
  goalId: z.uuid().nullable(),
  what: z.string(),
  who: z.string(),
  startsOn: z.string().nullable(),
  dueOn: z.string().nullable(),
  sortOrder: z.number().int(),
  version: z.number().int(),
});
export const activityInput = z.object({
  goalId: z.uuid({ error: 'Välj ett mål.' }).nullish(),
  what: requiredText(1000),
  who: text(300).optional(),
  startsOn: isoDate.nullish(),
  dueOn: isoDate.nullish(),
  sortOrder: z.number().int().optional(),
});
export const updateActivityInput = activityInput.extend({ version });

export const indicatorSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  unit: z.string(),
  description: z.string(),
  koladaKpi: z.string().nullable(),
  direction: z.enum(['higher', 'lower', 'band', 'neutral']),
  frequency: z.enum(['month', 'tertial', 'half_year', 'year']),
  genderSplit: z.boolean(),
});
export const indicatorInput = z.object({
  name: requiredText(300),
  unit: text(50).optional(),
  description: text(5000).optional(),
  koladaKpi: z
    .string()
    .trim()
    .regex(/^[NU]\d{5}$/, { error: 'Ett Kolada-id ser ut som N00945.' })
    .nullish(),
});
