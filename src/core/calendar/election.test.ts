import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, weekday } from './dates.js';
import { electionDay, isElectionYear, mandatePeriodOf, termStart } from './election.js';

const years = fc.integer({ min: 2000, max: 2100 });

describe('general elections', () => {
  it('falls on the dates the specification names, and on the past ones as they were held', () => {
    expect([2022, 2026, 2030].map(electionDay)).toEqual(['2022-09-11', '2026-09-13', '2030-09-08']);
    // Second Sunday since 2014, third before (2010-09-19 was the third Sunday).
    expect([2010, 2014, 2018].map(electionDay)).toEqual(['2010-09-19', '2014-09-14', '2018-09-09']);
    expect([2023, 2024, 2025, 2027].map(electionDay)).toEqual([null, null, null, null]);
  });

  it('is every fourth year, on a Sunday in 8–14 September (15–21 before 2014)', () => {
    fc.assert(
      fc.property(years, (y) => {
        expect(isElectionYear(y)).toBe((y - 2022) % 4 === 0);
        expect(isElectionYear(y)).not.toBe(isElectionYear(y + 1) || isElectionYear(y + 2) || isElectionYear(y + 3));
        const day = electionDay(y);
        if (!day) return;
        expect(weekday(day)).toBe(0);
        const date = Number(day.slice(8));
        expect(day.slice(0, 8)).toBe(`${y}-09-`);
        expect(date).toBeGreaterThanOrEqual(y >= 2014 ? 8 : 15);
        expect(date).toBeLessThanOrEqual(y >= 2014 ? 14 : 21);
      }),
      { numRuns: 300 },
    );
  });

  it('starts the new fullmäktige’s term on 15 October, for four years', () => {
    expect(termStart(2026)).toBe('2026-10-15');
    expect(mandatePeriodOf('2026-10-14')).toEqual({ electionYear: 2022, from: '2022-10-15', to: '2026-10-14' });
    expect(mandatePeriodOf('2026-10-15')).toEqual({ electionYear: 2026, from: '2026-10-15', to: '2030-10-14' });
    fc.assert(
      fc.property(years, fc.integer({ min: 0, max: 364 }), (y, d) => {
        const date = addDays(`${y}-01-01`, d);
        const p = mandatePeriodOf(date);
        expect(isElectionYear(p.electionYear)).toBe(true);
        expect(p.from <= date && date <= p.to).toBe(true);
        expect(p.to).toBe(addDays(termStart(p.electionYear + 4), -1));
      }),
    );
  });
});
