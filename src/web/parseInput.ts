// Periods and numbers as people type or paste them: "2026-t1", and numbers the Swedish way
// (decimal comma, space or no-break space thousands, true minus) as well as the English way.
// Free of the browser and of i18n, so the paste parser can be tested in Node.
import { isPeriod as isCorePeriod } from '../core/period.js';

/** "2026-t1" → "2026-T1"; what the API accepts, or the text unchanged for the API to refuse. */
export const normalisePeriod = (text: string) => text.trim().toUpperCase();

/** Whether the text, once normalised, is a period by core's one grammar (src/core/period.ts). */
export const isPeriod = (text: string) => isCorePeriod(normalisePeriod(text));

/**
 * A number as typed or pasted: "1 234,5", "1 234,5", "−3,2", "12.5". Null for an empty text,
 * NaN for anything that is not a number. With both "." and "," the comma is the decimal sign
 * ("1.234,5"), as Swedish Excel writes thousands when set to.
 */
export function parseDecimal(text: string): number | null {
  let s = text
    .trim()
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(/\u2212/g, '-');
  if (s === '') return null;
  if (s.includes(',') && s.includes('.')) s = s.replace(/\./g, '');
  s = s.replace(',', '.');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(s)) return Number.NaN;
  return Number(s);
}
