// What a year's stored tasks must become so that they match the placed cycle: the one function
// that decides which tasks are created, moved, linked to a plan or removed, whether a person
// generates the year's tasks or a meeting is added, moved or deleted. The server only applies it.
import type { PlanKind } from '../plans/kinds.js';
import type { Occurrence } from './placement.js';
import { type StoredTaskState, stepPlanKind } from './tasks.js';

/** A stored task as far as reconciling needs it. */
export interface StoredTaskRef {
  id: string;
  stepKey: string;
  orgUnitId: string;
  dueOn: string;
  meetingId: string | null;
  state: StoredTaskState;
  planId: string | null;
}

/** One task per step occurrence and unit: the key both sides are matched on. */
export const occurrenceKey = (o: { stepKey: string; orgUnitId: string }): string => `${o.stepKey}|${o.orgUnitId}`;

/** The plan a task's step produces for its unit ('namndplan:2027' → the unit's nämndplan for 2027), or null. */
export function producedPlanRef(
  o: Pick<Occurrence, 'step' | 'stepKey' | 'orgUnitId'>,
): { kind: PlanKind; orgUnitId: string; year: number } | null {
  const kind = stepPlanKind[o.step];
  // The key of a yearly step ends in its budget year, the year its plan is for.
  const year = Number(o.stepKey.split(':')[1]?.slice(0, 4));
  return kind && Number.isInteger(year) ? { kind, orgUnitId: o.orgUnitId, year } : null;
}

/**
 * `generate`: the year's tasks become what the cycle produces (missing ones created, plans linked,
 * unfinished ones no step produces any more removed). `meetings`: only the due date and meeting of
 * unfinished tasks follow the placement; a meeting edit creates and removes nothing, since that is
 * the cycle’s stewards’ decision (decision 0010).
 */
export type ReconcileMode = 'generate' | 'meetings';

export interface TaskChanges {
  create: (Occurrence & { planId: string | null })[];
  /** Existing tasks to update: `moved` when the due date or meeting changes, else only the plan link. */
  update: {
    id: string;
    stepKey: string;
    orgUnitId: string;
    from: string;
    dueOn: string;
    meetingId: string | null;
    planId: string | null;
    moved: boolean;
  }[];
  /** Unfinished tasks that no step of the cycle produces any more. */
  remove: StoredTaskRef[];
  /** Done tasks that no step produces any more: kept with their dates, shown as outside the cycle. */
  retired: StoredTaskRef[];
  unchanged: number;
}

/**
 * Matches the year's placed occurrences with its stored tasks. A done task is never moved nor
 * removed: it records what happened. `plans` maps an occurrence key to the plan that has appeared
 * for it (generate only).
 */
export function reconcileTasks(
  occurrences: readonly Occurrence[],
  tasks: readonly StoredTaskRef[],
  mode: ReconcileMode,
  plans: ReadonlyMap<string, string> = new Map(),
): TaskChanges {
  const out: TaskChanges = { create: [], update: [], remove: [], retired: [], unchanged: 0 };
  const byKey = new Map(tasks.map((t) => [occurrenceKey(t), t]));
  const produced = new Set<string>();
  for (const o of occurrences) {
    const key = occurrenceKey(o);
    produced.add(key);
    const planId = mode === 'generate' ? (plans.get(key) ?? null) : null;
    const t = byKey.get(key);
    if (!t) {
      if (mode === 'generate') out.create.push({ ...o, planId });
      continue;
    }
    const moved = t.state !== 'done' && (t.dueOn !== o.due || t.meetingId !== o.meetingId);
    const link = planId !== null && t.planId !== planId;
    if (!moved && !link) {
      out.unchanged++;
      continue;
    }
    out.update.push({
      id: t.id,
      stepKey: t.stepKey,
      orgUnitId: t.orgUnitId,
      from: t.dueOn,
      dueOn: moved ? o.due : t.dueOn,
      meetingId: moved ? o.meetingId : t.meetingId,
      planId: link ? planId : t.planId,
      moved,
    });
  }
  for (const t of tasks) {
    if (produced.has(occurrenceKey(t))) continue;
    if (t.state === 'done') out.retired.push(t);
    else if (mode === 'generate') out.remove.push(t);
    else out.unchanged++;
  }
  return out;
}

/** The meetings a cycle is placed on: from January of the year before to December of the year after. */
export const meetingWindow = (year: number) => ({ from: `${year - 1}-01-01`, to: `${year + 1}-12-31` });

/** The cycles (calendar years) whose placement a meeting on one of `days` can change: the inverse of meetingWindow. */
export function cyclesReaching(days: readonly string[]): number[] {
  const years = new Set<number>();
  for (const d of days) for (const dy of [-1, 0, 1]) years.add(Number(d.slice(0, 4)) + dy);
  return [...years].sort((a, b) => a - b);
}
