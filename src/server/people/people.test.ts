import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp } from '../testing/harness.js';

let t: Awaited<ReturnType<typeof testApp>>;
let admin: string;
beforeAll(async () => {
  t = await testApp();
  admin = await t.loginAs('admin');
});
afterAll(() => t.close());

describe('people and roles', () => {
  it('lists people up to a limit and says how many there are in all', async () => {
    const res = await t.call('GET', '/api/people?limit=5', { cookie: admin });
    expect(res.body.items).toHaveLength(5);
    expect(res.body.total).toBeGreaterThan(50);
  });

  it('creates a person, refuses a duplicate e-mail naming the field', async () => {
    const created = await t.call('POST', '/api/people', { cookie: admin, body: { name: 'Ny Person', email: 'ny.person@flen.example' } });
    expect(created.status).toBe(201);
    const dup = await t.call('POST', '/api/people', { cookie: admin, body: { name: 'Annan', email: 'NY.PERSON@flen.example' } });
    expect(dup.status).toBe(409);
    expect(dup.body.error.fields[0].field).toBe('email');
  });

  it('refuses a bad e-mail and a short password with messages per field', async () => {
    const res = await t.call('POST', '/api/people', { cookie: admin, body: { name: 'X', email: 'inte-en-adress', password: 'kort' } });
    expect(res.status).toBe(400);
    const fields = res.body.error.fields.map((f: { field: string }) => f.field).sort();
    expect(fields).toEqual(['email', 'password']);
  });

  it('edits with optimistic concurrency and audits before and after', async () => {
    const p = (await t.call('POST', '/api/people', { cookie: admin, body: { name: 'Före Namn', email: 'fore@flen.example' } })).body;
    const ok = await t.call('PATCH', `/api/people/${p.id}`, {
      cookie: admin,
      body: { name: 'Efter Namn', email: p.email, active: true, version: p.version },
    });
    expect(ok.status).toBe(200);
    const stale = await t.call('PATCH', `/api/people/${p.id}`, {
      cookie: admin,
      body: { name: 'Krock', email: p.email, active: true, version: p.version },
    });
    expect(stale.status).toBe(409);
    const audit = await t.db
      .selectFrom('audit_log')
      .selectAll()
      .where('entity_id', '=', p.id)
      .where('action', '=', 'update')
      .executeTakeFirstOrThrow();
    expect(audit.before).toMatchObject({ name: 'Före Namn' });
    expect(audit.after).toMatchObject({ name: 'Efter Namn' });
  });

  it('gives and ends a role; an inactivated person is signed out and cannot sign in', async () => {
    const unit = (await t.call('GET', '/api/org-units', { cookie: admin })).body.items.find((u: { kind: string }) => u.kind === 'enhet');
    const p = (
      await t.call('POST', '/api/people', {
        cookie: admin,
        body: { name: 'Roll Innehavare', email: 'roll@flen.example', password: 'ett-langt-losenord' },
      })
    ).body;
    const ra = await t.call('POST', '/api/role-assignments', {
      cookie: admin,
      body: { personId: p.id, orgUnitId: unit.id, role: 'staff', title: 'Lärare' },
    });
    expect(ra.status).toBe(201);
    expect(ra.body).toMatchObject({ role: 'staff', title: 'Lärare', orgUnitName: unit.name, validTo: null });
    const ended = await t.call('POST', `/api/role-assignments/${ra.body.id}/end`, {
      cookie: admin,
      body: { validTo: '2030-01-01', version: ra.body.version },
    });
    expect(ended.status).toBe(200);
    expect(ended.body.validTo).toBe('2030-01-01');
    const own = await t.login('roll@flen.example', 'ett-langt-losenord');
    expect((await t.call('GET', '/api/auth/me', { cookie: own })).status).toBe(200);
    const fresh = (await t.call('GET', `/api/people/${p.id}`, { cookie: admin })).body;
    await t.call('PATCH', `/api/people/${p.id}`, {
      cookie: admin,
      body: { name: p.name, email: p.email, active: false, version: fresh.version },
    });
    expect((await t.call('GET', '/api/auth/me', { cookie: own })).status).toBe(401);
    const again = await t.call('POST', '/api/auth/login', {
      body: { municipality: '0482', email: 'roll@flen.example', password: 'ett-langt-losenord' },
    });
    expect(again.status).toBe(401);
  });
});

describe('the audit log', () => {
  it('is readable by an auditor, filtered, with who, what, when in UTC and before/after', async () => {
    const auditor = await t.loginAs('auditor');
    const res = await t.call('GET', '/api/audit?entityType=person&action=update', { cookie: auditor });
    expect(res.status).toBe(200);
    expect(res.body.total).toBeGreaterThan(0);
    const e = res.body.items[0];
    expect(e.occurredAt).toMatch(/Z$/);
    expect(e.actorName).toBeTruthy();
    expect(e.before).toBeTruthy();
    expect(res.body.items.every((i: { entityType: string; action: string }) => i.entityType === 'person' && i.action === 'update')).toBe(
      true,
    );
  });

  it('is closed to staff', async () => {
    const res = await t.call('GET', '/api/audit', { cookie: await t.loginAs('staff') });
    expect(res.status).toBe(403);
  });

  it('refuses a malformed date filter naming the field', async () => {
    const res = await t.call('GET', '/api/audit?from=igår', { cookie: admin });
    expect(res.status).toBe(400);
    expect(res.body.error.fields[0].field).toBe('from');
  });
});
