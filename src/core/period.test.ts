import { describe, expect, it } from 'vitest';
import { measurementInput, targetInput } from './indicators/schemas.js';
import { comparePeriods, formatPeriod, isPeriod, parsePeriod, periodLabel, periodRange, periodSchema } from './period.js';

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

describe('one period grammar', () => {
  // The indicator schemas had a regex of their own that let '2026-13' and '0001' through to the
  // service; every check now goes through parsePeriod.
  it('the indicator inputs refuse what parsePeriod refuses, naming the field', () => {
    const base = { orgUnitId: '00000000-0000-4000-8000-000000000001', value: 1 };
    for (const period of ['2026-13', '2026-00', '0001', '2026-T4', 'våren']) {
      const t = targetInput.safeParse({ ...base, period });
      expect(t.success, period).toBe(false);
      expect(t.error?.issues[0]?.path).toEqual(['period']);
      expect(measurementInput.safeParse({ ...base, period }).success, period).toBe(false);
    }
    expect(targetInput.parse({ ...base, period: ' 2026-T1 ' }).period).toBe('2026-T1');
  });

  it('periodSchema and isPeriod agree with parsePeriod', () => {
    for (const text of ['2026', '2026-03', '2026-T2', '2026-H1']) {
      expect(isPeriod(text)).toBe(true);
      expect(periodSchema.parse(text)).toBe(text);
    }
    for (const text of ['2026-13', '1800', '2026-H3', '']) {
      expect(isPeriod(text)).toBe(false);
      expect(periodSchema.safeParse(text).success).toBe(false);
    }
  });
});
