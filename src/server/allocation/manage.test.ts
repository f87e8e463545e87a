// Managing scenarios over HTTP: from scratch, rename, base, delete (rights, stale versions,
// audit, bad input naming the field), the list's canEdit, and the population import's preview.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp } from '../testing/harness.js';

let t: Awaited<ReturnType<typeof testApp>>;
let admin: string;
let controller: string;
let staff: string;
const YEAR = 2031;

const fixture = (name: string) => readFileSync(join(import.meta.dirname, '../../../fixtures/population', name), 'utf8');
const list = async (cookie = admin) => (await t.call('GET', `/api/allocation/scenarios?year=${YEAR}`, { cookie })).body;
const audit = async (id: string) =>
  (await t.call('GET', `/api/audit?entityType=allocation_scenario&entityId=${id}`, { cookie: admin })).body.items as {
    action: string;
    before: unknown;
    after: unknown;
  }[];
const create = (body: object, cookie = admin) => t.call('POST', '/api/allocation/scenarios', { cookie, body });

beforeAll(async () => {
  t = await testApp();
  admin = await t.loginAs('admin');
  controller = await t.loginAs('controller');
  staff = await t.loginAs('staff');
});
afterAll(() => t.close());

describe('scenarios of a budget year', () => {
  let first: { id: string; version: number };
  let second: { id: string; version: number; isBase?: boolean };

  it('creates a model from scratch with the organisation’s KS and nämnder; the first of a year is base', async () => {
    const res = await create({ budgetYear: YEAR, name: 'Från grunden' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ budgetYear: YEAR, name: 'Från grunden', isBase: true, version: 1 });
    first = res.body;
    const d = (await t.call('GET', `/api/allocation/scenarios/${first.id}`, { cookie: staff })).body;
    expect(d.config.namnder[0].name).toBe('Kommunstyrelsen');
    expect(d.config.centralNamnd).toBe(d.config.namnder[0].key);
    expect(d.config.namnder.map((n: { name: string }) => n.name)).toContain('Socialnämnden');
    expect(d.config.namnder.every((n: { verksamheter: unknown[] }) => n.verksamheter.length === 0)).toBe(true);
    expect(d.config.priceTags).toEqual([]);
    expect((await audit(first.id)).map((a) => a.action)).toEqual(['create']);

    second = (await create({ budgetYear: YEAR, name: 'Kopia', copyFrom: first.id })).body;
    expect(second.isBase).toBe(false);
  });

  it('says in the list whether the caller may change the model', async () => {
    expect((await list(admin)).canEdit).toBe(true);
    expect((await list(staff)).canEdit).toBe(false);
    expect((await list(controller)).canEdit).toBe(false);
  });

  it('refuses bad input naming the field, and people outside the centre', async () => {
    const bad = await create({ budgetYear: 1999, name: ' ' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields.map((f: { field: string }) => f.field).sort()).toEqual(['budgetYear', 'name']);
    for (const cookie of [controller, staff]) {
      expect((await create({ budgetYear: YEAR, name: 'X' }, cookie)).status).toBe(403);
      expect((await t.call('DELETE', `/api/allocation/scenarios/${second.id}?version=1`, { cookie })).status).toBe(403);
      expect((await t.call('POST', `/api/allocation/scenarios/${second.id}/base`, { cookie, body: { version: 1 } })).status).toBe(403);
    }
    const noVersion = await t.call('DELETE', `/api/allocation/scenarios/${second.id}?version=x`, { cookie: admin });
    expect(noVersion.status).toBe(400);
    expect(noVersion.body.error.fields[0].field).toBe('version');
    const noBody = await t.call('POST', `/api/allocation/scenarios/${second.id}/base`, { cookie: admin, body: {} });
    expect(noBody.body.error.fields[0].field).toBe('version');
    expect((await t.call('DELETE', '/api/allocation/scenarios/not-an-id?version=1', { cookie: admin })).body.error.fields[0].field).toBe(
      'id',
    );
  });

  it('renames, refusing a name the year already has and a stale version', async () => {
    const clash = await t.call('PATCH', `/api/allocation/scenarios/${second.id}`, {
      cookie: admin,
      body: { version: second.version, name: 'Från grunden' },
    });
    expect(clash.status).toBe(409);
    expect(clash.body.error.fields[0].field).toBe('name');
    const renamed = await t.call('PATCH', `/api/allocation/scenarios/${second.id}`, {
      cookie: admin,
      body: { version: second.version, name: 'Förslag B' },
    });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ name: 'Förslag B', version: second.version + 1 });
    const stale = await t.call('PATCH', `/api/allocation/scenarios/${second.id}`, {
      cookie: admin,
      body: { version: second.version, name: 'Förslag C' },
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('stale_version');
    second = renamed.body;
    const rename = (await audit(second.id)).find((a) => a.action === 'update');
    expect(rename?.before).toMatchObject({ name: 'Kopia' });
    expect(rename?.after).toMatchObject({ name: 'Förslag B' });
  });

  it('chooses another base: one base per year, both versions move, audited', async () => {
    const stale = await t.call('POST', `/api/allocation/scenarios/${second.id}/base`, { cookie: admin, body: { version: 1 } });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('stale_version');
    const res = await t.call('POST', `/api/allocation/scenarios/${second.id}/base`, { cookie: admin, body: { version: second.version } });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ isBase: true, version: second.version + 1 });
    const items = (await list()).items as { id: string; isBase: boolean; version: number }[];
    expect(items.filter((s) => s.isBase).map((s) => s.id)).toEqual([second.id]);
    expect(items.find((s) => s.id === first.id)?.version).toBe(first.version + 1);
    const entry = (await audit(second.id)).find((a) => a.action === 'set_base');
    expect(entry?.after).toMatchObject({ isBase: true, formerBase: { id: first.id, isBase: false } });
    second = res.body;
    first = items.find((s) => s.id === first.id) as typeof first;
  });

  it('deletes a scenario that is not the base, with the version read; 409 for the base or a stale version', async () => {
    const base = await t.call('DELETE', `/api/allocation/scenarios/${second.id}?version=${second.version}`, { cookie: admin });
    expect(base.status).toBe(409);
    expect(base.body.error.code).toBe('conflict');
    expect(base.body.error.message).toMatch(/basscenario/);
    const stale = await t.call('DELETE', `/api/allocation/scenarios/${first.id}?version=${first.version - 1}`, { cookie: admin });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('stale_version');
    const gone = await t.call('DELETE', `/api/allocation/scenarios/${first.id}?version=${first.version}`, { cookie: admin });
    expect(gone.status).toBe(204);
    expect((await t.call('GET', `/api/allocation/scenarios/${first.id}`, { cookie: admin })).status).toBe(404);
    expect((await list()).items.map((s: { id: string }) => s.id)).toEqual([second.id]);
    const entry = (await audit(first.id)).find((a) => a.action === 'delete');
    expect(entry?.before).toMatchObject({ id: first.id, name: 'Från grunden', config: expect.any(Object) });
    expect(entry?.after).toBeNull();
    expect((await t.call('DELETE', `/api/allocation/scenarios/${first.id}?version=${first.version}`, { cookie: admin })).status).toBe(404);
  });
});

describe('two people choosing different bases at once', () => {
  it('leaves exactly one base, and neither gets a server error', async () => {
    const year = 2032;
    const a = (await create({ budgetYear: year, name: 'A' })).body;
    const b = (await create({ budgetYear: year, name: 'B', copyFrom: a.id })).body;
    const c = (await create({ budgetYear: year, name: 'C', copyFrom: a.id })).body;
    const results = await Promise.all(
      [b, c].map((s) => t.call('POST', `/api/allocation/scenarios/${s.id}/base`, { cookie: admin, body: { version: s.version } })),
    );
    expect(results.map((r) => r.status)).toEqual([200, 200]);
    const items = (await t.call('GET', `/api/allocation/scenarios?year=${year}`, { cookie: admin })).body.items;
    expect(items.filter((s: { isBase: boolean }) => s.isBase)).toHaveLength(1);
  });
});

describe('population import preview', () => {
  it('says what would be stored and replaced, and stores nothing', async () => {
    const body = { format: 'pxweb', content: fixture('pxweb_fixture_TAB638_riket_OG_0ar_man_2024.json'), region: 'Riket', preview: true };
    const count = async () => (await t.call('GET', '/api/population', { cookie: admin })).body.items.length;
    const before = await count();
    const res = await t.call('POST', '/api/population/import', { cookie: admin, body });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ stored: 1, replaced: 0, dates: ['2024-12-31'], kind: 'actual', series: '', preview: true });
    expect(await count()).toBe(before);
    const stored = await t.call('POST', '/api/population/import', { cookie: admin, body: { ...body, preview: false } });
    expect(stored.body).toMatchObject({ stored: 1, replaced: 0, preview: false });
    const again = await t.call('POST', '/api/population/import', { cookie: admin, body });
    expect(again.body).toMatchObject({ stored: 1, replaced: 1, preview: true });
    expect(await count()).toBe(before + 1);
    const forecast = await t.call('POST', '/api/population/import', { cookie: admin, body: { ...body, kind: 'forecast' } });
    expect(forecast.status).toBe(400);
    expect(forecast.body.error.fields[0].field).toBe('series');
  });
});
