// Collects what is wrong with a ledger file line by line, so one refusal names every problem
// (up to a limit) and nothing of the file is stored.
import { type FieldError, fail } from '../errors.js';

const MAX_REPORTED = 20;

export class LineProblems {
  readonly fields: FieldError[] = [];
  private readonly messages: string[] = [];

  /** `line` 0 means the file as a whole. */
  add(line: number, message: string) {
    const field = line > 0 ? `rad ${line}` : 'fil';
    if (this.fields.length < MAX_REPORTED) this.fields.push({ field, message });
    this.messages.push(line > 0 ? `rad ${line}: ${message}` : message);
  }

  get count() {
    return this.messages.length;
  }

  /** Throws one validation error for the whole file if anything was wrong. */
  throwIfAny(what: string) {
    if (!this.messages.length) return;
    const more = this.messages.length > 1 ? ` (och ${this.messages.length - 1} fel till)` : '';
    const first = (this.messages[0] as string).replace(/\.$/, '');
    throw fail('validation', `${what} kan inte läsas in: ${first}${more}. Inget av den har sparats.`, { fields: this.fields });
  }
}

/** "-1234.5" → -123450 öre. SIE writes a decimal point and at most two decimals. */
export function parseOre(text: string): number | null {
  const m = /^(-)?(\d{1,13})(?:\.(\d{1,2}))?$/.exec(text);
  if (!m) return null;
  const ore = Number(m[2]) * 100 + Number((m[3] ?? '').padEnd(2, '0'));
  return m[1] && ore !== 0 ? -ore : ore;
}

/** "20260131" → "2026-01-31", or null when it is no real date. */
export function parseSieDate(text: string): string | null {
  const m = /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (y < 1900 || y > 2200 || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return `${m[1]}-${m[2]}-${m[3]}`;
}

/** Öre as kronor for a message: 12345 → "123,45 kr". */
export const kronorText = (ore: number) => `${(ore / 100).toFixed(2).replace('.', ',')} kr`;
