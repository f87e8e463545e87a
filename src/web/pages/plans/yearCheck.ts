// The client-side check of a year field; the server checks the same bounds (core/plans/schemas).
import type { TFunction } from 'i18next';

export function checkYear(t: TFunction, v: string, required = true): string | undefined {
  const s = v.trim();
  if (!s) return required ? t('form.requiredMessage') : undefined;
  const n = Number(s);
  return /^\d{4}$/.test(s) && n >= 2000 && n <= 2100 ? undefined : t('plan.yearFormat');
}
