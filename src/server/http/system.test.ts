import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp } from '../testing/harness.js';

let t: Awaited<ReturnType<typeof testApp>>;
beforeAll(async () => {
  t = await testApp();
});
afterAll(() => t.close());

describe('the platform', () => {
  it('reports health and which database it runs on', async () => {
    const res = await t.call('GET', '/api/health');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok', database: process.env.TEST_DATABASE_URL ? 'postgres' : 'pglite' });
  });

  it('describes every API route in the OpenAPI document', async () => {
    const doc = (await t.call('GET', '/api/openapi.json')).body;
    const documented = new Set(
      Object.entries(doc.paths as Record<string, Record<string, unknown>>).flatMap(([p, ops]) =>
        Object.keys(ops).map((m) => `${m.toUpperCase()} /api${p.replace(/\{(\w+)\}/g, ':$1')}`),
      ),
    );
    const served = t.app.routes
      .filter((r) => r.path.startsWith('/api/') && r.path !== '/api/*' && r.method !== 'ALL' && r.path !== '/api/openapi.json')
      .map((r) => `${r.method} ${r.path}`);
    expect(served.length).toBeGreaterThan(15);
    for (const route of served) expect(documented, route).toContain(route);
  });

  it('answers unknown API paths with a JSON 404 (401 without a session: no map of the API for strangers)', async () => {
    expect((await t.call('GET', '/api/finns-inte')).status).toBe(401);
    const res = await t.call('GET', '/api/finns-inte', { cookie: await t.loginAs('staff') });
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('not_found');
  });

  it('answers malformed JSON with 400 and never a stack trace', async () => {
    const cookie = await t.loginAs('admin');
    const res = await t.app.request('/api/people', {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json' },
      body: '{"name":',
    });
    expect(res.status).toBe(400);
    const text = await res.text();
    expect(text).not.toMatch(/at .*\.ts:\d+/);
  });

  it('hides internal failures behind a plain message', async () => {
    const res = await t.call('GET', '/api/org-units/00000000-0000-0000-0000-000000000000', { cookie: await t.loginAs('admin') });
    expect(res.status).toBe(404);
    const spy = console.error;
    console.error = () => {};
    try {
      await t.database.close();
      const broken = await t.app.request('/api/health');
      const body = await broken.text();
      expect(broken.status).toBe(500);
      expect(body).toContain('Något gick fel hos oss');
      expect(body).not.toMatch(/\.ts|Error:|at /);
    } finally {
      console.error = spy;
    }
  });
});
