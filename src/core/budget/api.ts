// Answer shapes and queries of the budget API (the inputs are in ./schemas.ts), shared by server and web.
import { z } from 'zod';
import { versionParam } from '../input.js';
import { orgUnitKinds } from '../org/kinds.js';
import { frameKinds, resultSources } from './kinds.js';
import { bodySchema, budgetVersionSchema, frameSchema, grantSchema, investmentSchema, resultSchema } from './schemas.js';

const int = z.number().int();
const perYear = z.array(int);
export const yearQuery = z.object({
  year: z.coerce
    .number({ error: 'Ange ett budgetår.' })
    .int({ error: 'Ange ett helt år.' })
    .min(2000, { error: 'Ange ett år från 2000.' })
    .max(2100, { error: 'Ange ett år före 2100.' }),
});
export const versionQuery = z.object({ version: versionParam(0) });

export const versionListSchema = z.object({
  budgetYear: int,
  years: perYear,
  versions: z.array(budgetVersionSchema),
  referenceId: z.uuid().nullable(),
  canEdit: z.boolean(),
});

export const versionDetailSchema = z.object({
  version: budgetVersionSchema,
  years: perYear,
  frames: z.array(frameSchema),
  totals: z.object(Object.fromEntries(frameKinds.map((k) => [k, perYear])) as Record<(typeof frameKinds)[number], typeof perYear>),
  bodies: z.array(bodySchema),
  canEdit: z.boolean(),
  scenario: z
    .object({
      id: z.uuid().nullable().describe('Scenariots id; null om scenariot har tagits bort'),
      name: z.string(),
      budgetYear: int,
      version: int.describe('Scenariots version när ramförslaget skapades'),
      changed: z.boolean().describe('Scenariot har ändrats sedan ramförslaget skapades'),
      frames: z.array(z.object({ orgUnitId: z.string(), newKr: int })).describe('Scenariots nya ram per nämnd som den beräknas nu'),
    })
    .nullable()
    .describe('Scenariot i resursfördelningsmodellen som driftramarna kommer från, om versionen skapades så'),
});

const diffRow = z.object({
  orgUnitId: z.string(),
  orgUnitName: z.string(),
  kind: z.enum(frameKinds),
  cells: z.array(z.object({ year: int, fromKr: int.nullable(), toKr: int.nullable(), changeKr: int })),
});
export const diffSchema = z.object({
  from: budgetVersionSchema,
  to: budgetVersionSchema,
  years: perYear,
  rows: z.array(diffRow),
  totals: z.array(diffRow),
});

const node = z.object({
  id: z.uuid(),
  name: z.string(),
  kind: z.enum(orgUnitKinds),
  parentId: z.uuid().nullable(),
  depth: int,
  amountKr: int.nullable(),
  childrenSumKr: int.nullable(),
  undistributedKr: int.nullable(),
});
export const distributionSchema = z.object({
  body: bodySchema,
  budgetYear: int,
  reference: budgetVersionSchema.nullable(),
  version: int,
  lines: z.array(z.object({ orgUnitId: z.uuid(), amountKr: int })),
  nodes: z.array(node),
  levels: z.array(z.object({ kind: z.enum(orgUnitKinds), sumKr: int, undistributedKr: int.nullable() })),
  frameKr: int.nullable(),
  distributedKr: int,
  undistributedKr: int.nullable(),
  canEdit: z.boolean(),
});

const comparison = z.object({ year: int, plannedKr: int, frameKr: int, differenceKr: int });
export const investmentListSchema = z.object({
  budgetYear: int,
  years: perYear,
  reference: budgetVersionSchema.nullable(),
  items: z.array(investmentSchema.extend({ canEdit: z.boolean() })),
  total: z.array(comparison),
  perBody: z.array(z.object({ orgUnitId: z.uuid(), orgUnitName: z.string(), years: z.array(comparison) })),
  editableBodies: z.array(bodySchema),
  canEditAll: z.boolean(),
});

export const grantListSchema = z.object({
  budgetYear: int,
  items: z.array(grantSchema.extend({ canEdit: z.boolean() })),
  summary: z.array(z.object({ orgUnitId: z.uuid(), orgUnitName: z.string(), appliedCount: int, appliedKr: int, notAppliedCount: int })),
  editableBodies: z.array(bodySchema),
});

export const balanceSchema = z.object({
  results: z.array(resultSchema),
  series: z.array(z.object({ year: int, source: z.enum(resultSources), resultKr: int })),
  obligations: z.array(
    z.object({
      year: int,
      deficitKr: int,
      restoredKr: int,
      remainingKr: int,
      deadlineYear: int,
      status: z.enum(['met', 'planned', 'open', 'overdue']),
      metInYear: int.nullable(),
      planned: z.boolean(),
    }),
  ),
  canEdit: z.boolean(),
});
