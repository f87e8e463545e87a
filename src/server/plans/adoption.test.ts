// Adoption recorded by the right person against a real deciding body (finding 10), and the red
// thread's unit view answering 404 for a unit that is not the caller's municipality's (finding 9).
// Uses the year 2034, which the demo's own plans do not touch.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../auth/passwords.js';
import { insertMunicipalityWithAdmin } from '../setup/service.js';
import { testApp } from '../testing/harness.js';

let t: Awaited<ReturnType<typeof testApp>>;
type Unit = { id: string; name: string; kind: string };
let units: Unit[];
const unit = (name: string) => units.find((u) => u.name === name) as Unit;
const Y = 2034;

async function call(cookie: string, method: string, path: string, body?: unknown) {
  return t.call(method, path, { cookie, body });
}
async function inReview(cookie: string, body: Record<string, unknown>) {
  const created = await call(cookie, 'POST', '/api/plans', { yearFrom: Y, yearTo: Y, ...body });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const moved = await call(cookie, 'POST', `/api/plans/${created.body.id}/status`, { status: 'in_review', version: created.body.version });
  expect(moved.status, JSON.stringify(moved.body)).toBe(200);
  return moved.body as { id: string; version: number };
}

beforeAll(async () => {
  t = await testApp();
  units = (await call(await t.loginAs('admin'), 'GET', '/api/org-units')).body.items;
});
afterAll(() => t.close());

describe('adopting a plan', () => {
  it('refuses an employee adopting her own utvecklingsplan; her manager fastställer it, without a diarienummer', async () => {
    const staff = await t.loginAs('staff');
    const me = (await call(staff, 'GET', '/api/auth/me')).body;
    const plan = await inReview(staff, {
      kind: 'utvecklingsplan',
      orgUnitId: unit('Hemtjänst Flen').id,
      personId: me.id,
      title: `Min utvecklingsplan ${Y}`,
    });
    const own = await call(staff, 'POST', `/api/plans/${plan.id}/status`, {
      status: 'adopted',
      decidedOn: `${Y}-01-20`,
      decidedBy: 'Jag själv',
      decidedByPersonId: me.id,
      diarienummer: 'X 1',
      version: plan.version,
    });
    expect(own.status, JSON.stringify(own.body)).toBe(403);
    expect((await call(staff, 'GET', `/api/plans/${plan.id}/adoption`)).body).toMatchObject({ mayAdopt: false, bodies: [] });

    const chief = await t.loginAs('manager');
    const chiefMe = (await call(chief, 'GET', '/api/auth/me')).body;
    const options = (await call(chief, 'GET', `/api/plans/${plan.id}/adoption`)).body;
    expect(options).toMatchObject({
      mayAdopt: true,
      diarienummer: false,
      bodies: [{ type: 'person', id: chiefMe.id, name: chiefMe.name }],
    });
    const withDnr = await call(chief, 'POST', `/api/plans/${plan.id}/status`, {
      status: 'adopted',
      decidedOn: `${Y}-01-20`,
      decidedByPersonId: chiefMe.id,
      diarienummer: 'SN 1',
      version: plan.version,
    });
    expect(withDnr.status).toBe(400);
    expect(withDnr.body.error.fields.map((f: { field: string }) => f.field)).toEqual(['diarienummer']);
    const adopted = await call(chief, 'POST', `/api/plans/${plan.id}/status`, {
      status: 'adopted',
      decidedOn: `${Y}-01-20`,
      decidedByPersonId: chiefMe.id,
      version: plan.version,
    });
    expect(adopted.status, JSON.stringify(adopted.body)).toBe(200);
    expect(adopted.body).toMatchObject({ status: 'adopted', decidedBy: chiefMe.name, decidedByPersonId: chiefMe.id, diarienummer: null });
  });

  it('lets the förvaltningschef, not the controller, fastställa a verksamhetsplan', async () => {
    const controller = await t.loginAs('controller');
    const plan = await inReview(controller, {
      kind: 'verksamhetsplan',
      orgUnitId: unit('Hemtjänst Flen').id,
      title: `Verksamhetsplan Hemtjänst Flen ${Y}`,
    });
    const byController = await call(controller, 'POST', `/api/plans/${plan.id}/status`, {
      status: 'adopted',
      decidedOn: `${Y}-01-10`,
      decidedBy: 'Controller',
      diarienummer: 'SN 2034/1',
      version: plan.version,
    });
    expect(byController.status).toBe(403);
    const chief = await t.loginAs('manager');
    const chiefMe = (await call(chief, 'GET', '/api/auth/me')).body;
    const ok = await call(chief, 'POST', `/api/plans/${plan.id}/status`, {
      status: 'adopted',
      decidedOn: `${Y}-01-10`,
      decidedByPersonId: chiefMe.id,
      version: plan.version,
    });
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
  });

  it('records a nämndplan against the nämnd itself, with its diarienummer', async () => {
    const controller = await t.loginAs('controller');
    const plan = await inReview(controller, { kind: 'namndplan', orgUnitId: unit('Socialnämnden').id, title: `Nämndplan ${Y}` });
    const options = (await call(controller, 'GET', `/api/plans/${plan.id}/adoption`)).body;
    expect(options).toMatchObject({ mayAdopt: true, diarienummer: true, bodies: [{ type: 'org_unit', id: unit('Socialnämnden').id }] });
    const free = await call(controller, 'POST', `/api/plans/${plan.id}/status`, {
      status: 'adopted',
      decidedOn: `${Y - 1}-11-20`,
      decidedByOrgUnitId: unit('Kommunfullmäktige').id,
      diarienummer: 'SN 2033/42',
      version: plan.version,
    });
    expect(free.status).toBe(400);
    expect(free.body.error.fields[0].field).toBe('decidedByOrgUnitId');
    const ok = await call(controller, 'POST', `/api/plans/${plan.id}/status`, {
      status: 'adopted',
      decidedOn: `${Y - 1}-11-20`,
      decidedByOrgUnitId: unit('Socialnämnden').id,
      diarienummer: 'SN 2033/42',
      version: plan.version,
    });
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    expect(ok.body).toMatchObject({ decidedBy: 'Socialnämnden', decidedByOrgUnitId: unit('Socialnämnden').id, diarienummer: 'SN 2033/42' });
  });
});

describe('the red thread of a unit', () => {
  it('answers 404 for another municipality’s unit and for one that does not exist', async () => {
    const passwordHash = await hashPassword('andra-kommunens-admin');
    const other = await t.db.transaction().execute((trx) =>
      insertMunicipalityWithAdmin(trx, {
        municipalityCode: '0488',
        municipalityName: 'Trosa kommun',
        name: 'Tor Admin',
        email: 'admin@trosa.example',
        passwordHash,
      }),
    );
    const staff = await t.loginAs('staff');
    expect((await call(staff, 'GET', `/api/red-thread/units/${other.fullmaktigeId}?year=${Y}`)).status).toBe(404);
    expect((await call(staff, 'GET', `/api/red-thread/units/00000000-0000-4000-8000-000000000000?year=${Y}`)).status).toBe(404);
    expect((await call(staff, 'GET', `/api/red-thread/units/${unit('Hemtjänst Flen').id}?year=${Y}`)).status).toBe(200);
    // The other read routes taking an id already answer 404 for an id that is not the municipality's.
    for (const id of [other.fullmaktigeId, '00000000-0000-4000-8000-000000000000']) {
      for (const path of [
        `/api/plans/${id}`,
        `/api/plans/${id}/link-targets`,
        `/api/plans/${id}/adoption`,
        `/api/red-thread/nodes/${id}?year=${Y}`,
        `/api/indicators/${id}`,
        `/api/measurements/${id}/history`,
      ])
        expect((await call(staff, 'GET', path)).status, path).toBe(404);
    }
  });
});
