// Answer shapes of the budget API (the inputs are in src/core/budget/schemas.ts).
import { z } from '@hono/zod-openapi';
import { frameKinds, resultSources } from '../../core/budget/kinds.js';
import { bodySchema, budgetVersionSchema, frameSchema, grantSchema, investmentSchema, resultSchema } from '../../core/budget/schemas.js';
import { orgUnitKinds } from '../../core/org/kinds.js';

const int = z.number().int();
const perYear = z.array(int);
export const yearQuery = z.object({
  year: z.coerce
    .number({ error: 'Ange ett budgetår.' })
    .int({ error: 'Ange ett helt år.' })
    .min(2000, { error: 'Ange ett år från 2000.' })
    .max(2100, { error: 'Ange ett år före 2100.' }),
});
export const versionQuery = z.object({ version: z.coerce.number({ error: 'Versionen saknas.' }).int().min(0) });

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
      id: z.uuid().nullable().openapi({ description: 'Scenariots id; null om scenariot har tagits bort' }),
      name: z.string(),
      budgetYear: int,
      version: int.openapi({ description: 'Scenariots version när ramförslaget skapades' }),
      changed: z.boolean().openapi({ description: 'Scenariot har ändrats sedan ramförslaget skapades' }),
      frames: z
        .array(z.object({ orgUnitId: z.string(), newKr: int }))
        .openapi({ description: 'Scenariots nya ram per nämnd som den beräknas nu' }),
    })
    .nullable()
    .openapi({ description: 'Scenariot i resursfördelningsmodellen som driftramarna kommer från, om versionen skapades så' }),
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
