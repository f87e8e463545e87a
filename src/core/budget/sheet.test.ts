import { describe, expect, it } from 'vitest';
import { cellRef, column, readDistributionSheet, readFrameSheet, wholeKronor } from './sheet.js';

const bodies = [
  { name: 'Socialnämnden', kind: 'namnd' as const },
  { name: 'Flens Bostads AB', kind: 'bolag' as const },
];

describe('sheet reading', () => {
  it('names columns as Excel does', () => {
    expect([column(0), column(25), column(26), column(27)]).toEqual(['A', 'Z', 'AA', 'AB']);
    expect(cellRef(6, 2)).toBe('C7');
  });

  it('reads whole kronor from numbers and Swedish text, nothing else', () => {
    expect(wholeKronor(1200)).toBe(1200);
    expect(wholeKronor('1 234 567')).toBe(1234567);
    expect(wholeKronor('−5')).toBe(-5);
    expect(wholeKronor(12.5)).toBeNull();
    expect(wholeKronor('tolv')).toBeNull();
  });

  it('reads a frame sheet', () => {
    const grid = [
      ['Nämnd eller bolag', 'Slag', 2027, 2028],
      ['socialnämnden', 'Drift', 1000, '2 000'],
      ['Flens Bostads AB', 'Ägartillskott', 5, null],
    ];
    const r = readFrameSheet(grid, 2027, bodies);
    expect(r.errors).toEqual([]);
    expect(r.cells).toEqual([
      { name: 'Socialnämnden', kind: 'operating', year: 2027, amountKr: 1000 },
      { name: 'Socialnämnden', kind: 'operating', year: 2028, amountKr: 2000 },
      { name: 'Flens Bostads AB', kind: 'owner_contribution', year: 2027, amountKr: 5 },
    ]);
  });

  it('reports every error by cell', () => {
    const grid = [
      ['Nämnd eller bolag', 'Slag', 2027, 2035],
      ['Socialnämnden', 'Drift', 12.5, 1],
      ['Okänd nämnd', 'Lön', 'mycket', 1],
      ['Flens Bostads AB', 'Drift', 1, 1],
      ['Socialnämnden', 'Drift', 2, 1],
    ];
    expect(readFrameSheet(grid, 2027, bodies).errors.map((e) => `${e.cell}: ${e.message}`)).toEqual([
      'D1: inte ett år 2027–2030',
      'C2: inte ett heltal',
      'A3: okänd nämnd eller bolag «Okänd nämnd»',
      'B3: slaget ska vara Drift, Investering eller Ägartillskott',
      'C3: inte ett heltal',
      'B4: Flens Bostads AB kan inte ha driftram (netto)',
      'A5: samma nämnd och slag finns redan på rad 2',
    ]);
  });

  it('reads a distribution sheet by id or name and reports errors by cell', () => {
    const units = [
      { id: 'u1', name: 'Hemtjänst Flen' },
      { id: 'u2', name: 'IFO Vuxen' },
      { id: 'u3', name: 'IFO Vuxen' },
    ];
    const ok = readDistributionSheet(
      [
        ['Enhet', 'Nivå', 'Belopp (kr)', 'Id'],
        ['Hemtjänst Flen', 'enhet', 100, null],
        ['x', '', 50, 'u2'],
      ],
      units,
    );
    expect(ok).toEqual({
      lines: [
        { orgUnitId: 'u1', amountKr: 100 },
        { orgUnitId: 'u2', amountKr: 50 },
      ],
      errors: [],
    });
    const bad = readDistributionSheet(
      [
        ['Enhet', 'Nivå', 'Belopp (kr)', 'Id'],
        ['IFO Vuxen', '', 1, null],
        ['Hemtjänst Flen', '', 'tio', null],
        ['', '', 5, 'zz'],
        ['Hemtjänst Flen', '', 7, ''],
      ],
      units,
    );
    expect(bad.errors.map((e) => `${e.cell}: ${e.message}`)).toEqual([
      'A2: flera enheter har det namnet; ange id i kolumn D',
      'C3: inte ett heltal',
      'D4: okänd enhet för nämnden',
      'A5: enheten finns redan på rad 3',
    ]);
  });
});
