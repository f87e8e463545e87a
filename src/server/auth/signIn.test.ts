// Sign-in as an attacker would try it (issue 10, findings 5, 7 and 9): parallel guessing,
// spraying, locking someone out, and revocation that must take effect at once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInLimits } from '../../core/auth/throttle.js';
import { createApp } from '../app.js';
import { testApp } from '../testing/harness.js';

let t: Awaited<ReturnType<typeof testApp>>;
beforeAll(async () => {
  t = await testApp();
});
afterAll(() => t.close());

const ADMIN = { municipality: '0482', email: 'admin@flen.example' };

// The source of a request is the socket's address; app.request() has no socket, so the test
// hands it one through the env bindings exactly where @hono/node-server puts it.
async function signIn(body: object, source: string, cookie?: string) {
  const res = await t.app.request(
    '/api/auth/login',
    {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
      body: JSON.stringify(body),
    },
    { incoming: { socket: { remoteAddress: source } } },
  );
  const text = await res.text();
  const setCookie = res.headers.get('set-cookie');
  return { status: res.status, body: text ? JSON.parse(text) : null, cookie: setCookie?.split(';')[0] ?? '' };
}

const failedRows = (email: string) =>
  t.db
    .selectFrom('audit_log')
    .selectAll()
    .where('action', '=', 'login_failed')
    .execute()
    .then((rows) => rows.filter((r) => JSON.stringify(r.after).includes(email)));

async function newPerson(admin: string, email: string, password: string, role?: { role: string; orgUnitId: string }) {
  const p = await t.call('POST', '/api/people', { cookie: admin, body: { name: `Test ${email}`, email, password } });
  expect(p.status).toBe(201);
  if (role) {
    const r = await t.call('POST', '/api/role-assignments', { cookie: admin, body: { personId: p.body.id, ...role } });
    expect(r.status).toBe(201);
    return { ...p.body, assignment: r.body };
  }
  return p.body;
}

describe('throttling', () => {
  it('verifies exactly five of fifty parallel wrong passwords', async () => {
    const body = { municipality: '0482', email: 'ordforande@flen.example', password: 'inte-ratt-losenord' };
    const answers = await Promise.all(Array.from({ length: 50 }, () => signIn(body, '198.51.100.7')));
    const tried = answers.filter((a) => a.status === 401).length;
    expect(answers.filter((a) => a.status !== 401).every((a) => a.status === 429)).toBe(true);
    // Exactly the allowed number were verified; the rest were refused before argon2 ran.
    expect(tried).toBe(signInLimits.perAccountAndSource);
    // Every attempt, tried or refused, leaves its audit row.
    expect((await failedRows('ordforande@flen.example')).length).toBe(50);
  });

  it('refuses one password sprayed across sixty accounts from one source', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 60; i++) {
      statuses.push(
        (await signIn({ municipality: '0482', email: `spray${i}@flen.example`, password: 'Sommar2026!!' }, '203.0.113.9')).status,
      );
    }
    const firstRefused = statuses.indexOf(429);
    expect(firstRefused).toBeGreaterThan(0);
    expect(firstRefused).toBe(signInLimits.perSource);
    expect(statuses.slice(firstRefused).every((s) => s === 429)).toBe(true);
  });

  it('lets the owner sign in from elsewhere while a stranger is locked out', async () => {
    const body = { municipality: '0482', email: 'controller@flen.example', password: 'gissning-gissning' };
    for (let i = 0; i < 8; i++) await signIn(body, '192.0.2.66');
    expect((await signIn({ ...body, password: 'styr-demo-controller' }, '192.0.2.66')).status).toBe(429);
    expect((await signIn({ ...body, password: 'styr-demo-controller' }, '10.1.2.3')).status).toBe(204);
  });
});

describe('the source behind a proxy', () => {
  const attempts = async (app: typeof t.app, email: string) => {
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) {
      const res = await app.request(
        '/api/auth/login',
        {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-forwarded-for': `198.18.0.${i + 1}, 10.0.0.${i + 1}` },
          body: JSON.stringify({ municipality: '0482', email, password: 'fel-fel-fel-fel' }),
        },
        { incoming: { socket: { remoteAddress: '172.16.5.5' } } },
      );
      statuses.push(res.status);
    }
    return statuses;
  };

  it('ignores X-Forwarded-For unless the proxy is trusted, so a client cannot pick its own source', async () => {
    expect(await attempts(t.app, 'xff-a@flen.example')).toEqual([401, 401, 401, 401, 401, 429, 429]);
    // Behind a trusted proxy the last entry, the address the proxy saw, is the source.
    const proxied = createApp({ database: t.database, trustProxy: true });
    expect(await attempts(proxied, 'xff-b@flen.example')).toEqual([401, 401, 401, 401, 401, 401, 401]);
  });
});

describe('the audit of signing in', () => {
  it('writes a row for a failed sign-in: the e-mail as entered and the source, never the password', async () => {
    const res = await signIn({ municipality: '0482', email: 'Medarbetare@Flen.example', password: 'hemligt-fel-1' }, '192.0.2.201');
    expect(res.status).toBe(401);
    const rows = await failedRows('Medarbetare@Flen.example');
    expect(rows).toHaveLength(1);
    expect(rows[0]?.after).toMatchObject({ email: 'Medarbetare@Flen.example', source: '192.0.2.201' });
    expect(JSON.stringify(rows[0])).not.toContain('hemligt-fel-1');
  });
});

describe('sessions', () => {
  it('gives a new session at sign-in and ends the one the browser presented', async () => {
    const first = await signIn({ ...ADMIN, password: 'styr-demo-admin' }, '10.9.9.9');
    const second = await signIn({ ...ADMIN, password: 'styr-demo-admin' }, '10.9.9.9', first.cookie);
    expect(second.status).toBe(204);
    expect(second.cookie).not.toBe(first.cookie);
    expect((await t.call('GET', '/api/auth/me', { cookie: first.cookie })).status).toBe(401);
    expect((await t.call('GET', '/api/auth/me', { cookie: second.cookie })).status).toBe(200);
  });

  it("ends a person's other sessions when an administrator sets their password", async () => {
    const admin = await t.loginAs('admin');
    const p = await newPerson(admin, 'byts@flen.example', 'forsta-losenordet-7');
    const theirs = await t.login('byts@flen.example', 'forsta-losenordet-7');
    const patch = await t.call('PATCH', `/api/people/${p.id}`, {
      cookie: admin,
      body: { name: p.name, email: p.email, active: true, password: 'andra-losenordet-8', version: p.version },
    });
    expect(patch.status).toBe(200);
    expect((await t.call('GET', '/api/auth/me', { cookie: theirs })).status).toBe(401);
    expect((await t.call('GET', '/api/auth/me', { cookie: admin })).status).toBe(200);
  });

  it('lets people change their own password, ending their other sessions and keeping this one', async () => {
    const admin = await t.loginAs('admin');
    await newPerson(admin, 'egen@flen.example', 'mitt-gamla-losen-3');
    const here = await t.login('egen@flen.example', 'mitt-gamla-losen-3');
    const there = await t.login('egen@flen.example', 'mitt-gamla-losen-3');
    const wrong = await t.call('POST', '/api/auth/password', {
      cookie: here,
      body: { currentPassword: 'inte-det-gamla', newPassword: 'ett-nytt-bra-losen-9' },
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.fields[0].field).toBe('currentPassword');
    const weak = await t.call('POST', '/api/auth/password', {
      cookie: here,
      body: { currentPassword: 'mitt-gamla-losen-3', newPassword: 'password1234' },
    });
    expect(weak.status).toBe(400);
    expect(weak.body.error.fields[0].field).toBe('newPassword');
    const res = await t.call('POST', '/api/auth/password', {
      cookie: here,
      body: { currentPassword: 'mitt-gamla-losen-3', newPassword: 'ett-nytt-bra-losen-9' },
    });
    expect(res.status).toBe(204);
    expect((await t.call('GET', '/api/auth/me', { cookie: here })).status).toBe(200);
    expect((await t.call('GET', '/api/auth/me', { cookie: there })).status).toBe(401);
    await expect(t.login('egen@flen.example', 'mitt-gamla-losen-3')).rejects.toThrow(/401/);
    expect(await t.login('egen@flen.example', 'ett-nytt-bra-losen-9')).toMatch(/styr_session=/);
    const audit = await t.db.selectFrom('audit_log').selectAll().where('action', '=', 'password_change').execute();
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit)).not.toContain('ett-nytt-bra-losen-9');
  });
});

describe('revocation', () => {
  it('stops a role ended today at once', async () => {
    const admin = await t.loginAs('admin');
    const me = await t.call('GET', '/api/auth/me', { cookie: admin });
    const root = me.body.roles[0].orgUnitId as string;
    const p = await newPerson(admin, 'avgar@flen.example', 'avgaende-admin-42', { role: 'admin', orgUnitId: root });
    const theirs = await t.login('avgar@flen.example', 'avgaende-admin-42');
    expect((await t.call('POST', '/api/people', { cookie: theirs, body: { name: 'Före', email: 'fore@flen.example' } })).status).toBe(201);
    const today = new Date().toISOString().slice(0, 10);
    const end = await t.call('POST', `/api/role-assignments/${p.assignment.id}/end`, {
      cookie: admin,
      body: { validTo: today, version: p.assignment.version },
    });
    expect(end.status).toBe(200);
    // The role ending now signs the person out; signed in again, the role is gone.
    expect((await t.call('GET', '/api/auth/me', { cookie: theirs })).status).toBe(401);
    const again = await t.login('avgar@flen.example', 'avgaende-admin-42');
    const after = await t.call('GET', '/api/auth/me', { cookie: again });
    expect(after.body.roles).toEqual([]);
    expect(after.body.permissions.manageOrg).toBe(false);
    expect((await t.call('POST', '/api/people', { cookie: again, body: { name: 'Efter', email: 'efter@flen.example' } })).status).toBe(403);
  });
});

describe('the password policy', () => {
  it.each(['aaaaaaaaaaaa', 'password1234', '123456789012'])('refuses %s with a message naming the field', async (password) => {
    const admin = await t.loginAs('admin');
    const res = await t.call('POST', '/api/people', {
      cookie: admin,
      body: { name: 'Svag', email: `svag-${password}@flen.example`, password },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.fields[0]).toMatchObject({ field: 'password', message: expect.stringMatching(/^Lösenordet/) });
  });
});
