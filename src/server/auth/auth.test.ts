import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp } from '../testing/harness.js';

let t: Awaited<ReturnType<typeof testApp>>;
beforeAll(async () => {
  t = await testApp();
});
afterAll(() => t.close());

describe('signing in', () => {
  it('sets an httpOnly, SameSite=Lax session cookie and knows who you are', async () => {
    const res = await t.call('POST', '/api/auth/login', {
      body: { municipality: '0482', email: 'admin@flen.example', password: 'styr-demo-admin' },
    });
    expect(res.status).toBe(204);
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).not.toMatch(/Secure/);
    const me = await t.call('GET', '/api/auth/me', { cookie: cookie.split(';')[0] });
    expect(me.status).toBe(200);
    expect(me.body.email).toBe('admin@flen.example');
    expect(me.body.municipality.code).toBe('0482');
    expect(me.body.permissions).toEqual({ manageOrg: true, readAudit: true, writeIndicators: true });
  });

  it('marks the cookie Secure behind TLS', async () => {
    const res = await t.call('POST', '/api/auth/login', {
      body: { municipality: '0482', email: 'revisor@flen.example', password: 'styr-demo-auditor' },
      headers: { 'x-forwarded-proto': 'https' },
    });
    expect(res.headers.get('set-cookie')).toMatch(/Secure/);
  });

  it('refuses a wrong password with a Swedish message and stores the session nowhere', async () => {
    const res = await t.call('POST', '/api/auth/login', {
      body: { municipality: '0482', email: 'controller@flen.example', password: 'fel-losenord' },
    });
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('bad_credentials');
    expect(res.body.error.message).toMatch(/Fel e-postadress eller lösenord/);
    expect(res.headers.get('set-cookie')).toBeNull();
  });

  it('names the field that is missing', async () => {
    const res = await t.call('POST', '/api/auth/login', { body: { municipality: '0482', email: 'x@flen.example' } });
    expect(res.status).toBe(400);
    expect(res.body.error.fields.map((f: { field: string }) => f.field)).toContain('password');
  });

  it('throttles after five failures, even for the right password', async () => {
    const body = { municipality: '0482', email: 'registrator@flen.example', password: 'nej-nej-nej-nej' };
    for (let i = 0; i < 5; i++) expect((await t.call('POST', '/api/auth/login', { body })).status).toBe(401);
    const locked = await t.call('POST', '/api/auth/login', { body: { ...body, password: 'styr-demo-registrar' } });
    expect(locked.status).toBe(429);
    expect(locked.body.error.message).toMatch(/Försök igen om 1[45] minuter/);
  });

  it('ends the session on the server at logout', async () => {
    const cookie = await t.loginAs('staff');
    expect((await t.call('GET', '/api/auth/me', { cookie })).status).toBe(200);
    expect((await t.call('POST', '/api/auth/logout', { cookie, body: {} })).status).toBe(204);
    expect((await t.call('GET', '/api/auth/me', { cookie })).status).toBe(401);
    const sessions = await t.db.selectFrom('session').selectAll().execute();
    expect(sessions.every((s) => s.id.length === 43)).toBe(true); // hashes, never the token itself
  });

  it('answers 401 without a session', async () => {
    const res = await t.call('GET', '/api/org-units');
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('unauthenticated');
  });

  it('refuses a change from another site', async () => {
    const cookie = await t.loginAs('admin');
    const res = await t.call('POST', '/api/people', {
      cookie,
      body: { name: 'X', email: 'x@flen.example' },
      headers: { origin: 'https://evil.example', host: 'localhost' },
    });
    expect(res.status).toBe(403);
  });
});
