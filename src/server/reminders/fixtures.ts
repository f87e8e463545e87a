// Test support for the reminders tests: tasks with due dates relative to a day, in units of the demo.
import type { Kysely } from 'kysely';
import { addDays } from '../../core/calendar/dates.js';
import type { DB } from '../db/schema.js';

export async function unitByName(db: Kysely<DB>, name: string) {
  return db.selectFrom('org_unit').select(['id', 'municipality_id']).where('name', '=', name).executeTakeFirstOrThrow();
}

export async function personByEmail(db: Kysely<DB>, email: string) {
  return db.selectFrom('person').select(['id', 'name', 'municipality_id']).where('email', '=', email).executeTakeFirstOrThrow();
}

/** A task of `unit` due `offset` days from `today`; the step key is unique per call unless given. */
export async function addTask(
  db: Kysely<DB>,
  unit: { id: string; municipality_id: string },
  today: string,
  offset: number,
  opts: { step?: string; stepKey?: string; state?: 'not_started' | 'in_progress' | 'done' } = {},
) {
  const dueOn = addDays(today, offset);
  const step = opts.step ?? 'namndrapport_1';
  const state = opts.state ?? 'not_started';
  const row = await db
    .insertInto('calendar_task')
    .values({
      municipality_id: unit.municipality_id,
      year: Number(dueOn.slice(0, 4)),
      step,
      step_key: opts.stepKey ?? `${step}:test-${offset}-${Math.random().toString(36).slice(2, 8)}`,
      org_unit_id: unit.id,
      due_on: dueOn,
      state,
      done_at: state === 'done' ? new Date() : null,
      updated_at: new Date(),
    })
    .returning(['id', 'step_key'])
    .executeTakeFirstOrThrow();
  return { ...row, dueOn };
}
