// A municipality's settings of the annual cycle over HTTP: who may change them, stale versions,
// impossible settings refused, and the cycle following the stored settings.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp } from '../testing/harness.js';

let t: Awaited<ReturnType<typeof testApp>>;
let admin: string;
let staff: string;
let controller: string;
beforeAll(async () => {
  t = await testApp();
  [admin, staff, controller] = [await t.loginAs('admin'), await t.loginAs('staff'), await t.loginAs('controller')];
});
afterAll(() => t.close());

describe('GET/PUT /api/calendar/settings', () => {
  it('shows the defaults with version 0 before anything is stored', async () => {
    const res = await t.call('GET', '/api/calendar/settings', { cookie: staff });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ version: 0, overrides: {}, canEdit: false });
    expect(res.body.settings.kfAdoptionMonth).toBe(9);
    expect(res.body.labels.kfAdoptionMonth).toMatch(/fullmäktige/);
  });

  it('refuses a controller of a förvaltning and staff (403), and changes nothing', async () => {
    for (const cookie of [staff, controller]) {
      const res = await t.call('PUT', '/api/calendar/settings', { cookie, body: { settings: { kfAdoptionMonth: 10 }, version: 0 } });
      expect(res.status).toBe(403);
    }
    expect((await t.call('GET', '/api/calendar/settings', { cookie: admin })).body.version).toBe(0);
  });

  it('refuses an impossible setting with a message naming the field', async () => {
    const res = await t.call('PUT', '/api/calendar/settings', {
      cookie: admin,
      body: { settings: { namndplanDueMonth: 10 }, version: 0 },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.fields[0]).toEqual({
      field: 'namndplanDueMonth',
      message: 'Nämndplanen kan inte fastställas i oktober, före fullmäktiges beslut om strategisk plan med budget i november ett valår.',
    });
    const bad = await t.call('PUT', '/api/calendar/settings', { cookie: admin, body: { settings: { kfAdoptionMonth: 13 }, version: 0 } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields[0].field).toBe('kfAdoptionMonth');
    expect((await t.call('GET', '/api/calendar/settings', { cookie: admin })).body.version).toBe(0);
  });

  it('stores only what differs from the defaults, moves the cycle, audits, and gives 409 to a stale version', async () => {
    const res = await t.call('PUT', '/api/calendar/settings', {
      cookie: admin,
      body: { settings: { kfAdoptionMonth: 10, omvarldsdagMonth: 1 }, version: 0 },
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ version: 1, overrides: { kfAdoptionMonth: 10 }, canEdit: true });
    // 2027 is no election year; the demo has no KF meeting in October 2027 before the 25th … it has one on the 25th.
    const cycle = (await t.call('GET', '/api/calendar/2027', { cookie: staff })).body;
    expect(cycle.steps.find((s: { step: string }) => s.step === 'kf_strategisk_plan').due).toBe('2027-10-25');
    const stale = await t.call('PUT', '/api/calendar/settings', { cookie: admin, body: { settings: {}, version: 0 } });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('stale_version');
    const audit = await t.db.selectFrom('audit_log').select(['action']).where('entity_type', '=', 'cycle_setting').execute();
    expect(audit).toHaveLength(1);
    const back = await t.call('PUT', '/api/calendar/settings', { cookie: admin, body: { settings: {}, version: 1 } });
    expect(back.body).toMatchObject({ version: 2, overrides: {} });
  });
});
