// The web reads and shortens periods with core's one grammar (src/core/period.ts).
import { describe, expect, it, vi } from 'vitest';

// indicatorText reads the language from i18n, which wants a browser; the short form does not need it.
vi.mock('./i18n/index.js', () => ({ default: { language: 'sv' }, locale: () => 'sv-SE' }));
import { periodShort } from './indicatorText.js';
import { isPeriod as webIsPeriod } from './parseInput.js';

describe('periods in the web', () => {
  it('the web reads and shortens periods with the same grammar', () => {
    expect(webIsPeriod('2026-t1')).toBe(true);
    expect(webIsPeriod('1800')).toBe(false);
    expect(periodShort('2026-T1')).toBe('T1 2026');
    expect(periodShort('2026-H2')).toBe('H2 2026');
    expect(periodShort('2026-03')).toBe('2026-03');
  });
});
