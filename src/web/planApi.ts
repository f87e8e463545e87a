// The red thread's part of the fetch client: plans and their content, indicators, the thread
// itself and its integrity list. Shapes come from core, so server and web cannot drift apart.
import type { z } from 'zod';
import type {
  Creatable,
  GoalRef,
  Integrity,
  PlanDetail,
  RedThread,
  ThreadNodeDetail,
  ThreadNodeRef,
  UnitThread,
} from '../core/plans/api.js';
import type { GoalKind, PlanKind, PlanStatus } from '../core/plans/kinds.js';
import type { TreeNode } from '../core/plans/redThread.js';
import type {
  Goal,
  LinkTarget,
  Plan,
  activityInput,
  activitySchema,
  adoptionOptionsSchema,
  assignmentInput,
  assignmentSchema,
  createPlanInput,
  goalInput,
  indicatorInput,
  indicatorSchema,
  planStatusInput,
  strategicAreaInput,
  strategicAreaSchema,
  updatePlanInput,
} from '../core/plans/schemas.js';
import { request } from './api.js';

export type {
  Creatable,
  Goal,
  GoalRef,
  Integrity,
  LinkTarget,
  Plan,
  PlanDetail,
  RedThread,
  ThreadNodeDetail,
  ThreadNodeRef,
  TreeNode,
  UnitThread,
};
export type StrategicArea = z.infer<typeof strategicAreaSchema>;
export type Assignment = z.infer<typeof assignmentSchema>;
export type Activity = z.infer<typeof activitySchema>;
export type Indicator = z.infer<typeof indicatorSchema>;
export type GoalInput = z.input<typeof goalInput>;
export type AreaInput = z.input<typeof strategicAreaInput>;
export type AssignmentInput = z.input<typeof assignmentInput>;
export type ActivityInput = z.input<typeof activityInput>;
export type IndicatorInput = z.input<typeof indicatorInput>;

export interface PlanFilter {
  kind?: PlanKind;
  orgUnitId?: string;
  personId?: string;
  year?: number;
}

export type NewPlan = z.input<typeof createPlanInput>;
export type PlanText = z.input<typeof updatePlanInput>;

/** A change of status; at adoption the deciding organ (KF, the nämnd, the bolag's styrelse) or, for plans a manager fastställer, the manager. */
export type StatusChange = z.input<typeof planStatusInput>;

export type AdoptionOptions = z.infer<typeof adoptionOptionsSchema>;

export type { GoalKind, PlanKind, PlanStatus };

const at = (id: string) => encodeURIComponent(id);

export const planApi = {
  plans: (f: PlanFilter) => request<{ items: Plan[]; creatable: Creatable[] }>('GET', '/plans', undefined, { ...f }),
  plan: (id: string) => request<PlanDetail>('GET', `/plans/${at(id)}`),
  createPlan: (input: NewPlan) => request<Plan>('POST', '/plans', input),
  updatePlan: (id: string, input: PlanText) => request<Plan>('PATCH', `/plans/${at(id)}`, input),
  changeStatus: (id: string, input: StatusChange) => request<Plan>('POST', `/plans/${at(id)}/status`, input),
  adoption: (id: string) => request<AdoptionOptions>('GET', `/plans/${at(id)}/adoption`),
  newVersion: (id: string) => request<Plan>('POST', `/plans/${at(id)}/versions`),
  rollover: (id: string) => request<Plan>('POST', `/plans/${at(id)}/rollover`),
  linkTargets: (id: string) => request<{ items: LinkTarget[] }>('GET', `/plans/${at(id)}/link-targets`),

  createGoal: (planId: string, input: GoalInput) => request<Goal>('POST', `/plans/${at(planId)}/goals`, input),
  updateGoal: (id: string, input: GoalInput & { version: number }) => request<Goal>('PATCH', `/goals/${at(id)}`, input),
  deleteGoal: (id: string, version: number) => request<void>('DELETE', `/goals/${at(id)}`, undefined, { version }),

  createArea: (planId: string, input: AreaInput) => request<StrategicArea>('POST', `/plans/${at(planId)}/strategic-areas`, input),
  updateArea: (id: string, input: AreaInput & { version: number }) => request<StrategicArea>('PATCH', `/strategic-areas/${at(id)}`, input),
  deleteArea: (id: string, version: number) => request<void>('DELETE', `/strategic-areas/${at(id)}`, undefined, { version }),

  createAssignment: (planId: string, input: AssignmentInput) => request<Assignment>('POST', `/plans/${at(planId)}/assignments`, input),
  updateAssignment: (id: string, input: AssignmentInput & { version: number }) =>
    request<Assignment>('PATCH', `/assignments/${at(id)}`, input),
  deleteAssignment: (id: string, version: number) => request<void>('DELETE', `/assignments/${at(id)}`, undefined, { version }),

  createActivity: (planId: string, input: ActivityInput) => request<Activity>('POST', `/plans/${at(planId)}/activities`, input),
  updateActivity: (id: string, input: ActivityInput & { version: number }) => request<Activity>('PATCH', `/activities/${at(id)}`, input),
  deleteActivity: (id: string, version: number) => request<void>('DELETE', `/activities/${at(id)}`, undefined, { version }),

  indicators: (q?: string) => request<{ items: Indicator[] }>('GET', '/indicators', undefined, { q }),
  createIndicator: (input: IndicatorInput) => request<Indicator>('POST', '/indicators', input),

  redThread: (year: number) => request<RedThread>('GET', '/red-thread', undefined, { year }),
  threadNode: (id: string, year: number) => request<ThreadNodeDetail>('GET', `/red-thread/nodes/${at(id)}`, undefined, { year }),
  unitThread: (id: string, year: number) => request<UnitThread>('GET', `/red-thread/units/${at(id)}`, undefined, { year }),
  integrity: (year: number) => request<Integrity>('GET', '/integrity', undefined, { year }),
};
