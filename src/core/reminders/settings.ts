// The reminder settings: when, relative to a task's due date, its responsible people are
// reminded. Every field has a default; a municipality may change them (PUT /api/reminders/settings).
import { z } from 'zod';
import { invalidField } from '../errors.js';

const dayError = { error: 'Ange ett helt antal dagar 0–365.' };
const days = (min: number) => z.number(dayError).int(dayError).min(min, dayError).max(365, dayError);

// Strict: a misspelt setting is refused rather than silently replaced by its default.
export const reminderSettingsSchema = z.strictObject({
  /** Days before the due date on which a reminder goes out; 0 is the due day itself. */
  daysBefore: z
    .array(days(0))
    .max(10, { error: 'Högst tio påminnelser före.' })
    .default(() => [14, 3]),
  /** Days after the due date on which a task still not done is reminded as late. */
  daysLate: z
    .array(days(1))
    .max(10, { error: 'Högst tio påminnelser om försening.' })
    .default(() => [1, 7]),
  /**
   * How many days a reminder the sweep did not get to (the server was down) may still be sent
   * late. Older ones are dropped: a "14 days left" reminder is wrong when 3 are left.
   */
  catchUpDays: z.number(dayError).int(dayError).min(0, dayError).max(30, { error: 'Ange högst 30 dagar.' }).default(7),
});

export type ReminderSettings = z.infer<typeof reminderSettingsSchema>;

export const defaultReminderSettings: ReminderSettings = reminderSettingsSchema.parse({});

/** The labels an administrator sees next to each setting. */
export const reminderSettingLabels: Record<keyof ReminderSettings, string> = {
  daysBefore: 'Påminn så många dagar före sista dag',
  daysLate: 'Påminn så många dagar efter sista dag om uppgiften inte är klar',
  catchUpDays: 'Skicka en missad påminnelse högst så många dagar för sent',
};

/**
 * Overrides on top of the defaults, checked: the same day twice is refused with the field named.
 * Throws a validation AppError; returns the complete settings.
 */
export function resolveReminderSettings(overrides: unknown): ReminderSettings {
  const parsed = reminderSettingsSchema.safeParse(overrides ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.length ? String(issue.path[0]) : 'settings';
    const message =
      issue?.code === 'unrecognized_keys'
        ? `Inställningen finns inte: ${issue.keys.join(', ')}.`
        : (issue?.message ?? 'Ogiltig inställning.');
    throw invalidField(issue?.code === 'unrecognized_keys' ? 'settings' : field, message);
  }
  const s = parsed.data;
  for (const field of ['daysBefore', 'daysLate'] as const) {
    if (new Set(s[field]).size !== s[field].length) throw invalidField(field, 'Samma dag står två gånger.');
  }
  return s;
}
