// The annual cycle (årshjul) of one calendar year, generated from the rules: the one function
// every view, export and reminder calls, so the wheel, the list and the deadlines agree.
import { invalidField } from '../errors.js';
import { electionDay, electionStep, isElectionYear } from './election.js';
import { followupSteps } from './followup.js';
import { planningSteps } from './planning.js';
import type { AnnualCycle } from './schemas.js';
import { type CycleSettings, defaultSettings } from './settings.js';

export const calendarYears = { min: 2000, max: 2100 } as const;

/**
 * The cycle of calendar year `year`: planning for budget year year+1, follow-up of year (and the
 * årsredovisning of year−1), and the election in an election year. Steps are ordered by due date.
 * `settings` must have passed validateSettings; the defaults always have.
 */
export function annualCycle(year: number, settings: CycleSettings = defaultSettings): AnnualCycle {
  if (!Number.isInteger(year) || year < calendarYears.min || year > calendarYears.max)
    throw invalidField('year', `Årshjulet finns för åren ${calendarYears.min}–${calendarYears.max}, inte för ${year}.`);
  const electionYear = isElectionYear(year);
  const ctx = { year, settings, electionYear };
  const val = electionStep(year);
  const steps = [...planningSteps(ctx), ...followupSteps(ctx), ...(val ? [val] : [])];
  // The sort is stable: steps due the same day keep the order of the process (KF's decision
  // before the nämndplan that rests on it).
  steps.sort((a, b) => a.due.localeCompare(b.due));
  return { year, electionYear, electionDay: electionDay(year), steps };
}
