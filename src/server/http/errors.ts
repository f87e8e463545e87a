// AppError codes mapped to HTTP statuses in this one place; nothing else picks a status.
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { AppError, type ErrorCode, defaultMessages, fail } from '../../core/errors.js';
import { englishDefaults, issueMessage, preferredLanguage } from '../../core/language.js';

const statusOf: Record<ErrorCode, ContentfulStatusCode> = {
  validation: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  stale_version: 409,
  org_rule: 422,
  plan_rule: 422,
  budget_rule: 422,
  throttled: 429,
  payload_too_large: 413,
  unsupported_media_type: 415,
  bad_credentials: 401,
  // A service outside Styr (Kolada) did not answer: the request may succeed later.
  unavailable: 503,
  internal: 500,
};

export const httpStatus = (code: ErrorCode) => statusOf[code];

export function errorBody(err: AppError) {
  return { error: { code: err.code, message: err.message, rule: err.rule, fields: err.fields } };
}

// Two writers racing past the same check (two people creating the first scenario of a year at the
// same moment) end in the database's own refusal; that is a conflict to retry, not a server fault.
const raceCodes: Record<string, string> = {
  '23505': 'Uppgiften finns redan: någon annan sparade samma sak samtidigt. Ladda om och försök igen.',
  '40001': 'Någon annan ändrade samma uppgifter samtidigt. Försök igen.',
  '40P01': 'Någon annan ändrade samma uppgifter samtidigt. Försök igen.',
};

/** A generic message (a code's default) in the caller's language; messages of our own stay as written. */
function inLanguage(c: Context, err: AppError): AppError {
  if (err.message !== defaultMessages[err.code] || preferredLanguage(c.req.header('accept-language')) !== 'en') return err;
  return new AppError(err.code, englishDefaults[err.code], { fields: err.fields, rule: err.rule });
}

/** The app's onError: a known AppError is answered as such; anything else is logged, never shown. */
export function handleError(err: Error, c: Context) {
  if (err instanceof AppError) return c.json(errorBody(inLanguage(c, err)), statusOf[err.code]);
  const sqlState = (err as { code?: unknown }).code;
  if (typeof sqlState === 'string' && raceCodes[sqlState]) {
    console.warn(`[${new Date().toISOString()}] ${c.req.method} ${c.req.path} answered 409 after SQLSTATE ${sqlState}`);
    return c.json(errorBody(fail('conflict', raceCodes[sqlState])), 409);
  }
  // Hono's own refusals (a validator's unreadable body, its content-type check, a body limit)
  // are the caller's fault: they keep their 4xx and get the usual error body.
  // A data exception (SQLSTATE class 22: a number out of an integer's range, a text the encoding
  // refuses) means a value got past its schema; it is still the input's fault, not a server fault.
  // The schemas should refuse it first, naming the field (core/input.ts); this is the safety net.
  if (typeof sqlState === 'string' && sqlState.startsWith('22')) {
    console.warn(`[${new Date().toISOString()}] ${c.req.method} ${c.req.path} answered 400 after SQLSTATE ${sqlState}`);
    return c.json(errorBody(fail('validation', 'Ett värde går inte att spara: det är för stort eller har fel form.')), 400);
  }
  if (err instanceof HTTPException && err.status === 400) {
    return c.json(errorBody(fail('validation', 'Begäran kunde inte läsas. Kontrollera att den är giltig JSON.')), 400);
  }
  if (err instanceof HTTPException && err.status === 413) return c.json(errorBody(inLanguage(c, fail('payload_too_large'))), 413);
  if (err instanceof HTTPException && err.status === 415) return c.json(errorBody(inLanguage(c, fail('unsupported_media_type'))), 415);
  console.error(`[${new Date().toISOString()}] ${c.req.method} ${c.req.path}`, err);
  return c.json(errorBody(inLanguage(c, new AppError('internal', defaultMessages.internal))), 500);
}

interface ZodIssueLike {
  path: PropertyKey[];
  message: string;
}

/** Turns zod's issues into one AppError with a message per field. */
export function validationHook(result: { success: boolean; error?: { issues: ZodIssueLike[] }; target?: string }, c?: Context) {
  if (result.success || !result.error) return;
  const language = preferredLanguage(c?.req.header('accept-language'));
  const fields = result.error.issues.map((i) => ({
    field: i.path.map(String).join('.') || String(result.target ?? 'body'),
    message: issueMessage(i, language),
  }));
  // The message is for a person; the field names are for the program that shows it.
  throw fail('validation', defaultMessages.validation, { fields });
}
