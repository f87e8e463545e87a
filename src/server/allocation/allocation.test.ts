// The allocation model over HTTP on the demo: computed figures equal core's, versions, rights,
// copies, comparison and the population import.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeScenario } from '../../core/allocation/bridge.js';
import { allocate } from '../../core/allocation/model.js';
import { testApp } from '../testing/harness.js';

let t: Awaited<ReturnType<typeof testApp>>;
let admin: string;
let controller: string;
let staff: string;
let june: { id: string; version: number };
let august: { id: string };

const fixture = (name: string) => readFileSync(join(import.meta.dirname, '../../../fixtures/population', name), 'utf8');
const get = (id: string, cookie = admin) => t.call('GET', `/api/allocation/scenarios/${id}`, { cookie });

beforeAll(async () => {
  t = await testApp();
  admin = await t.loginAs('admin');
  controller = await t.loginAs('controller');
  staff = await t.loginAs('staff');
  const list = (await t.call('GET', '/api/allocation/scenarios?year=2027', { cookie: staff })).body.items;
  june = list.find((s: { isBase: boolean }) => s.isBase);
  august = list.find((s: { isBase: boolean }) => !s.isBase);
});
afterAll(() => t.close());

describe('the demo model for 2027', () => {
  it('is readable by anyone signed in, and computes to the same figures as core', async () => {
    const res = await get(june.id, staff);
    expect(res.status).toBe(200);
    expect(res.body.problems).toEqual([]);
    expect(res.body.canEdit).toBe(false);
    const { config, population, result } = res.body;
    expect(population.dates).toEqual(['2025-12-31', '2026-12-31', '2027-12-31']);
    expect(result).toEqual(computeScenario(config, 2027, population.entries));
    expect(result.allocation).toEqual(
      allocate({ budgetYear: 2027, populationRule: config.populationRule, population: population.entries, priceTags: config.priceTags }),
    );
    for (const n of result.namnder)
      expect(n.newKr - n.previousKr).toBe(n.steps.reduce((a: number, s: { amountKr: number }) => a + s.amountKr, 0));
    const ks = result.namnder.find((n: { name: string }) => n.name === 'Kommunstyrelsen');
    expect(ks.steps.map((s: { kind: string }) => s.kind)).toContain('wage_pot');
    expect((await t.call('GET', `/api/allocation/scenarios/${june.id}`)).status).toBe(401);
  });

  it('compares June with August: the priorities are the difference', async () => {
    const res = await t.call('GET', `/api/allocation/compare?a=${june.id}&b=${august.id}`, { cookie: staff });
    expect(res.status).toBe(200);
    expect(res.body.comparison.diffKr).toBe(3_000_000 + 2_500_000 - 1_000_000 + 1_500_000);
    const sbn = res.body.comparison.namnder.find((n: { name: string }) => n.name === 'Samhällsbyggnadsnämnden');
    expect(sbn.steps.find((s: { kind: string }) => s.kind === 'priority')).toEqual({
      kind: 'priority',
      aKr: 0,
      bKr: -1_000_000,
      diffKr: -1_000_000,
    });
  });
});

describe('changing the model', () => {
  it('refuses people outside the centre: a controller of a nämnd, staff', async () => {
    for (const cookie of [controller, staff]) {
      const res = await t.call('POST', '/api/allocation/scenarios', { cookie, body: { budgetYear: 2027, name: 'X', copyFrom: june.id } });
      expect(res.status).toBe(403);
    }
  });

  it('copies a scenario, and a price tag change moves the line, the bridge and the frame', async () => {
    const copy = await t.call('POST', '/api/allocation/scenarios', {
      cookie: admin,
      body: { budgetYear: 2027, name: 'Kopia', copyFrom: june.id },
    });
    expect(copy.status).toBe(201);
    expect(copy.body.isBase).toBe(false);
    const before = (await get(copy.body.id)).body;
    const config = structuredClone(before.config);
    const tag = config.priceTags.find((p: { verksamhet: string; ageBand: string }) => p.verksamhet === 'Grundskola' && p.ageBand === '7-9');
    tag.krPerInhabitant += 1000;
    const saved = await t.call('PATCH', `/api/allocation/scenarios/${copy.body.id}`, {
      cookie: admin,
      body: { version: before.version, config },
    });
    expect(saved.status).toBe(200);
    expect(saved.body.version).toBe(before.version + 1);
    const after = (await get(copy.body.id)).body;
    const line = (d: typeof before) =>
      d.result.allocation.lines.find((l: { verksamhet: string; ageBand: string }) => l.verksamhet === 'Grundskola' && l.ageBand === '7-9');
    expect(line(after).amountKr - line(before).amountKr).toBe(Math.round(line(before).population * 1000));
    const frame = (d: typeof before) => d.result.namnder.find((n: { name: string }) => n.name.startsWith('Barn-'));
    expect(frame(after).newKr).toBeGreaterThan(frame(before).newKr);
    const audit = await t.call('GET', `/api/audit?entityType=allocation_scenario&entityId=${copy.body.id}`, { cookie: admin });
    expect(audit.body.items.map((a: { action: string }) => a.action).sort()).toEqual(['copy', 'update']);

    const stale = await t.call('PATCH', `/api/allocation/scenarios/${copy.body.id}`, {
      cookie: admin,
      body: { version: before.version, config },
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('stale_version');
  });

  it('refuses a bad model naming the field, and changes nothing', async () => {
    const d = (await get(june.id)).body;
    const config = structuredClone(d.config);
    config.priceTags[0].krPerInhabitant = -1;
    const res = await t.call('PATCH', `/api/allocation/scenarios/${june.id}`, { cookie: admin, body: { version: d.version, config } });
    expect(res.status).toBe(400);
    expect(res.body.error.fields[0].field).toBe('config.priceTags.0.krPerInhabitant');
    config.priceTags[0].krPerInhabitant = 1;
    config.priorities = [{ namnd: config.namnder[0].key, amountKr: 5, motivation: '' }];
    const noMotivation = await t.call('PATCH', `/api/allocation/scenarios/${june.id}`, {
      cookie: admin,
      body: { version: d.version, config },
    });
    expect(noMotivation.body.error.fields[0].field).toBe('config.priorities.0.motivation');
    config.priorities = [];
    config.namnder[0].key = '00000000-0000-4000-8000-000000000000';
    config.centralNamnd = config.namnder[0].key;
    const foreign = await t.call('PATCH', `/api/allocation/scenarios/${june.id}`, { cookie: admin, body: { version: d.version, config } });
    expect(foreign.body.error.fields[0].field).toBe('config.namnder.0.key');
    expect((await get(june.id)).body.version).toBe(d.version);
  });

  it('refuses a second scenario of the same name and year', async () => {
    const res = await t.call('POST', '/api/allocation/scenarios', {
      cookie: admin,
      body: { budgetYear: 2027, name: 'Förslag augusti', copyFrom: june.id },
    });
    expect(res.status).toBe(409);
  });
});

describe('population', () => {
  it("imports SCB's PxWeb answer and a CSV, idempotently, and says what is missing", async () => {
    const body = { format: 'pxweb', content: fixture('pxweb_fixture_TAB638_riket_OG_0ar_man_2024.json'), region: 'Riket' };
    expect((await t.call('POST', '/api/population/import', { cookie: controller, body })).status).toBe(403);
    const first = await t.call('POST', '/api/population/import', { cookie: admin, body });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ stored: 1, replaced: 0, dates: ['2024-12-31'], kind: 'actual' });
    const again = await t.call('POST', '/api/population/import', { cookie: admin, body });
    expect(again.body).toMatchObject({ stored: 1, replaced: 1 });
    const stored = (await t.call('GET', '/api/population', { cookie: staff })).body.items.filter(
      (r: { date: string; kind: string }) => r.date === '2024-12-31' && r.kind === 'actual',
    );
    expect(stored).toEqual([expect.objectContaining({ ageBand: '0', count: 50937 })]);

    const bad = await t.call('POST', '/api/population/import', {
      cookie: admin,
      body: { format: 'csv', content: 'datum,ålder,antal\n2024,7,x\n' },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields[0].field).toBe('rad 2.antal');
  });

  it('computes the MODEL.json of the CLI statelessly', async () => {
    const model = JSON.parse(fixture('model-2024.json'));
    const res = await t.call('POST', '/api/allocation/allocate', { cookie: staff, body: model });
    expect(res.status).toBe(200);
    expect(res.body).toEqual(allocate(model));
  });
});
