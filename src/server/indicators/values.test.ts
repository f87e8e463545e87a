// Targets, values and the goal status computed from them, rolled up along the demo's red thread.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp } from '../testing/harness.js';

let t: Awaited<ReturnType<typeof testApp>>;
let controller: string;
let unitId: string;
let goal: { lineageId: string; parents: { lineageId: string }[]; indicators: { id: string }[] };
let indicatorId: string;

const statusOf = async (lineageId: string) => {
  const res = await t.call('GET', '/api/goal-status?year=2026', { cookie: controller });
  return res.body.items.find((g: { lineageId: string }) => g.lineageId === lineageId);
};
const value = (body: object) =>
  t.call('POST', `/api/indicators/${indicatorId}/measurements`, { cookie: controller, body: { orgUnitId: unitId, ...body } });

beforeAll(async () => {
  t = await testApp();
  controller = await t.loginAs('controller');
  const units = (await t.call('GET', '/api/org-units', { cookie: controller })).body.items;
  unitId = units.find((u: { name: string }) => u.name === 'Hemtjänst Flen').id;
  const plan = (await t.call('GET', `/api/plans?kind=verksamhetsplan&orgUnitId=${unitId}&year=2026`, { cookie: controller })).body.items[0];
  const detail = (await t.call('GET', `/api/plans/${plan.id}`, { cookie: controller })).body;
  goal = detail.goals.find((g: { title: string }) => /tolv olika medarbetare/.test(g.title));
  indicatorId = goal.indicators[0]?.id as string;
});
afterAll(() => t.close());

describe('goal status from indicators', () => {
  it('is not assessed without values, and says why', async () => {
    const s = await statusOf(goal.lineageId);
    expect(s.status).toBe('not_assessed');
    expect(s.parts[0].reason).toMatch(/Inget utfall/);
  });

  it('follows direction, target and tolerance, and rolls up to the parent goal', async () => {
    const ind = (await t.call('GET', `/api/indicators/${indicatorId}`, { cookie: controller })).body;
    const patched = await t.call('PATCH', `/api/indicators/${indicatorId}`, {
      cookie: controller,
      body: {
        ...ind,
        direction: 'lower',
        tolerancePct: 10,
        koladaKpi: ind.koladaKpi,
        targets: undefined,
        measurements: undefined,
        id: undefined,
      },
    });
    expect(patched.status, JSON.stringify(patched.body)).toBe(200);
    expect(
      (
        await t.call('POST', `/api/indicators/${indicatorId}/targets`, {
          cookie: controller,
          body: { orgUnitId: unitId, period: '2026', value: 12 },
        })
      ).status,
    ).toBe(200);
    expect((await value({ period: '2026-T1', value: 11, comment: 'Första tertialet' })).status).toBe(200);
    expect((await statusOf(goal.lineageId)).status).toBe('achieved');
    const parent = goal.parents[0]?.lineageId as string;
    expect((await statusOf(parent)).status).toBe('achieved');
    const t2 = await value({ period: '2026-T2', value: 16 });
    expect((await statusOf(goal.lineageId)).status).toBe('not_achieved');
    const p = await statusOf(parent);
    expect(p.status).toBe('not_achieved');
    expect(p.parts.map((x: { title: string; status: string }) => [x.title, x.status])).toContainEqual([
      expect.stringMatching(/tolv olika/),
      'not_achieved',
    ]);
    const fixed = await value({ period: '2026-T2', value: 12.5, comment: 'Rättat', version: t2.body.version });
    expect(fixed.status).toBe(200);
    expect((await statusOf(goal.lineageId)).status).toBe('partly');
    const history = (await t.call('GET', `/api/measurements/${fixed.body.id}/history`, { cookie: controller })).body.items;
    expect(history).toEqual([
      expect.objectContaining({ valueBefore: 16, valueAfter: 12.5, commentAfter: 'Rättat', changedBy: 'Jonas Palm' }),
    ]);
    const stale = await value({ period: '2026-T2', value: 20, version: t2.body.version });
    expect(stale.status).toBe(409);
  });

  it('uses the target in force for the measured period when targets change', async () => {
    await t.call('POST', `/api/indicators/${indicatorId}/targets`, {
      cookie: controller,
      body: { orgUnitId: unitId, period: '2026-T2', value: 13 },
    });
    const s = await statusOf(goal.lineageId);
    expect(s.status).toBe('achieved');
    expect(s.parts[0].reason).toMatch(/högst 13/);
  });

  it('keeps values split by gender apart from the total', async () => {
    expect((await value({ period: '2026-T2', gender: 'K', value: 30 })).status).toBe(200);
    expect((await value({ period: '2026-T2', gender: 'M', value: 1 })).status).toBe(200);
    const ind = (await t.call('GET', `/api/indicators/${indicatorId}`, { cookie: controller })).body;
    expect(
      ind.measurements
        .filter((v: { period: string }) => v.period === '2026-T2')
        .map((v: { gender: string }) => v.gender)
        .sort(),
    ).toEqual(['K', 'M', 'T']);
    expect((await statusOf(goal.lineageId)).status).toBe('achieved');
  });

  it('takes pasted rows all or none, naming the bad row', async () => {
    const bad = await t.call('POST', `/api/indicators/${indicatorId}/measurements/bulk`, {
      cookie: controller,
      body: {
        rows: [
          { orgUnitId: unitId, period: '2026-05', value: 10 },
          { orgUnitId: unitId, period: 'maj', value: 11 },
        ],
      },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields[0].field).toBe('rows.1.period');
    const ind = (await t.call('GET', `/api/indicators/${indicatorId}`, { cookie: controller })).body;
    expect(ind.measurements.find((v: { period: string }) => v.period === '2026-05')).toBeUndefined();
    const good = await t.call('POST', `/api/indicators/${indicatorId}/measurements/bulk`, {
      cookie: controller,
      body: {
        rows: [
          { orgUnitId: unitId, period: '2026-05', value: 10 },
          { orgUnitId: unitId, period: '2026-06', value: 11 },
        ],
      },
    });
    expect(good.body).toEqual({ rows: 2, changed: 2 });
    const again = await t.call('POST', `/api/indicators/${indicatorId}/measurements/bulk`, {
      cookie: controller,
      body: { rows: [{ orgUnitId: unitId, period: '2026-05', value: 10 }] },
    });
    expect(again.body).toEqual({ rows: 1, changed: 0 });
  });

  it('lets only managers and controllers of the unit enter values', async () => {
    const staff = await t.loginAs('staff');
    const res = await t.call('POST', `/api/indicators/${indicatorId}/measurements`, {
      cookie: staff,
      body: { orgUnitId: unitId, period: '2026-T3', value: 1 },
    });
    expect(res.status).toBe(403);
  });
});
