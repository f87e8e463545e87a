import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { distributeKr, roundKr } from './rounding.js';

describe('roundKr', () => {
  it('rounds halves away from zero', () => {
    expect([0.5, 1.5, 2.5, -0.5, -1.5, -2.5].map(roundKr)).toEqual([1, 2, 3, -1, -2, -3]);
    expect([0.49, -0.49, 0, 1.51].map(roundKr)).toEqual([0, 0, 0, 2]);
  });

  it('is not fooled by binary noise just under a half', () => {
    // Each product is a half in decimal but just under it in binary.
    expect(0.285 * 100).toBeLessThan(28.5);
    expect(roundKr(0.285 * 100)).toBe(29);
    expect(roundKr(4.35 * 100)).toBe(435);
    expect(roundKr(-(1.005 * 1000))).toBe(-1005);
  });

  it('gives a whole number within half a krona, symmetric around zero', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e12, max: 1e12, noNaN: true }), (x) => {
        const r = roundKr(x);
        expect(Number.isInteger(r)).toBe(true);
        expect(Math.abs(r - x)).toBeLessThanOrEqual(0.5 + 1e-3);
        expect(roundKr(-x)).toBe(r === 0 ? 0 : -r);
      }),
    );
  });
});

describe('distributeKr', () => {
  it('splits by weight and gives the remainder to the largest fractions', () => {
    expect(distributeKr(100, [1, 1, 1])).toEqual([34, 33, 33]);
    expect(distributeKr(-100, [1, 1, 1])).toEqual([-34, -33, -33]);
    expect(distributeKr(10, [0, 0])).toEqual([5, 5]);
  });

  it('always sums to the total, each share within a krona of its proportion', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e9, max: 1e9 }),
        fc.array(fc.integer({ min: 0, max: 1e9 }), { minLength: 1, maxLength: 12 }),
        (total, weights) => {
          const shares = distributeKr(total, weights);
          expect(shares.reduce((a, b) => a + b, 0)).toBe(total);
          const sum = weights.reduce((a, b) => a + b, 0);
          shares.forEach((s, i) => {
            expect(Number.isInteger(s)).toBe(true);
            const exact = sum > 0 ? (total * (weights[i] ?? 0)) / sum : total / weights.length;
            expect(Math.abs(s - exact)).toBeLessThan(1 + 1e-6);
          });
        },
      ),
    );
  });
});
