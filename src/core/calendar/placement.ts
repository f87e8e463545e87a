// Placement: each step of the cycle lands on the meeting of the body that must act on it (the
// KF meeting in September, each nämnd's April meeting, the next KS after it …). Without a
// meeting in the step's month the step stays due at the end of its month. The one function that
// decides a task's due date, so the wheel, the task list, the CLI and the reminders agree.
import { addDays } from './dates.js';
import type { AnnualCycle, Step, StepId } from './schemas.js';
import { stepKey, taskUnitsFor, type UnitRef } from './tasks.js';

export interface MeetingRef {
  id: string;
  orgUnitId: string;
  heldOn: string;
}

export interface Onward {
  body: Step['goesTo'][number]['body'];
  orgUnitId: string | null;
  by: string;
  meetingId: string | null;
}

/** One org unit's part in one occurrence of a step: the future task. */
export interface Occurrence {
  step: StepId;
  stepKey: string;
  year: number;
  orgUnitId: string;
  due: string;
  meetingId: string | null;
  onward: Onward[];
}

/** Steps decided at a meeting of the owning body; the others (a dialog, a förvaltning's work) keep their dates. */
const decidedAtMeeting: ReadonlySet<StepId> = new Set([
  'planeringsforutsattningar',
  'kf_strategisk_plan',
  'namndplan',
  'namndrapport_1',
  'namndrapport_2',
  'namndrapport_3',
  'namndrapport_4',
  'delarsrapport',
  'arsredovisning',
]);

const max = (a: string, b: string) => (a > b ? a : b);

export interface Placed {
  /** The cycle with each step's due date (and onward dates) moved to the last owner's meeting. */
  cycle: AnnualCycle;
  occurrences: Occurrence[];
}

/**
 * Places every step of `cycle` for every unit that must act on it. A step decided at a meeting
 * lands on the owner's last meeting in its due month on or after its start and after the decision
 * it rests on (KF's budget for a nämndplan, the nämnder's nämndrapport 3 for the delårsrapport);
 * an onward body gets its first meeting after the owner's, no later than the step's deadline for
 * it. Without such a meeting the deadline holds. Never earlier than the input; later than the
 * settings' deadline only when the input itself falls on that deadline's day or later.
 */
export function placeSteps(cycle: AnnualCycle, units: readonly UnitRef[], meetings: readonly MeetingRef[]): Placed {
  const byUnit = new Map<string, string[]>();
  const meetingAt = new Map<string, string>();
  for (const m of meetings) {
    byUnit.set(m.orgUnitId, [...(byUnit.get(m.orgUnitId) ?? []), m.heldOn]);
    meetingAt.set(`${m.orgUnitId}|${m.heldOn}`, m.id);
  }
  for (const dates of byUnit.values()) dates.sort();
  const open = (kind: string) => units.find((u) => u.kind === kind && !u.closedOn)?.id ?? null;
  const bodies = { kommunstyrelse: open('kommunstyrelse'), fullmaktige: open('fullmaktige') };

  /** The last meeting of the unit within [from, to], or else the deadline `to` (never before `floor`). */
  const lastIn = (unitId: string | null, from: string, to: string, floor: string) => {
    const day = [...((unitId && byUnit.get(unitId)) || [])].reverse().find((d) => d >= from && d <= to);
    return day ? { due: day, meetingId: meetingAt.get(`${unitId}|${day}`) ?? null } : { due: max(to, floor), meetingId: null };
  };
  /** The first meeting of the unit after `after` and no later than `by`, or `by` when there is none. */
  const firstAfter = (unitId: string | null, after: string, by: string) => {
    const day = ((unitId && byUnit.get(unitId)) || []).find((d) => d > after && d <= by);
    return day ? { by: day, meetingId: meetingAt.get(`${unitId}|${day}`) ?? null } : { by: max(by, after), meetingId: null };
  };

  const occurrences: Occurrence[] = [];
  const dueOf = (id: StepId, unitId?: string) =>
    occurrences.filter((o) => o.step === id && (!unitId || o.orgUnitId === unitId)).map((o) => o.due);
  const parentOf = new Map(units.map((u) => [u.id, u.parentId ?? null]));

  /** The day the decisions a step rests on are taken (the last of them), or null. */
  function inputDue(step: Step, unitId: string): string | null {
    const last = (dates: string[]) => (dates.length ? dates.reduce(max) : null);
    if (step.step === 'namndplan') return last(dueOf('kf_strategisk_plan'));
    if (step.step === 'delarsrapport') return last(dueOf('namndrapport_3'));
    if (step.step === 'verksamhetsplan') return last(dueOf('namndplan', parentOf.get(unitId) ?? ''));
    return null;
  }

  // Process order (the cycle's order by due date) places every input before what rests on it.
  const placedSteps = cycle.steps.map((step) => {
    const key = stepKey(step);
    const mine: Occurrence[] = [];
    for (const unit of taskUnitsFor(step, units)) {
      const input = inputDue(step, unit.id);
      // A meeting must come after the decision it rests on; a deadline may fall on the same day.
      const floor = input ? max(step.start, input) : step.start;
      const from = [step.start, `${step.due.slice(0, 7)}-01`, input ? addDays(input, 1) : step.start].reduce(max);
      const placed = decidedAtMeeting.has(step.step)
        ? lastIn(unit.id, from, step.due, floor)
        : { due: max(step.due, floor), meetingId: null };
      const onward = step.goesTo.map((g) => ({ body: g.body, orgUnitId: bodies[g.body], ...firstAfter(bodies[g.body], placed.due, g.by) }));
      mine.push({
        step: step.step,
        stepKey: key,
        year: cycle.year,
        orgUnitId: unit.id,
        due: placed.due,
        meetingId: placed.meetingId,
        onward,
      });
    }
    occurrences.push(...mine);
    if (!mine.length) return step;
    // The step as a whole is done when its last owner is; onward bodies likewise.
    return {
      ...step,
      due: mine.map((o) => o.due).reduce(max),
      goesTo: step.goesTo.map((g, i) => ({ ...g, by: mine.map((o) => (o.onward[i] as Onward).by).reduce(max) })),
    };
  });
  const steps = [...placedSteps].sort((a, b) => a.due.localeCompare(b.due));
  return { cycle: { ...cycle, steps }, occurrences };
}
