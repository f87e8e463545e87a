import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.js';
import { computeScenario, neededDates } from './bridge.js';
import { compareScenarios } from './compare.js';
import { allocate } from './model.js';
import type { PopulationEntry } from './population.js';
import type { ScenarioConfigInput } from './schemas.js';
import { efficiencyStep, priceWageSteps } from './steps.js';

const pop = (band: string, ...counts: [number, number, number]): PopulationEntry[] =>
  counts.map((count, i) => ({ ageBand: band, date: `${2024 + i}-12-31`, count }));
// Bands 0-18 and 19-w; year ends 2024, 2025, 2026 for budget year 2026 (mean of 2025 and 2026).
const population = [...pop('0-18', 1000, 1010, 1030), ...pop('19-w', 3000, 2990, 2950)];

const config = (over: Partial<ScenarioConfigInput> = {}): ScenarioConfigInput => ({
  populationRule: 'mean_of_year_ends',
  ageBands: ['0-18', '19-w'],
  priceTags: [{ verksamhet: 'skola', ageBand: '0-18', krPerInhabitant: 100_000 }],
  indices: { pricePct: 2, wagePct: 3, wageHeldCentrally: false },
  centralNamnd: 'ks',
  namnder: [
    {
      key: 'ks',
      name: 'Kommunstyrelsen',
      verksamheter: [{ verksamhet: 'ledning', previousKr: 10_000_000, demographyBands: [] }],
      wageSharePct: 60,
      efficiencyPct: 1,
    },
    {
      key: 'bun',
      name: 'Barn- och utbildningsnämnden',
      verksamheter: [
        { verksamhet: 'skola', previousKr: 100_000_000, demographyBands: [] },
        { verksamhet: 'kultur', previousKr: 5_000_000, demographyBands: ['0-18'] },
      ],
      wageSharePct: 50,
      efficiencyPct: 0.5,
      volumeAdjustments: [{ amountKr: 250_000, reason: 'Fler elever i grundsärskola' }],
    },
  ],
  rentChanges: [
    { namnd: 'bun', amountKr: 400_000, reason: 'Ny förskola' },
    { namnd: 'bun', amountKr: -100_000, reason: 'Paviljong avvecklad' },
  ],
  generalGrants: [{ namnd: null, amountKr: 1_100_001, reason: 'Höjda generella statsbidrag' }],
  priorities: [{ namnd: 'bun', amountKr: 2_000_000, motivation: 'Satsning på läsning i lågstadiet' }],
  ...over,
});

const stepOf = (r: ReturnType<typeof computeScenario>, key: string, kind: string) =>
  r.namnder.find((n) => n.key === key)?.steps.filter((s) => s.kind === kind) ?? [];

describe('computeScenario', () => {
  const r = computeScenario(config(), 2026, population);

  it('computes the price-tag lines with the same function as the CLI', () => {
    expect(r.allocation).toEqual(
      allocate({ budgetYear: 2026, populationRule: 'mean_of_year_ends', population, priceTags: config().priceTags }),
    );
    // (1010 + 1030) / 2 × 100 000 = 102 000 000
    expect(r.allocation.totalKr).toBe(102_000_000);
  });

  it('steps 1: price tags give the model amount minus last year', () => {
    expect(stepOf(r, 'bun', 'price_tags')[0]?.amountKr).toBe(2_000_000);
  });

  it('steps 2: other verksamheter follow the population of their bands', () => {
    // 0-18: 1020 now against 1005 a year earlier → 5 000 000 × (1020/1005 − 1) = 74 626,87 → 74 627
    expect(stepOf(r, 'bun', 'demography')[0]?.amountKr).toBe(74_627);
    // all bands: 3990 now against 4000 a year earlier → 10 000 000 × −0,25 % = −25 000
    expect(stepOf(r, 'ks', 'demography')[0]?.amountKr).toBe(-25_000);
  });

  it('steps 3: price and wage compensation on the part without price tags', () => {
    // base 5 074 627: price 2 % of 50 % = 50 746,27 → 50 746; wage 3 % of 50 % = 76 119,405 → 76 119
    expect(stepOf(r, 'bun', 'price_compensation')[0]?.amountKr).toBe(50_746);
    expect(stepOf(r, 'bun', 'wage_compensation')[0]?.amountKr).toBe(76_119);
    const held = priceWageSteps(1_000_000, { wageSharePct: 60 } as never, { pricePct: 2, wagePct: 3, wageHeldCentrally: true });
    expect(held.steps.map((s) => s.amountKr)).toEqual([8000, 0]);
    expect(held.heldKr).toBe(18_000);
  });

  it('holds the wage part in KS when asked, with the same total', () => {
    const c = computeScenario(config({ indices: { pricePct: 2, wagePct: 3, wageHeldCentrally: true } }), 2026, population);
    const wages = r.namnder.flatMap((n) => n.steps).filter((x) => x.kind === 'wage_compensation');
    // KS: (10 000 000 − 25 000) × 60 % × 3 % = 179 550; the nämnd's own wage steps are zero.
    expect(stepOf(c, 'ks', 'wage_pot')[0]?.amountKr).toBe(76_119 + 179_550);
    expect(wages.reduce((a, x) => a + x.amountKr, 0)).toBe(76_119 + 179_550);
    expect(stepOf(c, 'bun', 'wage_compensation')[0]).toMatchObject({ amountKr: 0, reason: expect.stringMatching(/hålls centralt/) });
  });

  it('steps 4–5: volume adjustments as entered, then the efficiency requirement on the frame so far', () => {
    expect(stepOf(r, 'bun', 'volume')[0]).toEqual({ kind: 'volume', amountKr: 250_000, reason: 'Fler elever i grundsärskola' });
    // 105 000 000 + 2 000 000 + 74 627 + 50 746 + 76 119 + 250 000 = 107 451 492 × 0,5 % = 537 257,46
    expect(stepOf(r, 'bun', 'efficiency')[0]?.amountKr).toBe(-537_257);
    expect(efficiencyStep(1000, 0)).toBeNull();
    expect(efficiencyStep(-1001, 50)?.amountKr).toBe(501);
  });

  it('steps 6: a lower rent lowers the nämnd, a higher one is set aside in KS', () => {
    expect(stepOf(r, 'bun', 'rent').map((s) => s.amountKr)).toEqual([-100_000]);
    expect(stepOf(r, 'ks', 'rent_reserve')[0]?.amountKr).toBe(400_000);
    expect(stepOf(r, 'ks', 'rent_reserve')[0]?.reason).toMatch(/Barn- och utbildningsnämnden/);
  });

  it("steps 7: general grants are split by last year's frames and add up exactly", () => {
    const grants = [...stepOf(r, 'ks', 'general_grant'), ...stepOf(r, 'bun', 'general_grant')].map((s) => s.amountKr);
    expect(grants).toEqual([95_652, 1_004_349]);
    expect(grants.reduce((a, b) => a + b)).toBe(1_100_001);
  });

  it('steps 8: priorities carry their motivation', () => {
    expect(stepOf(r, 'bun', 'priority')[0]).toEqual({ kind: 'priority', amountKr: 2_000_000, reason: 'Satsning på läsning i lågstadiet' });
  });

  it('makes every bridge add up: new frame − last year = Σ steps', () => {
    for (const n of r.namnder) expect(n.newKr - n.previousKr).toBe(n.steps.reduce((a, s) => a + s.amountKr, 0));
    expect(r.previousKr).toBe(115_000_000);
    expect(r.newKr).toBe(r.namnder.reduce((a, n) => a + n.newKr, 0));
  });

  it('needs a year earlier only when a verksamhet without price tags follows the population', () => {
    expect(neededDates(config(), 2026)).toEqual(['2024-12-31', '2025-12-31', '2026-12-31']);
    expect(
      neededDates(config({ namnder: [{ key: 'ks', name: 'KS', verksamheter: [{ verksamhet: 'skola', previousKr: 1 }] }] }), 2026),
    ).toEqual(['2025-12-31', '2026-12-31']);
  });

  it('refuses references to things the model lacks, naming the field', () => {
    const bad = (over: Partial<ScenarioConfigInput>) => {
      try {
        computeScenario(config(over), 2026, population);
      } catch (e) {
        return (e as AppError).fields[0]?.field;
      }
      return 'accepted';
    };
    expect(bad({ priorities: [{ namnd: 'x', amountKr: 1, motivation: 'm' }] })).toBe('priorities.0.namnd');
    expect(bad({ priceTags: [{ verksamhet: 'okänd', ageBand: '0-18', krPerInhabitant: 1 }] })).toBe('priceTags.0.verksamhet');
    expect(bad({ priceTags: [{ verksamhet: 'skola', ageBand: '7-9', krPerInhabitant: 1 }] })).toBe('priceTags.0.ageBand');
    expect(bad({ centralNamnd: null })).toBe('centralNamnd');
    expect(bad({ priorities: [{ namnd: 'bun', amountKr: 1, motivation: ' ' }] })).toBe('priorities.0.motivation');
    expect(() => computeScenario(config(), 2026, population.slice(1))).toThrow(AppError);
  });
});

describe('bridge properties', () => {
  const money = fc.integer({ min: -5_000_000, max: 5_000_000 });
  it('sums exactly for any percentages, adjustments and priorities', () => {
    fc.assert(
      fc.property(
        fc.record({
          pricePct: fc.double({ min: -5, max: 10, noNaN: true }),
          wagePct: fc.double({ min: -5, max: 10, noNaN: true }),
          held: fc.boolean(),
          eff: fc.double({ min: 0, max: 5, noNaN: true }),
          share: fc.double({ min: 0, max: 100, noNaN: true }),
          price: fc.double({ min: 0, max: 300_000, noNaN: true }),
          prev: fc.integer({ min: 0, max: 500_000_000 }),
          grant: money,
          rent: money,
          prio: money,
        }),
        (p) => {
          const c = config({
            indices: { pricePct: p.pricePct, wagePct: p.wagePct, wageHeldCentrally: p.held },
            priceTags: [{ verksamhet: 'skola', ageBand: '0-18', krPerInhabitant: p.price }],
            generalGrants: [{ namnd: null, amountKr: p.grant, reason: 'g' }],
            rentChanges: [{ namnd: 'bun', amountKr: p.rent, reason: 'r' }],
            priorities: [{ namnd: 'ks', amountKr: p.prio, motivation: 'm' }],
          });
          c.namnder = c.namnder.map((n) => ({
            ...n,
            efficiencyPct: p.eff,
            wageSharePct: p.share,
            verksamheter: n.verksamheter.map((v) => ({ ...v, previousKr: p.prev })),
          }));
          const r = computeScenario(c, 2026, population);
          for (const n of r.namnder) {
            for (const s of n.steps) expect(Number.isInteger(s.amountKr)).toBe(true);
            expect(n.newKr - n.previousKr).toBe(n.steps.reduce((a, s) => a + s.amountKr, 0));
          }
          expect(r.newKr - r.previousKr).toBe(r.namnder.flatMap((n) => n.steps).reduce((a, s) => a + s.amountKr, 0));
        },
      ),
    );
  });
});

describe('compareScenarios', () => {
  it('shows differences per nämnd and step kind, b − a', () => {
    const a = computeScenario(config(), 2026, population);
    const b = computeScenario(config({ priorities: [{ namnd: 'bun', amountKr: 3_000_000, motivation: 'Mer' }] }), 2026, population);
    const d = compareScenarios(a, b);
    const bun = d.namnder.find((n) => n.key === 'bun');
    expect(bun?.diffKr).toBe(1_000_000);
    expect(bun?.steps.find((s) => s.kind === 'priority')).toEqual({ kind: 'priority', aKr: 2_000_000, bKr: 3_000_000, diffKr: 1_000_000 });
    expect(bun?.steps.find((s) => s.kind === 'price_tags')?.diffKr).toBe(0);
    expect(d.diffKr).toBe(1_000_000);
  });
});
