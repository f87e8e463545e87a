// "Skapa ramförslag från scenario" through the API: a draft version whose operating frames for the
// budget year are the scenario's new frames (as the allocation API computes them), plan years and
// investment frames from the version in force; rights, refusals that change nothing, the audit
// row, and the link back to the scenario when it changes or is removed. Demo budget year 2027.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPasswords } from '../seed/demo.js';
import { testApp } from '../testing/harness.js';

let t: Awaited<ReturnType<typeof testApp>>;
type Unit = { id: string; name: string; kind: string };
type Frame = { orgUnitId: string; kind: string; year: number; amountKr: number };
type Bridge = { key: string; name: string; newKr: number };
let units: Unit[];
const unit = (name: string) => units.find((u) => u.name === name) as Unit;
let central: string; // controller at Kommunledningsförvaltningen, under KS
let social: string; // controller at Socialförvaltningen
let admin: string;
let elected: string;
let june: { id: string; name: string; version: number; config: { namnder: unknown[] }; result: { namnder: Bridge[] } };

const call = async (cookie: string, method: string, path: string, body?: unknown, status = 200) => {
  const res = await t.call(method, path, { cookie, body });
  expect(res.status, `${method} ${path}: ${JSON.stringify(res.body)}`).toBe(status);
  return res.body;
};
const versionCount = async () => (await call(elected, 'GET', '/api/budget/versions?year=2027')).versions.length;
const cell = (frames: Frame[], id: string, kind: string, year: number) =>
  frames.find((f) => f.orgUnitId === id && f.kind === kind && f.year === year)?.amountKr;
/** A copy of June's scenario, so the seeded one stays as it is. */
const copyJune = (name: string) => call(central, 'POST', '/api/allocation/scenarios', { budgetYear: 2027, name, copyFrom: june.id }, 201);

beforeAll(async () => {
  t = await testApp();
  central = await t.login('emma.falk@flen.example', demoPasswords.controller);
  social = await t.loginAs('controller');
  admin = await t.loginAs('admin');
  elected = await t.loginAs('elected');
  units = (await t.call('GET', '/api/org-units', { cookie: admin })).body.items;
  const list = await call(elected, 'GET', '/api/allocation/scenarios?year=2027');
  const base = list.items.find((s: { isBase: boolean }) => s.isBase);
  june = await call(elected, 'GET', `/api/allocation/scenarios/${base.id}`);
  expect(june.result.namnder.length).toBeGreaterThan(3);
}, 60_000);
afterAll(() => t.close());

describe('a frame proposal from a scenario', () => {
  it('makes a draft whose budget-year operating frames are the scenario’s, the rest from the version in force, and audits it', async () => {
    const list = await call(elected, 'GET', '/api/budget/versions?year=2027');
    const inForce = list.versions.find((v: { inForce: boolean }) => v.inForce);
    const before = (await call(elected, 'GET', `/api/budget/versions/${inForce.id}`)).frames as Frame[];

    const created = await call(
      central,
      'POST',
      '/api/budget/versions/from-scenario',
      { budgetYear: 2027, kind: 'amendment', title: 'Ramförslag från juni', scenarioId: june.id },
      201,
    );
    expect(created).toMatchObject({
      kind: 'amendment',
      status: 'draft',
      inForce: false,
      basedOnId: inForce.id,
      sourceScenario: { id: june.id, name: june.name, version: june.version },
    });
    const detail = await call(elected, 'GET', `/api/budget/versions/${created.id}`);
    const frames = detail.frames as Frame[];
    for (const n of june.result.namnder) expect(cell(frames, n.key, 'operating', 2027), n.name).toBe(n.newKr);
    // Everything the model does not compute is the version in force's.
    const named = new Set(june.result.namnder.map((n) => n.key));
    const untouched = (f: Frame) => !(f.kind === 'operating' && f.year === 2027 && named.has(f.orgUnitId));
    expect(frames.filter(untouched)).toEqual(before.filter(untouched));
    expect(frames.filter((f) => f.kind === 'investment').length).toBeGreaterThan(0);
    expect(cell(frames, unit('Unikabruket AB').id, 'owner_contribution', 2028)).toBe(
      cell(before, unit('Unikabruket AB').id, 'owner_contribution', 2028),
    );
    expect(detail.scenario).toMatchObject({ id: june.id, name: june.name, budgetYear: 2027, version: june.version, changed: false });
    expect(detail.scenario.frames).toEqual(june.result.namnder.map((n) => ({ orgUnitId: n.key, newKr: n.newKr })));
    expect(detail.canEdit).toBe(false);
    expect((await call(central, 'GET', `/api/budget/versions/${created.id}`)).canEdit).toBe(true);
    // A version made the ordinary way carries no scenario.
    expect((await call(elected, 'GET', `/api/budget/versions/${inForce.id}`)).scenario).toBeNull();

    const audit = await t.db
      .selectFrom('audit_log')
      .select(['action', 'after'])
      .where('entity_type', '=', 'budget_version')
      .where('entity_id', '=', created.id)
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['create_from_scenario']);
    const after = (typeof audit[0]?.after === 'string' ? JSON.parse(audit[0].after) : audit[0]?.after) as {
      scenario: { id: string; version: number };
      seq: number;
      frames: Frame[];
    };
    expect(after.scenario).toMatchObject({ id: june.id, version: june.version });
    expect(after.seq).toBe(created.seq);
    expect(after.frames).toHaveLength(frames.length);
  });

  it('follows the lifecycle: no proposal after the adopted budget (422)', async () => {
    const n = await versionCount();
    const res = await t.call('POST', '/api/budget/versions/from-scenario', {
      cookie: central,
      body: { budgetYear: 2027, kind: 'proposal', title: 'För sent', scenarioId: june.id },
    });
    expect(res.status).toBe(422);
    expect(res.body.error.rule).toBe('after_adoption');
    expect(await versionCount()).toBe(n);
  });

  it('is for the central controllers and administrators only', async () => {
    const n = await versionCount();
    for (const cookie of [social, elected]) {
      const res = await t.call('POST', '/api/budget/versions/from-scenario', {
        cookie,
        body: { budgetYear: 2027, kind: 'amendment', title: 'Inte min', scenarioId: june.id },
      });
      expect(res.status).toBe(403);
    }
    expect(await versionCount()).toBe(n);
    const byAdmin = await call(
      admin,
      'POST',
      '/api/budget/versions/from-scenario',
      { budgetYear: 2027, kind: 'amendment', title: 'Administratörens förslag', scenarioId: june.id },
      201,
    );
    expect(byAdmin.sourceScenario.id).toBe(june.id);
  });

  it('refuses a missing scenario (404), one of another year (409) and bad input (400), naming scenarioId and storing nothing', async () => {
    const n = await versionCount();
    const post = (body: unknown) => t.call('POST', '/api/budget/versions/from-scenario', { cookie: central, body });
    const missing = await post({ budgetYear: 2027, kind: 'amendment', title: 'X', scenarioId: '00000000-0000-4000-8000-000000000000' });
    expect(missing.status).toBe(404);
    expect(missing.body.error.fields).toEqual([{ field: 'scenarioId', message: 'Scenariot finns inte.' }]);
    const otherYear = await post({ budgetYear: 2028, kind: 'preliminary', title: 'X', scenarioId: june.id });
    expect(otherYear.status).toBe(409);
    expect(otherYear.body.error).toMatchObject({
      code: 'conflict',
      fields: [{ field: 'scenarioId', message: `Scenariot ${june.name} gäller budgetår 2027, inte 2028.` }],
    });
    expect((await call(elected, 'GET', '/api/budget/versions?year=2028')).versions).toHaveLength(0);
    const bad = await post({ budgetYear: 2027, kind: 'amendment', title: ' ', scenarioId: 'juni' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields.map((f: { field: string }) => f.field).sort()).toEqual(['scenarioId', 'title']);
    expect(await versionCount()).toBe(n);
  });

  it('refuses (409) a scenario that gives an operating frame to something that is not a nämnd, naming it', async () => {
    const bolag = unit('Unikabruket AB');
    const copy = await copyJune('Med bolag');
    const config = { ...june.config, namnder: [...june.config.namnder, { key: bolag.id, name: bolag.name, verksamheter: [] }] };
    await call(central, 'PATCH', `/api/allocation/scenarios/${copy.id}`, { version: copy.version, config });
    const n = await versionCount();
    const res = await t.call('POST', '/api/budget/versions/from-scenario', {
      cookie: central,
      body: { budgetYear: 2027, kind: 'amendment', title: 'Med bolag', scenarioId: copy.id },
    });
    expect(res.status).toBe(409);
    expect(res.body.error.fields).toEqual([
      {
        field: `scenario.namnder.${june.config.namnder.length}`,
        message: `${bolag.name} i scenariot är ingen nämnd i kommunens organisation och kan inte få en driftram.`,
      },
    ]);
    expect(await versionCount()).toBe(n);
  });

  it('says when the scenario has changed since, and keeps the version and its frames when the scenario is removed', async () => {
    const copy = await copyJune('Ändras sedan');
    const created = await call(
      central,
      'POST',
      '/api/budget/versions/from-scenario',
      { budgetYear: 2027, kind: 'amendment', title: 'Från en kopia', scenarioId: copy.id },
      201,
    );
    const first = await call(elected, 'GET', `/api/budget/versions/${created.id}`);
    const sn = unit('Socialnämnden').id;
    const snBefore = cell(first.frames, sn, 'operating', 2027) as number;

    const detail = await call(central, 'GET', `/api/allocation/scenarios/${copy.id}`);
    const priorities = [...(detail.config.priorities ?? []), { namnd: sn, amountKr: 2_000_000, motivation: 'Fler platser i hemtjänsten' }];
    const changed = await call(central, 'PATCH', `/api/allocation/scenarios/${copy.id}`, {
      version: detail.version,
      config: { ...detail.config, priorities },
    });
    const second = await call(elected, 'GET', `/api/budget/versions/${created.id}`);
    expect(second.scenario).toMatchObject({ id: copy.id, version: copy.version, changed: true });
    expect(second.scenario.frames.find((f: { orgUnitId: string }) => f.orgUnitId === sn).newKr).toBe(snBefore + 2_000_000);
    // The version's own frame is what was proposed; the scenario's later change does not move it.
    expect(cell(second.frames, sn, 'operating', 2027)).toBe(snBefore);

    await call(central, 'DELETE', `/api/allocation/scenarios/${copy.id}?version=${changed.version}`, undefined, 204);
    const third = await call(elected, 'GET', `/api/budget/versions/${created.id}`);
    expect(third.version.sourceScenario).toEqual({ id: null, name: 'Ändras sedan', version: copy.version });
    expect(third.scenario).toMatchObject({ id: null, name: 'Ändras sedan', frames: [] });
    expect(third.frames).toEqual(first.frames);
  });

  it('is in the OpenAPI document', async () => {
    const doc = (await t.call('GET', '/api/openapi.json')).body;
    expect(doc.paths['/budget/versions/from-scenario'].post).toBeDefined();
  });
});
