// Who is reminded of a unit's task.
import { describe, expect, it } from 'vitest';
import { responsibleByUnit } from './responsible.js';

const units = [
  { id: 'kf', kind: 'fullmaktige', parentId: null },
  { id: 'ks', kind: 'kommunstyrelse', parentId: 'kf' },
  { id: 'klf', kind: 'forvaltning', parentId: 'ks' },
  { id: 'sn', kind: 'namnd', parentId: 'kf' },
  { id: 'sof', kind: 'forvaltning', parentId: 'sn' },
  { id: 'avd', kind: 'avdelning', parentId: 'sof' },
  { id: 'enh', kind: 'enhet', parentId: 'avd' },
  { id: 'enh2', kind: 'enhet', parentId: 'avd' },
  { id: 'val', kind: 'namnd', parentId: 'kf' },
  { id: 'ab', kind: 'bolag', parentId: 'kf' },
  { id: 'rev', kind: 'revision', parentId: 'kf' },
];
const holders = [
  { personId: 'admin', orgUnitId: 'kf', role: 'admin' },
  { personId: 'ordf', orgUnitId: 'sn', role: 'elected' },
  { personId: 'kommunchef', orgUnitId: 'klf', role: 'manager' },
  { personId: 'klf-controller', orgUnitId: 'klf', role: 'controller' },
  { personId: 'fch', orgUnitId: 'sof', role: 'manager' },
  { personId: 'ctl', orgUnitId: 'sof', role: 'controller' },
  { personId: 'ctl', orgUnitId: 'sof', role: 'staff' },
  { personId: 'avdchef', orgUnitId: 'avd', role: 'manager' },
  { personId: 'enhetschef', orgUnitId: 'enh', role: 'manager' },
  { personId: 'usk', orgUnitId: 'enh', role: 'staff' },
  { personId: 'vd', orgUnitId: 'ab', role: 'manager' },
];
const r = responsibleByUnit(units, holders);

describe('responsibleByUnit', () => {
  it('is the unit’s own managers and controllers, once each', () => {
    expect(r.get('sof')).toEqual(['fch', 'ctl']);
    expect(r.get('enh')).toEqual(['enhetschef']);
    expect(r.get('ab')).toEqual(['vd']);
  });

  it('for a nämnd or KS, the förvaltning that prepares its business; for KF, the KS’s', () => {
    expect(r.get('sn')).toEqual(['fch', 'ctl']);
    expect(r.get('ks')).toEqual(['kommunchef', 'klf-controller']);
    expect(r.get('kf')).toEqual(['kommunchef', 'klf-controller']);
  });

  it('otherwise whoever answers for the unit above, not everyone above', () => {
    expect(r.get('enh2')).toEqual(['avdchef']);
    // A nämnd without a förvaltning: served by the kommunstyrelse's förvaltning through KF.
    expect(r.get('val')).toEqual(['kommunchef', 'klf-controller']);
    expect(r.get('enh')).not.toContain('avdchef');
  });

  it('gives nobody where nobody answers, and never sends the revision’s to those it audits', () => {
    expect(r.get('rev')).toEqual([]);
    const lone = responsibleByUnit([{ id: 'x', kind: 'namnd', parentId: null }], [{ personId: 'p', orgUnitId: 'x', role: 'elected' }]);
    expect(lone.get('x')).toEqual([]);
  });
});
