// Guarded by construction: every registered /api route answers 401 to a request without a
// session, before its input is read or validated, except the routes of the one public list.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp } from '../testing/harness.js';
import { publicRoute, publicRoutes } from './public.js';

let t: Awaited<ReturnType<typeof testApp>>;
beforeAll(async () => {
  t = await testApp({ demo: false });
});
afterAll(() => t.close());

const someId = '00000000-0000-4000-8000-000000000000';
const concrete = (path: string) => path.replace(/\{[^}]+\}|:[A-Za-z]+/g, someId);

/** Every route the app serves under /api, from the router itself (documented or not). */
function servedRoutes() {
  const seen = new Map<string, { method: string; path: string }>();
  for (const r of t.app.routes) {
    if (!r.path.startsWith('/api/') || r.path === '/api/*' || r.method === 'ALL') continue;
    const path = r.path.slice(4).replace(/:(\w+)(\{[^}]*\})?/g, '{$1}');
    seen.set(`${r.method} ${path}`, { method: r.method, path });
  }
  return [...seen.values()];
}

describe('every route needs a session unless it is on the public list', () => {
  it('finds the routes of the OpenAPI document among those it walks', async () => {
    const doc = (await t.call('GET', '/api/openapi.json')).body;
    const documented = Object.entries(doc.paths as Record<string, Record<string, unknown>>).flatMap(([p, ops]) =>
      Object.keys(ops).map((m) => `${m.toUpperCase()} ${p}`),
    );
    const walked = new Set(servedRoutes().map((r) => `${r.method} ${r.path}`));
    expect(documented.length).toBeGreaterThan(100);
    expect(documented.filter((d) => !walked.has(d))).toEqual([]);
  });

  it('answers 401 without a session on every route off the public list, even with a bad body', async () => {
    const open: string[] = [];
    for (const r of servedRoutes()) {
      if (publicRoute(r.method, r.path)) continue;
      const hasBody = r.method !== 'GET' && r.method !== 'DELETE';
      const res = await t.app.request(`/api${concrete(r.path)}?version=x&year=x`, {
        method: r.method,
        headers: hasBody ? { 'content-type': 'application/json' } : {},
        body: hasBody ? '{"version":"not a number","name":123}' : undefined,
      });
      if (res.status !== 401) open.push(`${r.method} ${r.path} → ${res.status}`);
    }
    expect(open).toEqual([]);
  });

  it('keeps the public list to routes that exist and answer without a session', async () => {
    const served = servedRoutes();
    for (const p of publicRoutes) {
      expect(
        served.some((r) => r.method === p.method && r.path === p.path),
        `${p.method} ${p.path}`,
      ).toBe(true);
    }
    expect((await t.call('GET', '/api/health')).status).toBe(200);
    expect((await t.call('GET', '/api/municipalities')).status).toBe(200);
    expect((await t.call('GET', '/api/openapi.json')).status).toBe(200);
    expect((await t.call('GET', '/api/setup')).status).toBe(200);
    expect((await t.call('GET', '/api/calendar/feeds/nothing.ics')).status).toBe(404);
    expect((await t.call('POST', '/api/auth/login', { body: {} })).status).toBe(400);
  });

  it('answers an anonymous PATCH with a bad body 401, not 400', async () => {
    const res = await t.call('PATCH', `/api/goals/${someId}`, { body: { version: 'x', title: 7 } });
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('unauthenticated');
  });
});
