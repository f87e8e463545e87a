import { describe, expect, it } from 'vitest';
import type { BodyLine, Frame } from './frames.js';
import { framesFromScenario } from './fromScenario.js';
import { MAX_KR } from './kinds.js';

const bodies: BodyLine[] = [
  { id: 'ks', name: 'Kommunstyrelsen', kind: 'kommunstyrelse' },
  { id: 'sn', name: 'Socialnämnden', kind: 'namnd' },
  { id: 'vn', name: 'Valnämnden', kind: 'namnd' },
  { id: 'ab', name: 'Unikabruket AB', kind: 'bolag' },
];
const f = (orgUnitId: string, kind: Frame['kind'], year: number, amountKr: number): Frame => ({ orgUnitId, kind, year, amountKr });
const base: Frame[] = [
  f('ks', 'operating', 2027, 150_000_000),
  f('ks', 'operating', 2028, 153_000_000),
  f('ks', 'investment', 2027, 10_000_000),
  f('sn', 'operating', 2027, 600_000_000),
  f('sn', 'operating', 2028, 618_000_000),
  f('vn', 'operating', 2027, 350_000),
  f('ab', 'owner_contribution', 2027, 3_500_000),
];
const sorted = (frames: Frame[]) =>
  [...frames].sort((a, b) => `${a.orgUnitId}${a.kind}${a.year}`.localeCompare(`${b.orgUnitId}${b.kind}${b.year}`));

describe('frames from a scenario', () => {
  it('replaces only the budget year’s operating frames of the scenario’s nämnder and keeps the rest', () => {
    const out = framesFromScenario(
      base,
      [
        { key: 'ks', name: 'Kommunstyrelsen', newKr: 155_123_456 },
        { key: 'sn', name: 'Socialnämnden', newKr: 611_000_001 },
      ],
      bodies,
      2027,
    );
    expect(out.errors).toEqual([]);
    expect(sorted(out.frames)).toEqual(
      sorted([
        f('ks', 'operating', 2027, 155_123_456),
        f('ks', 'operating', 2028, 153_000_000),
        f('ks', 'investment', 2027, 10_000_000),
        f('sn', 'operating', 2027, 611_000_001),
        f('sn', 'operating', 2028, 618_000_000),
        f('vn', 'operating', 2027, 350_000),
        f('ab', 'owner_contribution', 2027, 3_500_000),
      ]),
    );
  });

  it('adds the frame of a nämnd the base lacks, and works without a base', () => {
    expect(framesFromScenario([], [{ key: 'vn', name: 'Valnämnden', newKr: 1_200_000 }], bodies, 2029)).toEqual({
      frames: [f('vn', 'operating', 2029, 1_200_000)],
      errors: [],
    });
  });

  it('refuses a key that is no nämnd of the organisation, or a bolag, naming each, and returns no frames', () => {
    const out = framesFromScenario(
      base,
      [
        { key: 'sn', name: 'Socialnämnden', newKr: 1 },
        { key: 'gone', name: 'Tekniska nämnden', newKr: 2 },
        { key: 'ab', name: 'Unikabruket AB', newKr: 3 },
      ],
      bodies,
      2027,
    );
    expect(out.frames).toEqual([]);
    expect(out.errors.map((e) => e.field)).toEqual(['scenario.namnder.1', 'scenario.namnder.2']);
    expect(out.errors[0]?.message).toMatch(/^Tekniska nämnden i scenariot är ingen nämnd/);
  });

  it('refuses an absurd amount', () => {
    const out = framesFromScenario(base, [{ key: 'sn', name: 'Socialnämnden', newKr: MAX_KR + 1 }], bodies, 2027);
    expect(out.errors).toHaveLength(1);
  });
});
