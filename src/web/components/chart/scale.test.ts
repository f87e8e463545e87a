import { describe, expect, it } from 'vitest';
import { niceTicks } from './scale.js';

describe('value axis ticks', () => {
  it('covers the data with round steps', () => {
    expect(niceTicks(11, 16, 5)).toEqual([11, 12, 13, 14, 15, 16]);
    expect(niceTicks(28.4, 31.2, 4)).toEqual([28, 29, 30, 31, 32]);
    expect(niceTicks(0.1, 0.35, 5)).toEqual([0.1, 0.15, 0.2, 0.25, 0.3, 0.35]);
  });

  it('gives a flat series room around its value', () => {
    const ticks = niceTicks(12, 12);
    expect(ticks[0]).toBeLessThan(12);
    expect(ticks.at(-1)).toBeGreaterThan(12);
  });
});
