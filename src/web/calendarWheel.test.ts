import { describe, expect, it } from 'vitest';
import { annualCycle } from '../core/calendar/cycle.js';
import { angleOf, lanes, point } from './calendarWheel.js';

describe('the årshjul geometry', () => {
  it('puts 1 January at the top, 1 July near the bottom and wraps a date of the year after', () => {
    expect(angleOf('2026-01-01')).toBe(0);
    expect(angleOf('2026-07-02')).toBeCloseTo(180, 0);
    expect(angleOf('2027-01-31')).toBeCloseTo(angleOf('2026-01-31'), 5);
    expect(point(0, 100)).toEqual({ x: 0, y: -100 });
    expect(point(90, 100)).toEqual({ x: 100, y: 0 });
  });

  it('never lets two markers of one lane come closer than the gap', () => {
    const markers = lanes(
      annualCycle(2026).steps.filter((s) => s.ring === 'followup'),
      8,
    );
    for (const a of markers)
      for (const b of markers) {
        if (a === b || a.lane !== b.lane) continue;
        const diff = Math.abs(a.angle - b.angle);
        expect(Math.min(diff, 360 - diff)).toBeGreaterThanOrEqual(8);
      }
    expect(Math.max(...markers.map((m) => m.lane))).toBeLessThan(4);
  });
});
