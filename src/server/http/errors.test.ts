// The database's own refusal of a race (a unique key taken a moment earlier) reaches a person as a
// 409 with a message, on both engines, never as a 500 or a stack trace.
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/connection.js';
import { testDatabase } from '../testing/harness.js';
import { handleError } from './errors.js';

let database: Database;
beforeAll(async () => {
  database = await testDatabase();
});
afterAll(() => database.close());

describe('errors from the database', () => {
  it('answers a unique-key race with 409 conflict and a plain message', async () => {
    const app = new Hono();
    app.onError(handleError);
    app.post('/twice', async (c) => {
      await database.db.insertInto('municipality').values({ code: '9901', name: 'Första' }).execute();
      await database.db.insertInto('municipality').values({ code: '9901', name: 'Andra' }).execute();
      return c.json({ ok: true });
    });
    const res = await app.request('/twice', { method: 'POST' });
    expect(res.status).toBe(409);
    const body = await res.json();
    expect(body.error.code).toBe('conflict');
    expect(body.error.message).toMatch(/samtidigt/);
    expect(JSON.stringify(body)).not.toMatch(/municipality_code_key|duplicate key|at /);
  });

  it('still answers any other failure with 500 and the general message only', async () => {
    const app = new Hono();
    app.onError(handleError);
    app.get('/broken', () => {
      throw new Error('secret detail');
    });
    const res = await app.request('/broken');
    expect(res.status).toBe(500);
    expect(JSON.stringify(await res.json())).not.toMatch(/secret detail/);
  });
});
