import { describe, expect, it } from 'vitest';
import { annualCycle } from './cycle.js';
import { stepKey, taskState, taskUnitsFor, type UnitRef, workableUnits } from './tasks.js';

const units: UnitRef[] = [
  { id: 'kf', kind: 'fullmaktige', name: 'KF', parentId: null },
  { id: 'ks', kind: 'kommunstyrelse', name: 'KS', parentId: 'kf' },
  { id: 'klf', kind: 'forvaltning', name: 'KLF', parentId: 'ks' },
  { id: 'sn', kind: 'namnd', name: 'SN', parentId: 'kf' },
  { id: 'sf', kind: 'forvaltning', name: 'SF', parentId: 'sn' },
  { id: 'hem', kind: 'enhet', name: 'Hemtjänst', parentId: 'sf' },
  { id: 'old', kind: 'namnd', name: 'Nedlagd', parentId: 'kf', closedOn: '2025-12-31' },
  { id: 'bolag', kind: 'bolag', name: 'Bolaget', parentId: 'kf' },
];

describe('which units get a task', () => {
  const steps = annualCycle(2026).steps;
  const of = (id: string) => taskUnitsFor(steps.find((s) => s.step === id) as never, units).map((u) => u.id);
  it('gives every open nämnd, KS and bolag the planeringsförutsättningar; KS and nämnder the nämndplan', () => {
    expect(of('planeringsforutsattningar')).toEqual(['ks', 'sn', 'bolag']);
    expect(of('namndplan')).toEqual(['ks', 'sn']);
  });
  it('gives every förvaltning its verksamhetsplan and månadsrapport, the nämnder their nämndrapporter', () => {
    expect(of('verksamhetsplan')).toEqual(['klf', 'sf']);
    expect(of('manadsrapport')).toEqual(['klf', 'sf']);
    expect(of('namndrapport_3')).toEqual(['sn']);
  });
  it('gives KF its adoption, KS the delårsrapport and nobody the election', () => {
    expect(of('kf_strategisk_plan')).toEqual(['kf']);
    expect(of('delarsrapport')).toEqual(['ks']);
    expect(of('val')).toEqual([]);
  });
});

describe('stepKey', () => {
  it('is one per month for repeated steps and one per budget year otherwise, unique within a year', () => {
    const steps = annualCycle(2026).steps;
    const keys = steps.map(stepKey);
    expect(keys).toContain('manadsrapport:2026-03');
    expect(keys).toContain('budgetberedning:2026-02');
    expect(keys).toContain('namndplan:2027');
    expect(keys).toContain('arsredovisning:2025');
    expect(keys).toContain('val:2026');
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('taskState', () => {
  it('is late only when not done after the due day', () => {
    expect(taskState({ state: 'not_started', dueOn: '2026-04-30' }, '2026-04-30')).toBe('not_started');
    expect(taskState({ state: 'in_progress', dueOn: '2026-04-30' }, '2026-05-01')).toBe('late');
    expect(taskState({ state: 'not_started', dueOn: '2026-04-30' }, '2026-05-01')).toBe('late');
    expect(taskState({ state: 'done', dueOn: '2026-04-30' }, '2027-01-01')).toBe('done');
  });
});

describe('workableUnits', () => {
  it('reaches down from a role, and up to the nämnd a förvaltning serves', () => {
    expect([...workableUnits(units, ['sf'])].sort()).toEqual(['hem', 'sf', 'sn']);
    expect([...workableUnits(units, ['klf'])].sort()).toEqual(['kf', 'klf', 'ks']);
    expect([...workableUnits(units, ['hem'])]).toEqual(['hem']);
    expect(workableUnits(units, []).size).toBe(0);
  });
});
