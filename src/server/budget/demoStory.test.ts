// The demo tells one story: the allocation model's last year's frames are KF's adopted frames for
// 2026, June's underlag 2027 is the June scenario computed, August's proposal the August scenario,
// and the adopted budget is August's with KF's final changes; Socialnämnden distributes its adopted
// frame and keeps 1,5 mnkr at Vård och omsorg. Read through the APIs, on an untouched demo.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kfChanges, KEPT_AT_VARD_OCH_OMSORG } from '../seed/budgetData.js';
import { socialLines } from '../seed/budget.js';
import { testApp } from '../testing/harness.js';

let t: Awaited<ReturnType<typeof testApp>>;
let cookie: string;
type Frame = { orgUnitId: string; kind: string; year: number; amountKr: number };
type Bridge = { key: string; name: string; previousKr: number; newKr: number };

const get = async (path: string) => {
  const res = await t.call('GET', path, { cookie });
  expect(res.status, path).toBe(200);
  return res.body;
};
const operating = (frames: Frame[], year: number) =>
  new Map(frames.filter((f) => f.kind === 'operating' && f.year === year).map((f) => [f.orgUnitId, f.amountKr]));

let june: { id: string; name: string; version: number; result: { namnder: Bridge[] } };
let august: typeof june;

beforeAll(async () => {
  t = await testApp();
  cookie = await t.loginAs('elected');
  const items = (await get('/api/allocation/scenarios?year=2027')).items as { id: string; isBase: boolean }[];
  june = await get(`/api/allocation/scenarios/${items.find((s) => s.isBase)?.id}`);
  august = await get(`/api/allocation/scenarios/${items.find((s) => !s.isBase)?.id}`);
});
afterAll(() => t.close());

describe('the demo budget and the allocation model', () => {
  it('has KF’s adopted budget 2026 in force, whose frames are the model’s last year’s frames', async () => {
    const list = await get('/api/budget/versions?year=2026');
    expect(list.versions.map((v: { kind: string; status: string }) => `${v.kind}:${v.status}`)).toEqual(['adopted:decided']);
    expect(list.versions[0].inForce).toBe(true);
    const frames = operating((await get(`/api/budget/versions/${list.versions[0].id}`)).frames, 2026);
    for (const s of [june, august]) {
      expect(s.result.namnder.length).toBe(frames.size);
      for (const n of s.result.namnder) expect(frames.get(n.key), n.name).toBe(n.previousKr);
    }
    // The first version of 2027 starts from it.
    const y27 = await get('/api/budget/versions?year=2027');
    expect(y27.versions[0].basedOnId).toBe(list.versions[0].id);
  });

  it('makes June’s and August’s versions the scenarios computed, and the adopted budget August’s with KF’s changes', async () => {
    const [prel, proposal, adopted] = (await get('/api/budget/versions?year=2027')).versions;
    for (const [v, s] of [
      [prel, june],
      [proposal, august],
    ] as const) {
      const d = await get(`/api/budget/versions/${v.id}`);
      expect(d.version.sourceScenario).toEqual({ id: s.id, name: s.name, version: s.version });
      expect(d.scenario).toMatchObject({ id: s.id, changed: false });
      const frames = operating(d.frames, 2027);
      for (const n of s.result.namnder) expect(frames.get(n.key), `${v.title}: ${n.name}`).toBe(n.newKr);
    }
    const d = await get(`/api/budget/versions/${adopted.id}`);
    expect(d.version.sourceScenario).toBeNull();
    const frames = operating(d.frames, 2027);
    const changed = new Map(kfChanges.map((c) => [c.unit, c.amountKr]));
    for (const n of august.result.namnder) expect(frames.get(n.key), n.name).toBe(n.newKr + (changed.get(n.name) ?? 0));
    expect([...changed.values()].every((kr) => kr !== 0)).toBe(true);
  });

  it('distributes Socialnämnden’s adopted frame, keeping 1,5 mnkr at Vård och omsorg', async () => {
    const sn = august.result.namnder.find((n) => n.name === 'Socialnämnden') as Bridge;
    const d = await get(`/api/budget/distribution/${sn.key}?year=2027`);
    const frame = sn.newKr + (kfChanges.find((c) => c.unit === 'Socialnämnden')?.amountKr ?? 0);
    expect(d.frameKr).toBe(frame);
    expect(d.levels).toEqual([
      { kind: 'forvaltning', sumKr: frame, undistributedKr: 0 },
      { kind: 'avdelning', sumKr: frame, undistributedKr: 0 },
      { kind: 'enhet', sumKr: frame - KEPT_AT_VARD_OCH_OMSORG, undistributedKr: KEPT_AT_VARD_OCH_OMSORG },
    ]);
    expect(d.nodes.find((n: { name: string }) => n.name === 'Vård och omsorg').undistributedKr).toBe(KEPT_AT_VARD_OCH_OMSORG);
  });

  it('splits any frame into whole-thousand lines that add up exactly', () => {
    for (const frame of [420_513_959, 1_600_000, 612_000_000]) {
      const lines = socialLines(frame);
      expect(lines.Socialförvaltningen).toBe(frame);
      const avd = ['Vård och omsorg', 'Individ- och familjeomsorg', 'Stöd och service'].reduce((a, n) => a + (lines[n] ?? 0), 0);
      expect(avd).toBe(frame);
      const enheter = Object.entries(lines).filter(
        ([n]) => !['Socialförvaltningen', 'Vård och omsorg', 'Individ- och familjeomsorg', 'Stöd och service'].includes(n),
      );
      expect(enheter.reduce((a, [, kr]) => a + kr, 0)).toBe(frame - KEPT_AT_VARD_OCH_OMSORG);
      expect(enheter.filter(([, kr]) => kr % 1000 !== 0).length).toBeLessThanOrEqual(1);
    }
  });
});
