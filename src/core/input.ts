// The shared primitives every schema builds on, so that hostile or careless input is refused
// once, the same way, with a message naming the field: text without NUL bytes or lone
// surrogates (PostgreSQL refuses the first, UTF-8 cannot carry the second), dates in a range a
// municipality's plans can mean, and amounts small enough to add up without losing precision.
import { z } from 'zod';

/** Dates outside this range are typing errors (0000-01-01, 9999-12-31), never a plan's date. */
export const MIN_DATE = '1900-01-01';
export const MAX_DATE = '2199-12-31';
const dateError = 'Ange ett datum som ÅÅÅÅ-MM-DD.';
const rangeError = `Ange ett datum mellan ${MIN_DATE} och ${MAX_DATE}.`;

/** A real calendar date written YYYY-MM-DD within MIN_DATE..MAX_DATE. */
export const isoDate = z.iso.date({ error: dateError }).refine((d) => d >= MIN_DATE && d <= MAX_DATE, { error: rangeError });

/**
 * Amounts in kronor (and figures multiplied by them) stay below 10^13 (ten trillion): far above
 * any municipality's budget, and small enough that a sum of thousands of them is still exact.
 */
export const MAX_KR = 1e13;
export const amount = (what = 'Beloppet') =>
  z
    .number({ error: `${what} ska vara ett tal.` })
    .min(-MAX_KR, { error: `${what} är orimligt litet.` })
    .max(MAX_KR, { error: `${what} är orimligt stort.` });

/** A non-negative figure (a count, kronor per inhabitant) with the same bound. */
export const nonNegative = (what = 'Talet') =>
  z
    .number({ error: `${what} ska vara ett tal.` })
    .min(0, { error: 'Får inte vara negativt.' })
    .max(MAX_KR, { error: `${what} är orimligt stort.` });

/** True when the text holds a NUL byte or a UTF-16 surrogate without its pair. */
export function hasUnsafeCharacter(text: string): boolean {
  // In unicode mode a proper pair is one code point; only a lone surrogate is in category Cs.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the NUL byte is what we look for
  return /[\u0000\p{Cs}]/u.test(text);
}

export const unsafeCharacterMessage = 'Texten innehåller ett otillåtet tecken (NUL eller en ensam surrogat).';

/** JSON nested deeper than this is refused before anything walks it recursively. */
export const MAX_JSON_DEPTH = 64;

/**
 * Walks parsed JSON without recursion: the path of the first string (or key) holding an unsafe
 * character, 'depth' with the path when nested too deep, or null when the value is clean.
 */
export function findUnsafeValue(value: unknown, maxDepth = MAX_JSON_DEPTH): { problem: 'character' | 'depth'; path: string } | null {
  const stack: { value: unknown; path: string[] }[] = [{ value, path: [] }];
  while (stack.length) {
    const { value: v, path } = stack.pop() as { value: unknown; path: string[] };
    if (typeof v === 'string') {
      if (hasUnsafeCharacter(v)) return { problem: 'character', path: path.join('.') };
      continue;
    }
    if (v === null || typeof v !== 'object') continue;
    if (path.length >= maxDepth) return { problem: 'depth', path: path.join('.') };
    for (const [key, child] of Object.entries(v)) {
      if (hasUnsafeCharacter(key)) return { problem: 'character', path: [...path, key].join('.') };
      stack.push({ value: child, path: [...path, key] });
    }
  }
  return null;
}

/** Row versions are PostgreSQL integers: a larger number can never match and would not fit. */
export const MAX_VERSION = 2_147_483_647;
export const version = (min: 0 | 1 = 1, error = 'Versionen saknas.') =>
  z.number({ error }).int({ error }).min(min, { error }).max(MAX_VERSION, { error: 'Ogiltig version.' });
/** The same in a query string (DELETE …?version=3). */
export const versionParam = (min: 0 | 1 = 1, error = 'Versionen saknas.') =>
  z.coerce.number({ error }).int({ error }).min(min, { error }).max(MAX_VERSION, { error: 'Ogiltig version.' });
