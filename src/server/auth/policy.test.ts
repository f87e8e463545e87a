// Where the areas had their own idea of a rule, one rule now decides (decision 0017): "at the
// centre" is fullmäktige or the kommunstyrelse's part of the tree, for every area.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from './passwords.js';
import { testApp } from '../testing/harness.js';

let t: Awaited<ReturnType<typeof testApp>>;
beforeAll(async () => {
  t = await testApp();
});
afterAll(() => t.close());

const unitId = async (name: string) =>
  (await t.db.selectFrom('org_unit').select('id').where('name', '=', name).executeTakeFirstOrThrow()).id;

async function personWith(email: string, roles: { role: 'admin' | 'controller'; unit: string }[]) {
  const m = t.demo?.municipalityId as string;
  const p = await t.db
    .insertInto('person')
    .values({ municipality_id: m, name: email, email, password_hash: await hashPassword('en-lang-fras-1') })
    .returning('id')
    .executeTakeFirstOrThrow();
  for (const r of roles)
    await t.db
      .insertInto('role_assignment')
      .values({ municipality_id: m, person_id: p.id, org_unit_id: await unitId(r.unit), role: r.role })
      .execute();
  return t.login(email, 'en-lang-fras-1');
}

describe('one rule for the centre', () => {
  it('lets the kommunledningsförvaltning’s controller steer the annual cycle, as it edits the frames', async () => {
    const central = await t.login('emma.falk@flen.example', 'styr-demo-controller');
    const res = await t.call('PUT', '/api/calendar/settings', { cookie: central, body: { settings: { kfAdoptionMonth: 10 }, version: 0 } });
    expect(res.status).toBe(200);
    expect((await t.call('GET', '/api/calendar/settings', { cookie: central })).body.canEdit).toBe(true);
    const social = await t.loginAs('controller');
    expect((await t.call('PUT', '/api/calendar/settings', { cookie: social, body: { settings: {}, version: 1 } })).status).toBe(403);
  });

  it('gives the allocation model to the centre only, as the frames: an administrator of a nämnd may not edit it', async () => {
    const local = await personWith('admin.sn@flen.example', [{ role: 'admin', unit: 'Socialnämnden' }]);
    const res = await t.call('POST', '/api/allocation/scenarios', { cookie: local, body: { budgetYear: 2027, name: 'Egen' } });
    expect(res.status).toBe(403);
    expect((await t.call('GET', '/api/allocation/scenarios', { cookie: local })).body.canEdit).toBe(false);
    expect(
      (await t.call('POST', '/api/budget/versions', { cookie: local, body: { budgetYear: 2027, kind: 'proposal', title: 'X' } })).status,
    ).toBe(403);
  });
});
