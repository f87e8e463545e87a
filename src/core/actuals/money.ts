// Amounts in actuals: stored in öre, shown in whole kronor; an annual amount spread over months.

/** Whole kronor, halves away from zero. */
export const kronor = (ore: number) => (ore < 0 ? -Math.round(-ore / 100) : Math.round(ore / 100)) || 0;

/** An annual amount in twelve whole-kronor months that add up to it; the first months take the rest. */
export function spreadEvenly(amountKr: number, months = 12): number[] {
  const sign = amountKr < 0 ? -1 : 1;
  const abs = Math.abs(Math.round(amountKr));
  const base = Math.floor(abs / months);
  return Array.from({ length: months }, (_, i) => sign * (base + (i < abs % months ? 1 : 0)) || 0);
}
