// Refuses impossible cycle settings before any cycle is generated from them.
import { AppError, type FieldError } from '../errors.js';
import { followupRules, planningRules } from './rules.js';
import { type CycleSettings, cycleSettingsSchema, settingLabels } from './settings.js';

function refusal(fields: FieldError[]): AppError {
  const first = fields[0] as FieldError;
  const key = first.field.split('.')[0] as keyof CycleSettings;
  const label = settingLabels[key] ?? first.field;
  return new AppError('validation', `${label} (${first.field}): ${first.message}`, { fields });
}

/** The settings, complete with defaults, or an AppError naming each field that is wrong and why. */
export function validateSettings(input: unknown): CycleSettings {
  const parsed = cycleSettingsSchema.safeParse(input ?? {});
  if (!parsed.success)
    throw refusal(
      parsed.error.issues.map((i) =>
        i.code === 'unrecognized_keys'
          ? { field: i.keys.join(', '), message: 'Det finns ingen sådan inställning.' }
          : { field: i.path.map(String).join('.') || 'settings', message: i.message },
      ),
    );
  const s = parsed.data;
  const broken = [...planningRules, ...followupRules].flatMap((r) => {
    const message = r.broken(s);
    return message ? [{ field: r.field, message }] : [];
  });
  if (broken.length) throw refusal(broken);
  return s;
}
