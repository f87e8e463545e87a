// The annual cycle over HTTP, for a signed-in person.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { annualCycle } from '../../core/calendar/cycle.js';
import { placeSteps } from '../../core/calendar/placement.js';
import { testApp } from '../testing/harness.js';

let t: Awaited<ReturnType<typeof testApp>>;
let staff: string;
beforeAll(async () => {
  t = await testApp();
  staff = await t.loginAs('staff');
});
afterAll(() => t.close());

describe('GET /api/calendar/{year}', () => {
  it('gives a signed-in person the generated cycle of the year', async () => {
    const res = await t.call('GET', '/api/calendar/2026?format=json', { cookie: staff });
    expect(res.status).toBe(200);
    // The demo has meetings for 2026: the steps land on them (placement), the rest keeps the defaults.
    const units = await t.db.selectFrom('org_unit').select(['id', 'kind', 'name', 'parent_id as parentId']).execute();
    const meetings = (await t.db.selectFrom('meeting').select(['id', 'org_unit_id', 'held_on']).execute()).map((m) => ({
      id: m.id,
      orgUnitId: m.org_unit_id,
      heldOn: m.held_on,
    }));
    expect(res.body).toEqual(placeSteps(annualCycle(2026), units, meetings).cycle);
    expect(res.body).toMatchObject({ year: 2026, electionYear: true, electionDay: '2026-09-13' });
    // KF's November meeting in the election year.
    expect(res.body.steps.find((s: { step: string }) => s.step === 'kf_strategisk_plan').due).toBe('2026-11-23');
  });

  it('refuses a year outside 2000–2100 and an unknown format with 400 naming the field', async () => {
    for (const year of ['1999', '2101', 'tjugo']) {
      const res = await t.call('GET', `/api/calendar/${year}`, { cookie: staff });
      expect(res.status, year).toBe(400);
      expect(res.body.error.fields).toEqual([{ field: 'year', message: 'Ange ett år 2000–2100.' }]);
    }
    const res = await t.call('GET', '/api/calendar/2027?format=xml', { cookie: staff });
    expect(res.status).toBe(400);
    expect(res.body.error.fields[0].field).toBe('format');
  });

  it('is for signed-in people only', async () => {
    expect((await t.call('GET', '/api/calendar/2027')).status).toBe(401);
  });

  it('is described in the OpenAPI document', async () => {
    const doc = (await t.call('GET', '/api/openapi.json')).body;
    const op = doc.paths['/calendar/{year}'].get;
    expect(op.parameters.map((p: { name: string }) => p.name)).toEqual(expect.arrayContaining(['year', 'format']));
    expect(Object.keys(op.responses)).toEqual(expect.arrayContaining(['200', '400', '401']));
  });
});
