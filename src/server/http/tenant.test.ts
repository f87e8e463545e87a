import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../auth/passwords.js';
import { insertMunicipalityWithAdmin } from '../setup/service.js';
import { testApp } from '../testing/harness.js';

let t: Awaited<ReturnType<typeof testApp>>;
let other: { municipalityId: string; fullmaktigeId: string; personId: string };

beforeAll(async () => {
  t = await testApp();
  const passwordHash = await hashPassword('andra-kommunens-admin');
  other = await t.db.transaction().execute((trx) =>
    insertMunicipalityWithAdmin(trx, {
      municipalityCode: '0484',
      municipalityName: 'Eskilstuna kommun',
      name: 'Eva Admin',
      email: 'admin@flen.example',
      passwordHash,
    }),
  );
});
afterAll(() => t.close());

describe('two municipalities in one installation', () => {
  it('shows each admin only their own municipality', async () => {
    const flen = await t.loginAs('admin');
    const eskilstuna = await t.login('admin@flen.example', 'andra-kommunens-admin', '0484');
    const a = (await t.call('GET', '/api/org-units', { cookie: flen })).body.items;
    const b = (await t.call('GET', '/api/org-units', { cookie: eskilstuna })).body.items;
    expect(b).toHaveLength(1);
    expect(a.find((u: { id: string }) => u.id === other.fullmaktigeId)).toBeUndefined();
    expect((await t.call('GET', `/api/org-units/${other.fullmaktigeId}`, { cookie: flen })).status).toBe(404);
    expect((await t.call('GET', `/api/org-units/${a[0].id}`, { cookie: eskilstuna })).status).toBe(404);
    expect((await t.call('GET', `/api/people/${other.personId}`, { cookie: flen })).status).toBe(404);
    const people = (await t.call('GET', '/api/people', { cookie: eskilstuna })).body.items;
    expect(people).toHaveLength(1);
    const audit = (await t.call('GET', '/api/audit?pageSize=200', { cookie: eskilstuna })).body;
    expect(audit.items.every((e: { action: string }) => e.action === 'setup' || e.action === 'login')).toBe(true);
  });

  it('cannot reach across: a role for another municipality’s person on one’s own unit is refused', async () => {
    const flen = await t.loginAs('admin');
    const unit = (await t.call('GET', '/api/org-units', { cookie: flen })).body.items[0];
    const res = await t.call('POST', '/api/role-assignments', {
      cookie: flen,
      body: { personId: other.personId, orgUnitId: unit.id, role: 'staff' },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.fields[0].field).toBe('personId');
    const move = await t.call('POST', `/api/org-units/${unit.id}/move`, {
      cookie: flen,
      body: { parentId: other.fullmaktigeId, version: unit.version },
    });
    expect(move.status).toBe(400);
  });
});
