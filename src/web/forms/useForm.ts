// Validate-on-submit state for one form (UI.md rule 5): the per-field messages, a message for
// the whole form, and an attempt counter that remounts the error summary so it takes focus on
// every failed submit, not only the first. Also maps the server's error shape onto the fields.
import { useState } from 'react';
import type { ZodType } from 'zod';
import { isApiError } from '../api.js';
import { useErrorTitle } from '../app/title.js';
import i18n from '../i18n/index.js';

export interface FieldInfo {
  id: string;
  label: string;
}

export type Errors<F extends string> = Partial<Record<F, string>>;

export interface FormState<F extends string> {
  fields: Record<F, FieldInfo>;
  errors: Errors<F>;
  formError: string | null;
  /** True when the server refused because someone else changed the data first. */
  stale: boolean;
  attempt: number;
  hasErrors: boolean;
  /** Shows client-side errors; returns true when there were none. */
  check: (errors: Errors<F>) => boolean;
  /** Shows an error from the API: field messages at their fields, the rest for the whole form. */
  fail: (err: unknown) => void;
  reset: () => void;
}

export function useForm<F extends string>(fields: Record<F, FieldInfo>): FormState<F> {
  const [errors, setErrors] = useState<Errors<F>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [stale, setStale] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const hasErrors = Object.keys(errors).length > 0 || formError !== null;
  useErrorTitle(hasErrors);

  const show = (e: Errors<F>, message: string | null, isStale = false) => {
    setErrors(e);
    setFormError(message);
    setStale(isStale);
    setAttempt((a) => a + 1);
  };

  return {
    fields,
    errors,
    formError,
    stale,
    attempt,
    hasErrors,
    check: (e) => {
      const clean = Object.fromEntries(Object.entries(e).filter(([, v]) => v)) as Errors<F>;
      if (Object.keys(clean).length === 0) {
        show({}, null);
        return true;
      }
      show(clean, null);
      return false;
    },
    fail: (err) => {
      if (!isApiError(err)) {
        show({}, i18n.t('errors.unexpected'));
        return;
      }
      if (err.code === 'stale_version') {
        show({}, i18n.t('errors.stale'), true);
        return;
      }
      const mapped: Errors<F> = {};
      const unplaced: string[] = [];
      for (const f of err.fields) {
        if (f.field in fields && !mapped[f.field as F]) mapped[f.field as F] = f.message;
        else unplaced.push(f.message);
      }
      // A validation error whose every field is shown at its field needs no extra sentence;
      // a rule violation or other refusal keeps the server's message, which names the rule.
      const message = err.code === 'validation' && unplaced.length === 0 && Object.keys(mapped).length > 0 ? null : err.message;
      show(mapped, message);
    },
    reset: () => {
      setErrors({});
      setFormError(null);
      setStale(false);
    },
  };
}

/**
 * A form's value checked with the server's own input schema from core (the one contract): the
 * first issue of each field becomes its message, in the form's words where it has them (they
 * follow the reader's language), else the schema's. Issues of fields the form lacks are dropped.
 */
export function schemaErrors<F extends string>(schema: ZodType, value: unknown, words: Errors<F> = {}): Errors<F> {
  const result = schema.safeParse(value);
  const errors: Errors<F> = {};
  for (const issue of result.error?.issues ?? []) {
    const field = String(issue.path[0] ?? '') as F;
    if (field && !errors[field]) errors[field] = words[field] ?? issue.message;
  }
  return errors;
}

// Client-side checks; the server checks again with the same rules.
export const isBlank = (v: string) => v.trim() === '';
export const isIsoDate = (v: string) => /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v));
export const isEmail = (v: string) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v.trim());
export const today = () => {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
};
