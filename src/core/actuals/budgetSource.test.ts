import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type AdoptedDistribution, type BudgetTreeUnit, unitBudgets } from './budgetSource.js';
import { computeOutcome, type OutcomeInput } from './outcome.js';
import { kommunBasRules } from './rules.js';

// KF ─ nämnd N ─ förvaltning F ─ avdelning V ─ enheter A, B; förvaltning G directly under N.
const tree: (BudgetTreeUnit & { name: string; kind: string })[] = [
  { id: 'KF', parentId: null, name: 'KF', kind: 'kommunfullmaktige' },
  { id: 'N', parentId: 'KF', name: 'Nämnden', kind: 'namnd' },
  { id: 'F', parentId: 'N', name: 'Förvaltningen', kind: 'forvaltning' },
  { id: 'V', parentId: 'F', name: 'Avdelningen', kind: 'avdelning' },
  { id: 'A', parentId: 'V', name: 'Enhet A', kind: 'enhet' },
  { id: 'B', parentId: 'V', name: 'Enhet B', kind: 'enhet' },
  { id: 'G', parentId: 'N', name: 'Förvaltning G', kind: 'forvaltning' },
];
const dist: AdoptedDistribution = {
  bodyId: 'N',
  frameKr: 1_000_000,
  lines: [
    { orgUnitId: 'F', amountKr: 900_000 },
    { orgUnitId: 'V', amountKr: 600_000 },
    { orgUnitId: 'A', amountKr: 250_000 },
    { orgUnitId: 'B', amountKr: 300_000 },
  ],
};
const yearly = (m: Map<string, { months: number[] }>, id: string) => (m.get(id)?.months ?? []).reduce((a, b) => a + b, 0) / 100;

describe('unitBudgets: a unit’s own part of the adopted distribution', () => {
  it('gives each unit its line less the lines below it, and the nämnd its frame less what it distributed', () => {
    const b = unitBudgets({ units: tree, ledger: new Map(), distributions: [dist], annual: [] });
    expect(['N', 'F', 'V', 'A', 'B', 'G', 'KF'].map((id) => [id, yearly(b, id), b.get(id)?.source])).toEqual([
      ['N', 100_000, 'distribution'], // frame 1 000 000 − F 900 000 (G got no line)
      ['F', 300_000, 'distribution'], // 900 000 − V 600 000
      ['V', 50_000, 'distribution'], // kept at the avdelning: 600 000 − 250 000 − 300 000
      ['A', 250_000, 'distribution'],
      ['B', 300_000, 'distribution'],
      ['G', 0, 'none'],
      ['KF', 0, 'none'],
    ]);
    // Spread evenly in whole kronor.
    expect(b.get('V')?.months).toEqual(
      Array(12)
        .fill(0)
        .map((_, i) => (i < 8 ? 416_700 : 416_600)),
    );
  });

  it('ledger > distribution > annual, each unit on its own; the stated total still holds', () => {
    const ledgerA = Array(12).fill(2_100_000); // 21 000 kr a month in öre: 252 000 a year
    const b = unitBudgets({
      units: tree,
      ledger: new Map([['A', ledgerA]]),
      distributions: [{ ...dist, lines: dist.lines.filter((l) => l.orgUnitId !== 'B') }],
      annual: [
        { unitId: 'A', amountKr: 1 }, // the ledger wins
        { unitId: 'B', amountKr: 120_000 }, // B has no line: its entered annual budget counts
        { unitId: 'G', amountKr: 60_000 },
        { unitId: 'F', amountKr: 7 }, // F has a line: that wins
      ],
    });
    expect(b.get('A')).toEqual({ months: ledgerA, source: 'ledger' });
    expect([b.get('B')?.source, yearly(b, 'B')]).toEqual(['annual', 120_000]);
    // V keeps 600 000 − 252 000 − 120 000; N keeps 1 000 000 − 900 000 − G's 60 000.
    expect([yearly(b, 'V'), yearly(b, 'F'), yearly(b, 'N')]).toEqual([228_000, 300_000, 40_000]);
  });

  it('before adoption (no distributions) falls back to the annual budgets', () => {
    const b = unitBudgets({ units: tree, ledger: new Map(), distributions: [], annual: [{ unitId: 'A', amountKr: 1200 }] });
    expect(b.get('A')).toEqual({ months: Array(12).fill(10_000), source: 'annual' });
    expect(b.get('N')?.source).toBe('none');
  });

  it('property: the roll-up of a stated unit without its own ledger budget is its stated amount, exactly once', () => {
    const ids = ['F', 'V', 'A', 'B', 'G'];
    fc.assert(
      fc.property(
        fc.integer({ min: -1e9, max: 1e10 }),
        fc.array(fc.tuple(fc.constantFrom(...ids), fc.integer({ min: -1e8, max: 1e9 }))),
        fc.array(fc.tuple(fc.constantFrom(...ids), fc.integer({ min: -1e8, max: 1e9 }))),
        fc.array(fc.tuple(fc.constantFrom('A', 'B', 'G', 'V'), fc.integer({ min: -1e10, max: 1e10 }))),
        (frame, lines, annual, ledger) => {
          const b = unitBudgets({
            units: tree,
            ledger: new Map(ledger.map(([id, ore]) => [id, Array(12).fill(Math.round(ore / 12))])),
            distributions: [{ bodyId: 'N', frameKr: frame, lines: lines.map(([orgUnitId, amountKr]) => ({ orgUnitId, amountKr })) }],
            annual: annual.map(([unitId, amountKr]) => ({ unitId, amountKr })),
          });
          const total = ['N', ...ids].reduce((s, id) => s + yearly(b, id), 0);
          // Rounding of the ledger's öre to the remainder's whole kronor: under one krona.
          expect(Math.abs(total - frame)).toBeLessThan(1);
          expect(b.get('N')?.months.every((m) => Number.isInteger(m / 100))).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('computeOutcome with the adopted distribution', () => {
  const input: OutcomeInput = {
    year: 2031,
    unitId: 'KF',
    units: tree,
    mapping: new Map([['11', 'A']]),
    rules: kommunBasRules,
    rows: [{ kind: 'outcome', month: 1, ansvar: '11', account: '5010', amountOre: 2_000_000 }],
    distributions: [dist],
    annualBudgets: [{ unitId: 'A', amountKr: 5, version: 2 }],
    forecasts: [],
  };

  it('rolls the distribution up once: the nämnd and KF show the frame, each level its lines', () => {
    const r = computeOutcome(input);
    expect(r).toMatchObject({ budgetKr: 1_000_000, budgetSource: 'distribution', ownBudgetSource: 'none', annualBudget: null });
    const n = computeOutcome({ ...input, unitId: 'N' });
    expect(n.budgetKr).toBe(1_000_000);
    expect(n.children.map((c) => [c.unitId, c.budgetKr, c.budgetSource])).toEqual([
      ['F', 900_000, 'distribution'],
      ['G', 0, 'none'],
    ]);
    const a = computeOutcome({ ...input, unitId: 'A' });
    expect(a).toMatchObject({ budgetKr: 250_000, ownBudgetSource: 'distribution', annualBudget: { amountKr: 5, version: 2 } });
    expect(a.months[0]).toMatchObject({ budgetKr: 20_834, outcomeKr: 20_000, deviationKr: -834 });
  });
});
