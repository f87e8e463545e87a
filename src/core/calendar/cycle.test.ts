// Examples of the generated annual cycle: 2026 (an election year) and 2027.
import { describe, expect, it } from 'vitest';
import { annualCycle } from './cycle.js';
import { stepIds } from './schemas.js';

const only = (year: number, id: string) => {
  const found = annualCycle(year).steps.filter((s) => s.step === id);
  expect(found).toHaveLength(1);
  return found[0];
};

describe('the annual cycle of 2026, an election year', () => {
  const cycle = annualCycle(2026);

  it('knows the election and moves KF’s adoption to November', () => {
    expect(cycle).toMatchObject({ year: 2026, electionYear: true, electionDay: '2026-09-13' });
    expect(only(2026, 'val')).toMatchObject({ start: '2026-09-13', due: '2026-10-15', ring: 'election', budgetYear: null });
    expect(only(2026, 'kf_strategisk_plan')).toMatchObject({ start: '2026-11-01', due: '2026-11-30', budgetYear: 2027 });
    expect(only(2026, 'kf_strategisk_plan')?.owner).toMatch(/nyvalda/);
  });

  it('has every step of the issue, and only those', () => {
    expect(new Set(cycle.steps.map((s) => s.step))).toEqual(new Set(stepIds));
  });

  it('puts KF’s decision before the nämndplan that rests on it when both are due the same day', () => {
    const ids = cycle.steps.map((s) => s.step);
    expect(ids.indexOf('kf_strategisk_plan')).toBeLessThan(ids.indexOf('namndplan'));
  });

  it('starts each step with the fields of the CLI in their order', () => {
    expect(Object.keys(cycle.steps[0] ?? {}).slice(0, 6)).toEqual(['step', 'title', 'start', 'due', 'budgetYear', 'period']);
  });
});

describe('the annual cycle of 2027', () => {
  const cycle = annualCycle(2027);
  const dates = (id: string) => cycle.steps.filter((s) => s.step === id).map((s) => [s.start, s.due]);

  it('plans budget year 2028 in the months of the specification', () => {
    expect(cycle).toMatchObject({ electionYear: false, electionDay: null });
    expect(cycle.steps.some((s) => s.step === 'val')).toBe(false);
    expect(dates('omvarldsdag')).toEqual([['2027-01-01', '2027-01-31']]);
    expect(dates('budgetberedning').map(([s]) => s?.slice(5, 7))).toEqual(['01', '02', '03', '04', '05', '06', '08']);
    expect(cycle.steps.find((s) => s.step === 'budgetberedning' && s.start === '2027-08-01')?.title).toMatch(/vid behov/);
    expect(dates('planeringsforutsattningar')).toEqual([['2027-01-01', '2027-04-30']]);
    expect(dates('namnddialog')).toEqual([['2027-05-01', '2027-05-31']]);
    expect(dates('preliminart_underlag')).toEqual([['2027-06-01', '2027-06-30']]);
    expect(dates('slutligt_forslag')).toEqual([['2027-08-01', '2027-08-31']]);
    expect(dates('kf_strategisk_plan')).toEqual([['2027-09-01', '2027-09-30']]);
    expect(dates('namndplan')).toEqual([['2027-06-01', '2027-11-30']]);
    expect(dates('verksamhetsplan')).toEqual([['2027-06-01', '2028-01-31']]);
    expect(cycle.steps.filter((s) => s.ring === 'planning').every((s) => s.budgetYear === 2028 && s.phase === 'P')).toBe(true);
  });

  it('follows up 2027 with the periods of the specification', () => {
    const period = (id: string) => only(2027, id)?.period;
    expect(period('namndrapport_1')).toEqual({ from: '2027-01-01', to: '2027-03-31' });
    expect(period('namndrapport_2')).toEqual({ from: '2027-01-01', to: '2027-05-31' });
    expect(period('namndrapport_3')).toEqual({ from: '2027-01-01', to: '2027-08-31' });
    expect(period('delarsrapport')).toEqual({ from: '2027-01-01', to: '2027-08-31' });
    expect(period('namndrapport_4')).toEqual({ from: '2027-01-01', to: '2027-10-30' });
    expect(only(2027, 'namndrapport_1')).toMatchObject({ due: '2027-04-30', goesTo: [{ body: 'kommunstyrelse', by: '2027-05-31' }] });
    expect(only(2027, 'namndrapport_2')).toMatchObject({ due: '2027-06-30', goesTo: [{ body: 'kommunstyrelse', by: '2027-08-31' }] });
    expect(only(2027, 'delarsrapport')).toMatchObject({ due: '2027-10-31', goesTo: [{ body: 'fullmaktige', by: '2027-10-31' }] });
    expect(only(2027, 'arsredovisning')).toMatchObject({
      period: { from: '2026-01-01', to: '2026-12-31' },
      budgetYear: 2026,
      due: '2027-03-31',
      goesTo: [{ body: 'fullmaktige', by: '2027-04-30' }],
    });
  });

  it('has a månadsrapport for each month, due the 15th of the month after', () => {
    const reports = cycle.steps.filter((s) => s.step === 'manadsrapport');
    expect(reports).toHaveLength(12);
    expect(reports[0]).toMatchObject({
      title: 'Månadsrapport januari',
      period: { from: '2027-01-01', to: '2027-01-31' },
      due: '2027-02-15',
    });
    expect(reports[11]).toMatchObject({ period: { from: '2027-12-01', to: '2027-12-31' }, due: '2028-01-15', budgetYear: 2027 });
  });

  it('refuses a year outside 2000–2100', () => {
    expect(() => annualCycle(1999)).toThrow(/2000–2100/);
    expect(() => annualCycle(2101)).toThrow(/2000–2100/);
    expect(() => annualCycle(2026.5)).toThrow();
  });
});
