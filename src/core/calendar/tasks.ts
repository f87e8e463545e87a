// Which org units must do what for each step of the cycle, the stable key of a step's
// occurrence, and a task's state as a person sees it ("late" is never stored: it depends on today).
import { actsFor } from '../auth/access.js';
import { permissions } from '../auth/permissions.js';
import type { OrgUnitKind } from '../org/kinds.js';
import type { PlanKind } from '../plans/kinds.js';
import type { Step, StepId } from './schemas.js';

/** The kinds of unit that get a task for each step. The election gives nobody a task. */
export const taskUnitKinds: Record<StepId, readonly OrgUnitKind[]> = {
  // The budgetberedning works on KS's behalf; the ekonomichef (in KS's förvaltning) owns the omvärldsdag.
  omvarldsdag: ['kommunstyrelse'],
  budgetberedning: ['kommunstyrelse'],
  // "Underlag för planeringsförutsättningar skickas ut till nämnder och bolag."
  planeringsforutsattningar: ['kommunstyrelse', 'namnd', 'bolag'],
  namnddialog: ['kommunstyrelse'],
  preliminart_underlag: ['kommunstyrelse'],
  slutligt_forslag: ['kommunstyrelse'],
  kf_strategisk_plan: ['fullmaktige'],
  // The same kinds that own a nämndplan (planOwnerKinds): KS is also a nämnd for its own verksamhet.
  namndplan: ['kommunstyrelse', 'namnd'],
  verksamhetsplan: ['forvaltning'],
  manadsrapport: ['forvaltning'],
  // The nämnder report to KS; KS does not report to itself.
  namndrapport_1: ['namnd'],
  namndrapport_2: ['namnd'],
  namndrapport_3: ['namnd'],
  namndrapport_4: ['namnd'],
  delarsrapport: ['kommunstyrelse'],
  arsredovisning: ['kommunstyrelse'],
  val: [],
};

/** The plan a step produces, looked up in the red thread for the task's unit and budget year. */
export const stepPlanKind: Partial<Record<StepId, PlanKind>> = {
  kf_strategisk_plan: 'strategisk_plan',
  namndplan: 'namndplan',
  verksamhetsplan: 'verksamhetsplan',
};

export interface UnitRef {
  id: string;
  kind: string;
  name: string;
  shortName?: string | null;
  parentId?: string | null;
  closedOn?: string | null;
}

/** The units that get a task for the step: open units (on the step's start) of the step's kinds. */
export function taskUnitsFor<U extends UnitRef>(step: Pick<Step, 'step' | 'start'>, units: readonly U[]): U[] {
  const kinds = taskUnitKinds[step.step] as readonly string[];
  return units.filter((u) => kinds.includes(u.kind) && (!u.closedOn || u.closedOn >= step.start));
}

/**
 * The stable key of one occurrence of a step: one per month for the steps that repeat, else one
 * per budget year ('manadsrapport:2026-03', 'budgetberedning:2026-02', 'namndplan:2027').
 */
export function stepKey(step: Pick<Step, 'step' | 'start' | 'budgetYear' | 'period' | 'due'>): string {
  if (step.step === 'manadsrapport') return `${step.step}:${(step.period?.from ?? step.start).slice(0, 7)}`;
  if (step.step === 'budgetberedning') return `${step.step}:${step.start.slice(0, 7)}`;
  return `${step.step}:${step.budgetYear ?? step.due.slice(0, 4)}`;
}

export const storedTaskStates = ['not_started', 'in_progress', 'done'] as const;
export type StoredTaskState = (typeof storedTaskStates)[number];
export const taskStates = [...storedTaskStates, 'late'] as const;
export type TaskState = (typeof taskStates)[number];

export const taskStateName: Record<TaskState, string> = {
  not_started: 'Ej påbörjad',
  in_progress: 'Pågår',
  done: 'Klar',
  late: 'Försenad',
};

/** A task not done after its due day is late, whether or not work has started. */
export function taskState(task: { state: StoredTaskState; dueOn: string }, today: string): TaskState {
  if (task.state === 'done') return 'done';
  return task.dueOn < today ? 'late' : task.state;
}

/** The roles that may mark a unit's tasks in progress or done (permissions.workTasks). */
export const taskWorkerRoles = permissions.workTasks;

/**
 * The units whose tasks a person may work on, from the units where they hold a worker role: those
 * units and all below them, and the body a förvaltning serves (the förvaltning prepares its
 * nämnd's or styrelse's decisions; the kommunstyrelse's förvaltning also fullmäktige's).
 */
export function workableUnits(units: readonly UnitRef[], roleUnitIds: readonly string[]): Set<string> {
  const byId = new Map(units.map((u) => [u.id, u]));
  const children = new Map<string, string[]>();
  for (const u of units) if (u.parentId) children.set(u.parentId, [...(children.get(u.parentId) ?? []), u.id]);
  const out = new Set<string>();
  const down = (id: string) => {
    if (out.has(id)) return;
    out.add(id);
    for (const c of children.get(id) ?? []) down(c);
  };
  for (const id of roleUnitIds) {
    down(id);
    const unit = byId.get(id);
    const body = unit?.parentId && actsFor(unit, unit.parentId) ? byId.get(unit.parentId) : undefined;
    if (!body) continue;
    out.add(body.id);
    if (body.kind === 'kommunstyrelse' && body.parentId && byId.get(body.parentId)?.kind === 'fullmaktige') out.add(body.parentId);
  }
  return out;
}
