import { describe, expect, it } from 'vitest';
import { comparePeriods, formatPeriod, parsePeriod, periodLabel, periodRange } from './period.js';

describe('periods', () => {
  it('parses and formats every kind', () => {
    for (const text of ['2026', '2026-03', '2026-T2', '2026-H1']) expect(formatPeriod(parsePeriod(text))).toBe(text);
    expect(() => parsePeriod('2026-13')).toThrow(/Månaden/);
    expect(() => parsePeriod('våren')).toThrow(/ingen period/);
  });

  it('orders by the end of the period', () => {
    const sorted = ['2026', '2026-T1', '2026-05', '2025-12', '2026-H1'].map(parsePeriod).sort(comparePeriods).map(formatPeriod);
    expect(sorted).toEqual(['2025-12', '2026-T1', '2026-05', '2026-H1', '2026']);
  });

  it('knows its days and its name', () => {
    expect(periodRange(parsePeriod('2026-T1'))).toEqual({ from: '2026-01-01', to: '2026-04-30' });
    expect(periodRange(parsePeriod('2028-02'))).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(periodLabel(parsePeriod('2026-03'))).toBe('mars 2026');
  });
});
