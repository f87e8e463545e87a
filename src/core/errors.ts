// The one catalogue of error codes. The server maps each code to an HTTP status once
// (src/server/http/errors.ts); the message a person reads comes from here, in Swedish first.

export type ErrorCode =
  | 'validation'
  | 'unauthenticated'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'stale_version'
  | 'org_rule'
  | 'plan_rule'
  | 'budget_rule'
  | 'throttled'
  | 'payload_too_large'
  | 'unsupported_media_type'
  | 'bad_credentials'
  | 'unavailable'
  | 'internal';

export interface FieldError {
  field: string;
  message: string;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly fields: FieldError[];
  readonly rule?: string;

  constructor(code: ErrorCode, message: string, opts: { fields?: FieldError[]; rule?: string } = {}) {
    super(message);
    this.code = code;
    this.fields = opts.fields ?? [];
    this.rule = opts.rule;
  }
}

export const defaultMessages: Record<ErrorCode, string> = {
  validation: 'Uppgifterna är inte giltiga. Rätta de markerade fälten.',
  unauthenticated: 'Du behöver logga in.',
  forbidden: 'Du har inte behörighet att göra det här.',
  not_found: 'Det du söker finns inte.',
  conflict: 'Åtgärden krockar med befintliga uppgifter.',
  stale_version: 'Någon annan har ändrat uppgifterna sedan du öppnade dem. Ladda om sidan och gör din ändring igen.',
  org_rule: 'Ändringen bryter mot en regel för organisationen.',
  plan_rule: 'Ändringen bryter mot en regel för planer och mål.',
  budget_rule: 'Ändringen bryter mot en regel för budgeten.',
  throttled: 'För många misslyckade inloggningsförsök. Vänta en stund och försök igen.',
  payload_too_large: 'Det du skickade är för stort.',
  unsupported_media_type: 'Skicka uppgifterna som JSON (Content-Type: application/json).',
  bad_credentials: 'Fel e-postadress eller lösenord.',
  unavailable: 'En tjänst utanför Styr svarar inte just nu. Försök igen om en stund.',
  internal: 'Något gick fel hos oss. Försök igen om en stund.',
};

export const fail = (code: ErrorCode, message?: string, opts?: { fields?: FieldError[]; rule?: string }) =>
  new AppError(code, message ?? defaultMessages[code], opts);

export const invalidField = (field: string, message: string) => new AppError('validation', `${message}`, { fields: [{ field, message }] });
