// Where a caller may create a plan, as the plans list reports it for "Ny plan": the same rule that
// createPlan enforces, so every unit offered is accepted and a unit left out is refused.
// Uses the year 2033, which neither the demo nor the other plan tests touch.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../core/org/kinds.js';
import { testApp } from '../testing/harness.js';

let t: Awaited<ReturnType<typeof testApp>>;
type Unit = { id: string; name: string; kind: string };
let units: Unit[];
const unit = (name: string) => units.find((u) => u.name === name) as Unit;
const Y = 2033;

type Creatable = { kind: string; orgUnitIds: string[] };
async function creatableOf(role: Role) {
  const cookie = await t.loginAs(role);
  const res = await t.call('GET', `/api/plans?year=${Y}`, { cookie });
  expect(res.status).toBe(200);
  const byKind = Object.fromEntries((res.body.creatable as Creatable[]).map((c) => [c.kind, c.orgUnitIds]));
  return { cookie, byKind };
}

beforeAll(async () => {
  t = await testApp();
  units = (await t.call('GET', '/api/org-units', { cookie: await t.loginAs('admin') })).body.items;
});
afterAll(() => t.close());

describe('the plans a caller may create', () => {
  it('offers staff only their own utvecklingsplan, and refuses them anything else', async () => {
    const { cookie, byKind } = await creatableOf('staff');
    expect(Object.keys(byKind)).toEqual(['utvecklingsplan']);
    expect(byKind.utvecklingsplan).toContain(unit('Hemtjänst Flen').id);
    const refused = await t.call('POST', '/api/plans', {
      cookie,
      body: { kind: 'verksamhetsplan', orgUnitId: unit('Hemtjänst Flen').id, title: 'Inte min', yearFrom: Y, yearTo: Y },
    });
    expect(refused.status).toBe(403);
  });

  it('offers the förvaltningschef the verksamhetsplaner below and the nämndplan, but not KF’s documents', async () => {
    const { cookie, byKind } = await creatableOf('manager');
    expect(byKind.verksamhetsplan).toEqual(expect.arrayContaining([unit('Socialförvaltningen').id, unit('Hemtjänst Flen').id]));
    expect(byKind.verksamhetsplan).not.toContain(unit('Kommunstyrelsen').id);
    expect(byKind.namndplan).toEqual([unit('Socialnämnden').id]);
    expect(byKind.vision).toBeUndefined();
    expect(byKind.strategisk_plan).toBeUndefined();
    // What is offered is accepted; a unit outside the list is refused with the server's message.
    const made = await t.call('POST', '/api/plans', {
      cookie,
      body: { kind: 'verksamhetsplan', orgUnitId: unit('Hemtjänst Flen').id, title: `Verksamhetsplan ${Y}`, yearFrom: Y, yearTo: Y },
    });
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    const outside = units.find((u) => u.kind === 'forvaltning' && !byKind.verksamhetsplan?.includes(u.id)) as Unit;
    const refused = await t.call('POST', '/api/plans', {
      cookie,
      body: { kind: 'verksamhetsplan', orgUnitId: outside.id, title: 'Inte vår', yearFrom: Y, yearTo: Y },
    });
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toMatch(/behörighet att skapa/);
  });

  it('offers the controller the same plans as the förvaltningschef they work with', async () => {
    const { byKind } = await creatableOf('controller');
    expect(byKind.namndplan).toEqual([unit('Socialnämnden').id]);
    expect(byKind.verksamhetsplan).toContain(unit('Hemtjänst Flen').id);
  });

  it('offers KS’s chair KF’s documents', async () => {
    const { byKind } = await creatableOf('elected');
    const kf = units.find((u) => u.kind === 'fullmaktige') as Unit;
    expect(byKind.vision).toEqual([kf.id]);
    expect(byKind.strategisk_plan).toEqual([kf.id]);
  });

  it('is in the OpenAPI description of the list', async () => {
    const doc = (await t.call('GET', '/api/openapi.json')).body;
    const schema = doc.paths['/plans'].get.responses['200'].content['application/json'].schema;
    expect(JSON.stringify(schema)).toContain('creatable');
  });
});
