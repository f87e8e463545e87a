import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.js';
import { obligations, openObligations, resultSeries } from './balance.js';
import { distributionSums, checkDistribution, type TreeUnit } from './distribution.js';
import { checkFrames, diffFrames, type Frame, frameTotals } from './frames.js';
import { yearsOf } from './kinds.js';
import { checkDecision, checkNewVersion, inForce, referenceVersion, type VersionLine } from './lifecycle.js';
import { checkGrant, grantSummary, investmentComparison } from './registers.js';

const v = (seq: number, kind: VersionLine['kind'], status: VersionLine['status'] = 'decided'): VersionLine => ({
  id: `v${seq}`,
  seq,
  kind,
  status,
});
const ruleOf = (fn: () => void) => {
  try {
    fn();
  } catch (e) {
    return (e as AppError).rule ?? (e as AppError).code;
  }
  return null;
};

describe('version lifecycle', () => {
  it('allows one adopted budget a year, amendments only after it is decided', () => {
    expect(ruleOf(() => checkNewVersion('adopted', [v(1, 'preliminary'), v(2, 'proposal')]))).toBeNull();
    expect(ruleOf(() => checkNewVersion('adopted', [v(1, 'adopted', 'draft')]))).toBe('one_adopted');
    expect(ruleOf(() => checkNewVersion('amendment', [v(1, 'adopted', 'draft')]))).toBe('amendment_after_adoption');
    expect(ruleOf(() => checkNewVersion('amendment', [v(1, 'adopted')]))).toBeNull();
    expect(ruleOf(() => checkNewVersion('proposal', [v(1, 'adopted')]))).toBe('after_adoption');
  });

  it('needs a diarienummer when fullmäktige decides, not for the preliminary underlag', () => {
    expect(ruleOf(() => checkDecision('preliminary', { decidedOn: '2026-06-10', decidedBy: 'Budgetberedningen' }))).toBeNull();
    expect(() => checkDecision('adopted', { decidedOn: '2026-11-23', decidedBy: 'KF' })).toThrowError(AppError);
    try {
      checkDecision('amendment', { decidedOn: ' ' });
    } catch (e) {
      expect((e as AppError).fields.map((f) => f.field)).toEqual(['decidedOn', 'decidedBy', 'diarienummer']);
    }
  });

  it('puts the latest decided adopted budget or amendment in force, else falls back to the latest version', () => {
    const list = [v(1, 'preliminary'), v(2, 'proposal'), v(3, 'adopted'), v(4, 'amendment', 'draft')];
    expect(inForce(list)?.seq).toBe(3);
    expect(inForce([...list, v(5, 'amendment')])?.seq).toBe(5);
    expect(inForce(list.slice(0, 2))).toBeNull();
    expect(referenceVersion(list.slice(0, 2))?.seq).toBe(2);
    expect(referenceVersion([])).toBeNull();
  });
});

const A = '00000000-0000-4000-8000-00000000000a';
const B = '00000000-0000-4000-8000-00000000000b';
const f = (orgUnitId: string, kind: Frame['kind'], year: number, amountKr: number): Frame => ({ orgUnitId, kind, year, amountKr });

describe('frames', () => {
  it('gives the budget year and three plan years', () => expect(yearsOf(2027)).toEqual([2027, 2028, 2029, 2030]));

  it('refuses a bolag with a drift frame, a year outside the plan and a duplicate', () => {
    const bodies = [
      { id: A, name: 'Socialnämnden', kind: 'namnd' as const },
      { id: B, name: 'Flens Bostads AB', kind: 'bolag' as const },
    ];
    const errors = checkFrames(
      [f(A, 'operating', 2027, 1), f(B, 'operating', 2027, 1), f(A, 'operating', 2031, 1), f(A, 'operating', 2027, 2)],
      bodies,
      2027,
    );
    expect(errors.map((e) => e.field)).toEqual(['frames.1.kind', 'frames.2.year', 'frames.3']);
    expect(checkFrames([f(B, 'owner_contribution', 2030, 5)], bodies, 2027)).toEqual([]);
  });

  it('sums each kind per year', () => {
    const t = frameTotals([f(A, 'operating', 2027, 100), f(B, 'operating', 2027, 50), f(A, 'investment', 2028, 7)], [2027, 2028]);
    expect(t.operating).toEqual([150, 0]);
    expect(t.investment).toEqual([0, 7]);
  });

  it('shows the difference per body and year, a missing frame counting as zero, across budget years', () => {
    const d = diffFrames(
      [f(A, 'operating', 2026, 100), f(A, 'operating', 2027, 110)],
      [f(A, 'operating', 2027, 125), f(B, 'operating', 2027, 10)],
    );
    expect(d.years).toEqual([2026, 2027]);
    const rowA = d.rows.find((r) => r.orgUnitId === A);
    expect(rowA?.cells).toEqual([
      { year: 2026, fromKr: 100, toKr: null, changeKr: -100 },
      { year: 2027, fromKr: 110, toKr: 125, changeKr: 15 },
    ]);
    expect(d.rows.find((r) => r.orgUnitId === B)?.cells[1]).toEqual({ year: 2027, fromKr: null, toKr: 10, changeKr: 10 });
    expect(d.totals).toHaveLength(1);
    expect(d.totals[0]?.cells[1]).toEqual({ year: 2027, fromKr: 110, toKr: 135, changeKr: 25 });
  });
});

describe('internal distribution', () => {
  const units: TreeUnit[] = [
    { id: 'n', name: 'Nämnd', kind: 'namnd', parentId: null },
    { id: 'f', name: 'Förvaltning', kind: 'forvaltning', parentId: 'n' },
    { id: 'a1', name: 'Avd 1', kind: 'avdelning', parentId: 'f' },
    { id: 'a2', name: 'Avd 2', kind: 'avdelning', parentId: 'f' },
    { id: 'e1', name: 'Enhet 1', kind: 'enhet', parentId: 'a1' },
    { id: 'e2', name: 'Enhet 2', kind: 'enhet', parentId: 'a1' },
    { id: 'e3', name: 'Enhet 3', kind: 'enhet', parentId: 'a2' },
  ];

  it('is fully distributed when every level sums to the frame', () => {
    const lines = [
      { orgUnitId: 'f', amountKr: 1000 },
      { orgUnitId: 'a1', amountKr: 600 },
      { orgUnitId: 'a2', amountKr: 400 },
      { orgUnitId: 'e1', amountKr: 250 },
      { orgUnitId: 'e2', amountKr: 350 },
      { orgUnitId: 'e3', amountKr: 400 },
    ];
    const s = distributionSums('n', units, lines, 1000);
    expect(s.undistributedKr).toBe(0);
    expect(s.levels).toEqual([
      { kind: 'forvaltning', sumKr: 1000, undistributedKr: 0 },
      { kind: 'avdelning', sumKr: 1000, undistributedKr: 0 },
      { kind: 'enhet', sumKr: 1000, undistributedKr: 0 },
    ]);
    expect(s.nodes.map((n) => [n.id, n.depth, n.undistributedKr])).toEqual([
      ['n', 0, 0],
      ['f', 1, 0],
      ['a1', 2, 0],
      ['e1', 3, null],
      ['e2', 3, null],
      ['a2', 2, 0],
      ['e3', 3, null],
    ]);
  });

  it('shows what is not distributed, where, and per level', () => {
    const s = distributionSums(
      'n',
      units,
      [
        { orgUnitId: 'f', amountKr: 900 },
        { orgUnitId: 'a1', amountKr: 600 },
        { orgUnitId: 'e1', amountKr: 200 },
      ],
      1000,
    );
    expect(s.undistributedKr).toBe(100);
    expect(s.nodes.find((n) => n.id === 'f')?.undistributedKr).toBe(300);
    expect(s.nodes.find((n) => n.id === 'a1')?.undistributedKr).toBe(400);
    expect(s.nodes.find((n) => n.id === 'a2')?.undistributedKr).toBeNull();
    expect(s.levels.map((l) => l.undistributedKr)).toEqual([100, 400, 800]);
  });

  it('has no undistributed figure without a frame, and refuses lines outside the tree', () => {
    expect(distributionSums('n', units, [], null).undistributedKr).toBeNull();
    const errors = checkDistribution('n', units, [
      { orgUnitId: 'n', amountKr: 1 },
      { orgUnitId: 'x', amountKr: 1 },
      { orgUnitId: 'e1', amountKr: 1 },
      { orgUnitId: 'e1', amountKr: 2 },
    ]);
    expect(errors.map((e) => e.field)).toEqual(['lines.0.orgUnitId', 'lines.1.orgUnitId', 'lines.3.orgUnitId']);
  });
});

describe('balance requirement', () => {
  it('reads the best source per year', () => {
    expect(
      resultSeries([
        { year: 2025, source: 'budget', resultKr: 10 },
        { year: 2025, source: 'annual_report', resultKr: -5 },
        { year: 2024, source: 'forecast', resultKr: 3 },
      ]),
    ).toEqual([
      { year: 2024, source: 'forecast', resultKr: 3 },
      { year: 2025, source: 'annual_report', resultKr: -5 },
    ]);
  });

  it('opens an obligation on a negative result and closes it when surpluses restore it', () => {
    const o = obligations([
      { year: 2024, source: 'annual_report', resultKr: 12 },
      { year: 2025, source: 'annual_report', resultKr: -30 },
      { year: 2026, source: 'forecast', resultKr: 10 },
    ]);
    expect(o).toEqual([
      { year: 2025, deficitKr: 30, restoredKr: 10, remainingKr: 20, deadlineYear: 2028, status: 'open', metInYear: null, planned: true },
    ]);
    const met = obligations([
      { year: 2025, source: 'annual_report', resultKr: -30 },
      { year: 2026, source: 'annual_report', resultKr: 10 },
      { year: 2027, source: 'annual_report', resultKr: 25 },
    ]);
    expect(met[0]).toMatchObject({ status: 'met', metInYear: 2027, remainingKr: 0, planned: false });
    expect(
      openObligations([
        { year: 2025, source: 'annual_report', resultKr: -30 },
        { year: 2026, source: 'annual_report', resultKr: 30 },
      ]),
    ).toEqual([]);
    // Restored only on paper (a budget) stays visible until an årsredovisning shows it.
    const onPaper = openObligations([
      { year: 2025, source: 'annual_report', resultKr: -30 },
      { year: 2026, source: 'budget', resultKr: 30 },
    ]);
    expect(onPaper).toMatchObject([{ status: 'planned', remainingKr: 0, metInYear: 2026, planned: true }]);
  });

  it('is overdue when the third year has passed without restoring it, and pays the oldest deficit first', () => {
    const o = obligations([
      { year: 2020, source: 'annual_report', resultKr: -10 },
      { year: 2021, source: 'annual_report', resultKr: -5 },
      { year: 2022, source: 'annual_report', resultKr: 8 },
      { year: 2023, source: 'annual_report', resultKr: 0 },
    ]);
    expect(o.map((x) => [x.year, x.remainingKr, x.status])).toEqual([
      [2020, 2, 'overdue'],
      [2021, 5, 'open'],
    ]);
  });

  it('has no obligation when every year is positive or zero', () => {
    expect(
      obligations([
        { year: 2024, source: 'budget', resultKr: 0 },
        { year: 2025, source: 'budget', resultKr: 1 },
      ]),
    ).toEqual([]);
  });
});

describe('registers', () => {
  it('compares planned investments with the investment frames per year', () => {
    const c = investmentComparison(
      [
        {
          orgUnitId: A,
          amounts: [
            { year: 2027, amountKr: 80 },
            { year: 2028, amountKr: 40 },
          ],
        },
      ],
      [f(A, 'investment', 2027, 100), f(A, 'investment', 2028, 30), f(A, 'operating', 2027, 999)],
      [2027, 2028],
    );
    expect(c.total).toEqual([
      { year: 2027, plannedKr: 80, frameKr: 100, differenceKr: 20 },
      { year: 2028, plannedKr: 40, frameKr: 30, differenceKr: -10 },
    ]);
    expect(c.perBody).toHaveLength(1);
  });

  it('needs an amount and period for a sought grant and a reason for one not sought', () => {
    expect(checkGrant({ applied: true }).map((e) => e.field)).toEqual(['amountKr', 'periodFrom', 'periodTo']);
    expect(checkGrant({ applied: true, amountKr: 1, periodFrom: '2027-06-01', periodTo: '2027-01-01' }).map((e) => e.field)).toEqual([
      'periodTo',
    ]);
    expect(checkGrant({ applied: false, reasonNotApplied: ' ' }).map((e) => e.field)).toEqual(['reasonNotApplied']);
    expect(checkGrant({ applied: false, reasonNotApplied: 'Kräver medfinansiering' })).toEqual([]);
    expect(
      grantSummary([
        { orgUnitId: A, applied: true, amountKr: 5 },
        { orgUnitId: A, applied: false, amountKr: null },
      ]),
    ).toEqual([{ orgUnitId: A, appliedCount: 1, appliedKr: 5, notAppliedCount: 1 }]);
  });
});
