// Which reminders are due at a given day: the one rule the sweep, the CLI and the tests use.
// Pure: the sweep feeds it the unfinished tasks and who is responsible for each unit, and
// stores what it returns under a unique key, so running it twice sends nothing twice.
import { addDays } from '../calendar/dates.js';
import type { StoredTaskState } from '../calendar/tasks.js';
import type { ReminderSettings } from './settings.js';

export const reminderKinds = ['before', 'late'] as const;
export type ReminderKind = (typeof reminderKinds)[number];

/** One reminder occasion of a task: `days` before or after its due date, from `triggerOn`. */
export interface ReminderSlot {
  kind: ReminderKind;
  days: number;
  triggerOn: string;
}

export interface ReminderTask {
  id: string;
  orgUnitId: string;
  dueOn: string;
  state: StoredTaskState;
}

export interface DueReminder extends ReminderSlot {
  taskId: string;
  personId: string;
  dueOn: string;
}

const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/**
 * The reminder occasion of one task on `today`, or null. Only the latest occasion that has come
 * is returned (someone with 3 days left is not told "14 days left"), and only while it is at
 * most `catchUpDays` old. Before the due date (up to and including the day) the occasions are
 * `daysBefore`; after it, when the task is late, `daysLate`. A done task has none.
 */
export function reminderSlot(task: Pick<ReminderTask, 'dueOn' | 'state'>, today: string, settings: ReminderSettings): ReminderSlot | null {
  if (task.state === 'done') return null;
  const late = today > task.dueOn;
  const kind: ReminderKind = late ? 'late' : 'before';
  const offsets = late ? settings.daysLate : settings.daysBefore;
  let best: ReminderSlot | null = null;
  for (const days of offsets) {
    const triggerOn = addDays(task.dueOn, late ? days : -days);
    if (triggerOn > today) continue;
    if (!best || triggerOn > best.triggerOn) best = { kind, days, triggerOn };
  }
  if (!best || daysBetween(best.triggerOn, today) > settings.catchUpDays) return null;
  return best;
}

/**
 * Every reminder due on `today`: for each unfinished task with an occasion today, one per
 * person responsible for the task's unit (`responsible`, from responsibleByUnit).
 */
export function remindersDue(
  tasks: readonly ReminderTask[],
  responsible: ReadonlyMap<string, readonly string[]>,
  today: string,
  settings: ReminderSettings,
): DueReminder[] {
  const out: DueReminder[] = [];
  for (const task of tasks) {
    const slot = reminderSlot(task, today, settings);
    if (!slot) continue;
    for (const personId of responsible.get(task.orgUnitId) ?? []) out.push({ ...slot, taskId: task.id, personId, dueOn: task.dueOn });
  }
  return out;
}

/** The earliest day any reminder of a task due on `dueOn` can go out, and the latest: the sweep's window. */
export function reminderWindow(today: string, settings: ReminderSettings): { dueFrom: string; dueTo: string } {
  const maxBefore = Math.max(0, ...settings.daysBefore);
  const maxLate = Math.max(0, ...settings.daysLate);
  return { dueFrom: addDays(today, -(maxLate + settings.catchUpDays)), dueTo: addDays(today, maxBefore) };
}
