import { describe, expect, it } from 'vitest';
import { parsePeriod } from '../period.js';
import { assessIndicator, combine, goalStatuses, type StatusPart, targetInForce, valuesForUnit } from './status.js';

const t = (value: number, high: number | null = null) => ({ value, high });

describe('an indicator against its target', () => {
  it('higher is better: at target achieved, within tolerance partly, below not', () => {
    expect(assessIndicator('higher', t(80), 5, 80).status).toBe('achieved');
    expect(assessIndicator('higher', t(80), 5, 76.5).status).toBe('partly');
    expect(assessIndicator('higher', t(80), 5, 75).status).toBe('not_achieved');
  });

  it('lower is better mirrors it', () => {
    expect(assessIndicator('lower', t(6), 10, 5.2).status).toBe('achieved');
    expect(assessIndicator('lower', t(6), 10, 6.5).status).toBe('partly');
    expect(assessIndicator('lower', t(6), 10, 7).status).toBe('not_achieved');
  });

  it('a target band is achieved inside it', () => {
    expect(assessIndicator('band', t(95, 100), 2, 97).status).toBe('achieved');
    expect(assessIndicator('band', t(95, 100), 2, 101.5).status).toBe('partly');
    expect(assessIndicator('band', t(95, 100), 2, 90).status).toBe('not_achieved');
  });

  it('is not assessed when neutral, or without value or target, and says why', () => {
    expect(assessIndicator('neutral', t(1), 5, 1)).toMatchObject({
      status: 'not_assessed',
      reason: expect.stringMatching(/ingen riktning/),
    });
    expect(assessIndicator('higher', t(1), 5, null).reason).toMatch(/Inget utfall/);
    expect(assessIndicator('higher', null, 5, 1).reason).toMatch(/Inget målvärde/);
  });

  it('explains in words with Swedish numbers', () => {
    expect(assessIndicator('higher', t(80.5), 5, 77).reason).toBe('Utfallet 77; målvärdet är minst 80,5 och ligger inom toleransen 5 %.');
  });
});

describe('a goal from what it rests on', () => {
  it('combines: all achieved, all not, a mix, nothing assessed', () => {
    expect(combine(['achieved', 'achieved', 'not_assessed'])).toBe('achieved');
    expect(combine(['not_achieved', 'not_achieved'])).toBe('not_achieved');
    expect(combine(['achieved', 'not_achieved'])).toBe('partly');
    expect(combine(['not_assessed'])).toBe('not_assessed');
    expect(combine([])).toBe('not_assessed');
  });

  it('rolls up along the red thread and explains why a parent is partly achieved', () => {
    const ind = (id: string, status: StatusPart['status']): StatusPart => ({ kind: 'indicator', id, title: id, status, reason: '' });
    const s = goalStatuses({
      goals: [
        { id: 'kf', title: 'KF-mål', indicators: [] },
        { id: 'n1', title: 'Nämndmål 1', indicators: [ind('i1', 'achieved')] },
        { id: 'n2', title: 'Nämndmål 2', indicators: [ind('i2', 'not_achieved')] },
        { id: 'e1', title: 'Enhetsmål', indicators: [ind('i3', 'achieved')] },
      ],
      links: [
        { childId: 'n1', parentId: 'kf' },
        { childId: 'n2', parentId: 'kf' },
        { childId: 'e1', parentId: 'n1' },
      ],
    });
    expect(s.get('n1')?.status).toBe('achieved');
    expect(s.get('kf')?.status).toBe('partly');
    expect(s.get('kf')?.reason).toBe('Delvis uppfyllt: av 2 underlag (indikatorer och bidragande mål) är 1 uppfyllt, 1 ej uppfyllt.');
    expect(s.get('kf')?.parts.map((p) => [p.title, p.status])).toEqual([
      ['Nämndmål 1', 'achieved'],
      ['Nämndmål 2', 'not_achieved'],
    ]);
  });
});

describe('the target in force', () => {
  it('is the latest to start before the period ends, the more specific on a tie', () => {
    const targets = [{ period: '2025' }, { period: '2026' }, { period: '2026-T2' }, { period: '2027' }];
    expect(targetInForce(targets, parsePeriod('2026-T1'))?.period).toBe('2026');
    expect(targetInForce(targets, parsePeriod('2026-T2'))?.period).toBe('2026-T2');
    expect(targetInForce(targets, parsePeriod('2026'))?.period).toBe('2026-T2');
    expect(targetInForce([{ period: '2026-T1' }, { period: '2026' }], parsePeriod('2026-02'))?.period).toBe('2026-T1');
    expect(targetInForce([{ period: '2027' }], parsePeriod('2026'))).toBeUndefined();
  });
});

describe('the values that count for a unit', () => {
  it('are its own, else the nearest unit above it that has any', () => {
    const rows = [
      { org_unit_id: 'kf', v: 1 },
      { org_unit_id: 'forv', v: 2 },
    ];
    expect(valuesForUnit(rows, ['enhet', 'avd', 'forv', 'kf']).map((r) => r.v)).toEqual([2]);
    expect(valuesForUnit(rows, ['kf']).map((r) => r.v)).toEqual([1]);
    expect(valuesForUnit(rows, ['annan'])).toEqual([]);
  });
});
