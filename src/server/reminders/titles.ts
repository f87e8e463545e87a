// Step titles for tasks, in the wheel's own words, from the municipality's cycle of each year.
import type { Kysely } from 'kysely';
import { stepKey } from '../../core/calendar/tasks.js';
import type { Step } from '../../core/calendar/schemas.js';
import { cycleOf } from '../calendar/service.js';
import type { DB } from '../db/schema.js';

export interface StepTitles {
  steps: Step[];
  /** The title of the task's occurrence; else of its step (settings changed since it was made). */
  titleOf: (task: { step: string; step_key: string }) => string;
}

export async function stepTitles(db: Kysely<DB>, municipalityId: string, years: number[]): Promise<StepTitles> {
  const byKey = new Map<string, string>();
  const byStep = new Map<string, string>();
  const steps: Step[] = [];
  for (const year of years) {
    for (const s of (await cycleOf(db, municipalityId, year)).steps) {
      steps.push(s);
      byKey.set(stepKey(s), s.title);
      if (!byStep.has(s.step)) byStep.set(s.step, s.title);
    }
  }
  return { steps, titleOf: (t) => byKey.get(t.step_key) ?? byStep.get(t.step) ?? t.step };
}
