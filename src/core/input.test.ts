import { describe, expect, it } from 'vitest';
import { MAX_VERSION, findUnsafeValue, hasUnsafeCharacter, isoDate, version } from './input.js';

describe('the shared input primitives', () => {
  it('finds NUL bytes and lone surrogates, but not a proper pair', () => {
    expect(['a\u0000b', '\ud800', 'x\udfff', '\udc00\ud800'].map(hasUnsafeCharacter)).toEqual([true, true, true, true]);
    expect(['', 'Flen', 'åäö', '😀', 'a\u0001'].map(hasUnsafeCharacter)).toEqual([false, false, false, false, false]);
  });

  it('names the path of an unsafe string or key, and refuses deep nesting without recursion', () => {
    expect(findUnsafeValue({ a: [{ b: 'ok' }, { c: 'x\u0000' }] })).toEqual({ problem: 'character', path: 'a.1.c' });
    expect(findUnsafeValue({ 'k\ud800': 1 })).toEqual({ problem: 'character', path: 'k\ud800' });
    const deep = JSON.parse(`${'['.repeat(100_000)}${']'.repeat(100_000)}`);
    expect(findUnsafeValue(deep)?.problem).toBe('depth');
    expect(findUnsafeValue({ a: [1, 2, { b: null }], s: 'fine' })).toBeNull();
  });

  it('accepts dates from 1900 to 2199 only, and versions that fit an integer', () => {
    expect(['1900-01-01', '2027-02-28', '2199-12-31'].map((d) => isoDate.safeParse(d).success)).toEqual([true, true, true]);
    expect(['0000-01-01', '1899-12-31', '2200-01-01', '9999-12-31', '2027-02-30'].map((d) => isoDate.safeParse(d).success)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
    expect(version().safeParse(MAX_VERSION).success).toBe(true);
    expect(version().safeParse(MAX_VERSION + 1).success).toBe(false);
    expect(version().safeParse(0).success).toBe(false);
    expect(version(0).safeParse(0).success).toBe(true);
  });
});
