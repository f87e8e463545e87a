// Answer shapes of the red thread's API (plans and the thread itself), shared by the server
// (validation and the OpenAPI document) and the web (its types are inferred from these).
import { z } from 'zod';
import { orgUnitKinds } from '../org/kinds.js';
import { goalKinds, planKinds } from './kinds.js';
import type { TreeNode } from './redThread.js';
import { activitySchema, assignmentSchema, goalSchema, planSchema, strategicAreaSchema } from './schemas.js';

const taken = z.object({ takenUp: z.boolean().describe('nämndens plan tar upp det') });
export const planDetailSchema = z.object({
  plan: planSchema,
  canEdit: z.boolean(),
  versions: z.array(planSchema),
  areas: z.array(strategicAreaSchema),
  goals: z.array(goalSchema),
  assignments: z.array(assignmentSchema),
  activities: z.array(activitySchema),
  fromKf: z.object({ goals: z.array(goalSchema.extend(taken.shape)), assignments: z.array(assignmentSchema.extend(taken.shape)) }),
});
export type PlanDetail = z.infer<typeof planDetailSchema>;

export const creatableSchema = z.object({ kind: z.enum(planKinds), orgUnitIds: z.array(z.uuid()) });
export type Creatable = z.infer<typeof creatableSchema>;
export const planListSchema = z.object({
  items: z.array(planSchema),
  creatable: z
    .array(creatableSchema)
    .describe('var den inloggade får skapa varje slags plan (en utvecklingsplan räknad som den egna); tom lista: ingen plan alls'),
});

const nodeTypes = ['vision', 'program', 'strategic_area', 'goal'] as const;
export const threadNodeSchema = z.object({
  id: z.uuid().describe('lineage: stable across versions'),
  type: z.enum(nodeTypes),
  planKind: z.enum(planKinds),
  goalKind: z.enum(goalKinds).nullable(),
  title: z.string(),
  planId: z.uuid(),
  goalId: z.uuid().nullable(),
  orgUnitId: z.uuid(),
  orgUnitName: z.string(),
  personName: z.string().nullable(),
});
/** A node of the thread as the API sends it (without the integrity flags). */
export type ThreadNodeRef = z.infer<typeof threadNodeSchema>;

// Recursive, so it is named: the OpenAPI document refers to it instead of unfolding it.
export const treeNodeSchema: z.ZodType<TreeNode> = z
  .object({
    kind: z.enum(nodeTypes),
    id: z.string(),
    title: z.string(),
    orgUnit: z.string(),
    planKind: z.enum(planKinds),
    goalKind: z.enum(goalKinds).nullable(),
    goalId: z.string().nullable(),
    planId: z.string(),
    get children() {
      return z.array(treeNodeSchema);
    },
  })
  .meta({ id: 'RedThreadNode' });

export const redThreadSchema = z.object({ year: z.number().int(), roots: z.array(treeNodeSchema), untraced: z.array(threadNodeSchema) });
export type RedThread = z.infer<typeof redThreadSchema>;
export const threadNodeDetailSchema = z.object({
  year: z.number().int(),
  node: threadNodeSchema,
  pathsUp: z.array(z.array(threadNodeSchema)),
  below: treeNodeSchema,
});
export type ThreadNodeDetail = z.infer<typeof threadNodeDetailSchema>;
export const unitThreadSchema = z.object({
  year: z.number().int(),
  goals: z.array(z.object({ goal: threadNodeSchema, chains: z.array(z.array(threadNodeSchema)) })),
});
export type UnitThread = z.infer<typeof unitThreadSchema>;

export const goalRefSchema = z.object({
  lineageId: z.uuid(),
  goalId: z.uuid().nullable(),
  planId: z.uuid(),
  title: z.string(),
  planKind: z.enum(planKinds),
  orgUnitName: z.string(),
  personName: z.string().nullable(),
});
export type GoalRef = z.infer<typeof goalRefSchema>;
export const integritySchema = z.object({
  year: z.number().int(),
  untraced: z.array(goalRefSchema),
  notTakenUp: z.array(
    z.object({
      type: z.enum(['goal', 'assignment']),
      lineageId: z.uuid(),
      title: z.string(),
      orgUnitId: z.uuid(),
      orgUnitName: z.string(),
    }),
  ),
  unmeasured: z.array(goalRefSchema.extend({ problem: z.enum(['no_indicator', 'no_owner']) })),
  unitsWithoutPlan: z.array(
    z.object({ orgUnitId: z.uuid(), orgUnitName: z.string(), kind: z.enum(orgUnitKinds), planKind: z.enum(planKinds) }),
  ),
  counts: z.object({
    untraced: z.number().int(),
    notTakenUp: z.number().int(),
    unmeasured: z.number().int(),
    unitsWithoutPlan: z.number().int(),
  }),
});
export type Integrity = z.infer<typeof integritySchema>;
