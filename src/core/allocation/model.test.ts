import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.js';
import { allocate, type AllocationModel } from './model.js';

const model = (over: Partial<AllocationModel> = {}): AllocationModel => ({
  budgetYear: 2024,
  populationRule: 'mean_of_year_ends',
  population: [
    { ageBand: '7-9', date: '2023-12-31', count: 685 },
    { ageBand: '7-9', date: '2024-12-31', count: 690 },
    { ageBand: '1-5', date: '2023-12-31', count: 801 },
    { ageBand: '1-5', date: '2024-12-31', count: 790 },
  ],
  priceTags: [
    { verksamhet: 'grundskola', ageBand: '7-9', krPerInhabitant: 162200 },
    { verksamhet: 'forskola', ageBand: '1-5', krPerInhabitant: 151333.33 },
  ],
  ...over,
});

function refusal(fn: () => unknown): AppError {
  try {
    fn();
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error('expected a refusal');
}

describe('allocate', () => {
  it('multiplies each band by the mean of the two year ends and sums per verksamhet', () => {
    const r = allocate(model());
    expect(r.lines[0]).toEqual({
      verksamhet: 'grundskola',
      ageBand: '7-9',
      population: 687.5,
      krPerInhabitant: 162200,
      amountKr: 111512500,
    });
    // 795.5 × 151 333,33 = 120 385 664,015 → 120 385 664
    expect(r.lines[1]?.amountKr).toBe(120385664);
    expect(r.totals).toEqual([
      { verksamhet: 'grundskola', amountKr: 111512500 },
      { verksamhet: 'forskola', amountKr: 120385664 },
    ]);
    expect(r.totalKr).toBe(111512500 + 120385664);
  });

  it('reads one date under year_end_before', () => {
    const r = allocate(model({ populationRule: 'year_end_before' }));
    expect(r.lines[0]?.population).toBe(685);
    expect(r.lines[0]?.amountKr).toBe(685 * 162200);
  });

  it('rounds each line half away from zero and makes the totals sums of rounded lines', () => {
    const r = allocate(
      model({
        population: [
          { ageBand: '6', date: '2023-12-31', count: 1 },
          { ageBand: '6', date: '2024-12-31', count: 2 },
        ],
        priceTags: [
          { verksamhet: 'fsk', ageBand: '6', krPerInhabitant: 0.333 },
          { verksamhet: 'fsk2', ageBand: '6', krPerInhabitant: 1 / 3 },
          { verksamhet: 'fsk3', ageBand: '6', krPerInhabitant: 1.0 },
        ],
      }),
    );
    // 1.5 × 0.333 = 0.4995 → 0; 1.5 × 1/3 = 0.5 → 1; 1.5 × 1 = 1.5 → 2
    expect(r.lines.map((l) => l.amountKr)).toEqual([0, 1, 2]);
    expect(r.totalKr).toBe(3);
  });

  it('names the price tag whose band has no population, and the date', () => {
    const e = refusal(() => allocate(model({ priceTags: [{ verksamhet: 'gy', ageBand: '16-18', krPerInhabitant: 1 }] })));
    expect(e.code).toBe('validation');
    expect(e.fields[0]?.field).toBe('priceTags.0.ageBand');
    expect(e.fields[0]?.message).toMatch(/16-18 per 2023-12-31 och 2024-12-31/);
  });

  it('names the missing forecast date only when the actual is there', () => {
    const e = refusal(() =>
      allocate(model({ population: [{ ageBand: '7-9', date: '2023-12-31', count: 1 }], priceTags: [model().priceTags[0] as never] })),
    );
    expect(e.fields[0]?.message).toMatch(/per 2024-12-31\.$/);
  });

  it('refuses duplicates in population and price tags, naming the row', () => {
    const pop = model().population;
    const e = refusal(() => allocate(model({ population: [...pop, { ageBand: '7-9', date: '2023-12-31', count: 1 }] })));
    expect(e.fields[0]?.field).toBe('population.4');
    const tags = model().priceTags;
    const e2 = refusal(() => allocate(model({ priceTags: [...tags, { verksamhet: 'grundskola', ageBand: '7-9', krPerInhabitant: 1 }] })));
    expect(e2.fields[0]?.field).toBe('priceTags.2');
  });

  it('refuses negative numbers and a wrong rule, naming the field', () => {
    expect(refusal(() => allocate(model({ population: [{ ageBand: '7-9', date: '2023-12-31', count: -1 }] }))).fields[0]?.field).toBe(
      'population.0.count',
    );
    expect(refusal(() => allocate(model({ priceTags: [{ verksamhet: 'g', ageBand: '7-9', krPerInhabitant: -5 }] }))).fields[0]?.field).toBe(
      'priceTags.0.krPerInhabitant',
    );
    expect(refusal(() => allocate({ ...model(), populationRule: 'mean' as never })).fields[0]?.field).toBe('populationRule');
    expect(refusal(() => allocate({ ...model(), budgetYear: 24.5 })).fields[0]?.field).toBe('budgetYear');
  });
});
