// Whole kronor. Every amount is rounded once, at the line or step where it arises, half away
// from zero (0.5 → 1, −0.5 → −1, as "avrundning" is taught); sums are sums of rounded amounts, so
// every table adds up to its total exactly.

/**
 * Rounds to whole kronor, half away from zero. The value is first cut to 15 significant digits,
 * so binary noise (0,285 × 100 = 28,499999999999996) does not turn a half into less than a half.
 */
export function roundKr(x: number): number {
  if (!Number.isFinite(x)) throw new RangeError(`Inte ett belopp: ${x}`);
  const a = Number(Math.abs(x).toPrecision(15));
  const r = Math.floor(a + 0.5);
  return x < 0 ? (r === 0 ? 0 : -r) : r;
}

/**
 * Splits a whole-krona total over weights (largest remainder): each share is within one krona of
 * its exact proportion and the shares sum to the total exactly. Ties go to the earlier weight.
 * All-zero weights split evenly.
 */
export function distributeKr(totalKr: number, weights: readonly number[]): number[] {
  if (weights.length === 0) return [];
  const w = weights.map((x) => Math.max(0, x));
  const sum = w.reduce((a, b) => a + b, 0);
  const basis = sum > 0 ? w : w.map(() => 1);
  const basisSum = sum > 0 ? sum : w.length;
  const sign = totalKr < 0 ? -1 : 1;
  const total = Math.abs(totalKr);
  const exact = basis.map((x) => (total * x) / basisSum);
  const shares = exact.map((e) => Math.floor(e));
  let rest = total - shares.reduce((a, b) => a + b, 0);
  const order = exact.map((e, i) => ({ i, frac: e - Math.floor(e) })).sort((a, b) => b.frac - a.frac || a.i - b.i);
  for (const { i } of order) {
    if (rest <= 0) break;
    shares[i] = (shares[i] ?? 0) + 1;
    rest--;
  }
  return shares.map((s) => (s === 0 ? 0 : sign * s));
}
