// Test support: a fresh, migrated database per test file (PGlite, or PostgreSQL when
// TEST_DATABASE_URL is set) and a way to call the app as a signed-in person.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { createApp } from '../app.js';
import { type Database, openPglite, openPostgres } from '../db/connection.js';
import { migrate } from '../db/migrate.js';
import { startJobsOnDemand, stopJobs } from '../jobs/queue.js';
import { demoLogins, demoPasswords, seedDemo } from '../seed/demo.js';
import type { Role } from '../../core/org/kinds.js';

export async function testDatabase(): Promise<Database> {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) {
    const database = await openPglite();
    await migrate(database);
    return database;
  }
  const name = `styr_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const target = new URL(url);
  target.pathname = `/${name}`;
  const database = openPostgres(target.toString(), 4);
  await migrate(database);
  return {
    ...database,
    close: async () => {
      await database.close();
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      // pg's pool.end() resolves before its sockets have closed; a forced drop would then kill
      // backends whose clients are still ending, and each emits an unhandled 'error'. So wait
      // (briefly) for the database's own connections to go first.
      for (let i = 0; i < 50; i++) {
        const { rows } = await c.query('SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1', [name]);
        if (rows[0].n === 0) break;
        await new Promise((r) => setTimeout(r, 100));
      }
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

export interface Call {
  status: number;
  // biome-ignore lint/suspicious/noExplicitAny: tests read response bodies field by field
  body: any;
  headers: Headers;
}

export async function testApp(opts: { demo?: boolean } = {}) {
  const database = await testDatabase();
  const demo = opts.demo === false ? null : await seedDemo(database);
  const app = createApp({ database });
  // An import queues a pg-boss job: the first one starts a job system on this database (decision 0018).
  startJobsOnDemand(database.db, () => import('../jobs/testing.js').then((m) => m.startTestJobs(database)));

  async function call(
    method: string,
    path: string,
    init: { body?: unknown; cookie?: string; headers?: Record<string, string> } = {},
  ): Promise<Call> {
    const headers: Record<string, string> = { ...init.headers };
    if (init.cookie) headers.cookie = init.cookie;
    if (init.body !== undefined) headers['content-type'] = 'application/json';
    const res = await app.request(path, { method, headers, body: init.body === undefined ? undefined : JSON.stringify(init.body) });
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : null, headers: res.headers };
  }

  /** Signs in and returns the cookie to send with later calls. */
  async function login(email: string, password: string, municipality = '0482'): Promise<string> {
    const res = await call('POST', '/api/auth/login', { body: { municipality, email, password } });
    if (res.status !== 204) throw new Error(`login ${email} failed: ${res.status} ${JSON.stringify(res.body)}`);
    const cookie = res.headers.get('set-cookie') ?? '';
    return cookie.split(';')[0] as string;
  }

  const loginAs = (role: Role) => {
    const known = demoLogins.find((l) => l.role === role);
    if (!known) throw new Error(`no demo login for ${role}`);
    return login(known.email, demoPasswords[role]);
  };

  const close = async () => {
    await stopJobs(database.db);
    await database.close();
  };
  return { app, database, db: database.db, demo, call, login, loginAs, close };
}
