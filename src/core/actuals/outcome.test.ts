import { describe, expect, it } from 'vitest';
import { computeOutcome, kronor, type OutcomeInput, spreadEvenly } from './outcome.js';
import { kommunBasRules } from './rules.js';

// nämnd N ─ förvaltning F ─ enheter A and B; ansvar 10 → F, 11 → A, 12 → B, 99 unmapped.
const units = [
  { id: 'N', parentId: null, name: 'Nämnden', kind: 'namnd' },
  { id: 'F', parentId: 'N', name: 'Förvaltningen', kind: 'forvaltning' },
  { id: 'A', parentId: 'F', name: 'Enhet A', kind: 'enhet' },
  { id: 'B', parentId: 'F', name: 'Enhet B', kind: 'enhet' },
];
const mapping = new Map<string, string | null>([
  ['10', 'F'],
  ['11', 'A'],
  ['12', 'B'],
  ['99', null],
]);
const row = (kind: 'outcome' | 'budget', month: number, ansvar: string, account: string, kr: number) => ({
  kind,
  month,
  ansvar,
  account,
  amountOre: kr * 100,
});

const base: OutcomeInput = {
  year: 2026,
  unitId: 'F',
  units,
  mapping,
  rules: kommunBasRules,
  rows: [
    ...[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => row('budget', m, '11', '5010', 1000)),
    row('outcome', 1, '11', '5010', 1100),
    row('outcome', 1, '11', '3110', -50),
    row('outcome', 2, '11', '5010', 900),
    row('outcome', 2, '12', '6110', 300),
    row('outcome', 2, '10', '4010', 200),
    row('outcome', 2, '11', '1220', 5000), // investment
    row('outcome', 2, '11', '1930', -7000), // bank: does not count
    row('outcome', 2, '', '8010', -90000), // taxes: financing, no unit
    row('outcome', 2, '99', '5010', 77),
  ],
  annualBudgets: [
    { unitId: 'B', amountKr: 1200, version: 1 },
    { unitId: 'A', amountKr: 999_999, version: 3 }, // A has a ledger budget: that wins
  ],
  distributions: [],
  forecasts: [],
};

describe('computeOutcome', () => {
  it('rolls a förvaltning up from its own codes and its units, per month and accumulated', () => {
    const r = computeOutcome(base);
    expect(r.throughMonth).toBe(2);
    expect(r.months.slice(0, 3)).toEqual([
      { month: 1, budgetKr: 1100, outcomeKr: 1050, accBudgetKr: 1100, accOutcomeKr: 1050, deviationKr: -50, investmentKr: 0 },
      { month: 2, budgetKr: 1100, outcomeKr: 1400, accBudgetKr: 2200, accOutcomeKr: 2450, deviationKr: 250, investmentKr: 5000 },
      { month: 3, budgetKr: 1100, outcomeKr: null, accBudgetKr: 3300, accOutcomeKr: null, deviationKr: null, investmentKr: null },
    ]);
    expect(r).toMatchObject({
      budgetKr: 13200,
      budgetToDateKr: 2200,
      outcomeToDateKr: 2450,
      investmentToDateKr: 5000,
      budgetSource: 'mixed',
    });
    expect(r.children.map((c) => [c.unitId, c.budgetKr, c.outcomeToDateKr])).toEqual([
      ['A', 12000, 1950],
      ['B', 1200, 300],
    ]);
    expect(r.unmapped).toEqual([{ ansvar: '99', outcomeKr: 77 }]);
  });

  it('a förvaltning equals the sum of its units and its own codes', () => {
    const r = computeOutcome(base);
    const own = computeOutcome({ ...base, units: units.filter((u) => u.id !== 'A' && u.id !== 'B') });
    expect(r.outcomeToDateKr).toBe(own.outcomeToDateKr + r.children.reduce((s, c) => s + c.outcomeToDateKr, 0));
    expect(r.budgetKr).toBe(own.budgetKr + r.children.reduce((s, c) => s + c.budgetKr, 0));
  });

  it('forecast: the entered one, else the units’ (a unit without one counts as its budget); deviation = forecast − budget', () => {
    expect(computeOutcome(base)).toMatchObject({ forecastKr: null, forecastSource: 'none', deviationKr: null });
    const entry = { unitId: 'A', amountKr: 12500, comment: 'Vikarier', version: 1, updatedAt: '2026-03-01T00:00:00.000Z' };
    const r = computeOutcome({ ...base, forecasts: [entry] });
    expect(r).toMatchObject({ forecastKr: 12500 + 1200, forecastSource: 'units', deviationKr: 500, forecast: null });
    expect(r.children[0]).toMatchObject({ forecastKr: 12500, forecastSource: 'entered', deviationKr: 500 });
    expect(r.children[1]).toMatchObject({ forecastKr: null, forecastSource: 'none', deviationKr: null });
    const own = computeOutcome({ ...base, forecasts: [entry, { ...entry, unitId: 'F', amountKr: 13000 }] });
    expect(own).toMatchObject({ forecastKr: 13000, forecastSource: 'entered', deviationKr: -200 });
    expect(own.forecast?.amountKr).toBe(13000);
  });

  it('with nothing imported, shows the budget and no outcome', () => {
    const r = computeOutcome({ ...base, rows: [] });
    expect(r.throughMonth).toBe(0);
    expect(r.months.every((m) => m.outcomeKr === null)).toBe(true);
    expect(r.budgetKr).toBe(999_999 + 1200); // without the ledger's budget, A's annual budget counts
    expect(r.budgetSource).toBe('annual');
  });
});

describe('rounding', () => {
  it('rounds öre to whole kronor, halves away from zero', () => {
    expect([kronor(150), kronor(-150), kronor(149), kronor(-49), kronor(0)]).toEqual([2, -2, 1, 0, 0]);
  });

  it('spreads an annual budget evenly in whole kronor that add up to it', () => {
    expect(spreadEvenly(1200)).toEqual(Array(12).fill(100));
    const odd = spreadEvenly(1_000_005);
    expect(odd.reduce((a, b) => a + b, 0)).toBe(1_000_005);
    expect(odd.slice(7, 11)).toEqual([83_334, 83_334, 83_333, 83_333]);
    expect(spreadEvenly(-13).reduce((a, b) => a + b, 0)).toBe(-13);
  });
});
