// Hostile and careless input answers 4xx with a field message, never 500, never a stack trace or
// SQL text: wrong content types, broken or deep JSON, NUL bytes and lone surrogates anywhere,
// foreign or broken Origins, dates outside any sane range, and numbers too large to compute with.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp } from '../testing/harness.js';

let t: Awaited<ReturnType<typeof testApp>>;
let admin: string;

beforeAll(async () => {
  t = await testApp();
  admin = await t.loginAs('admin');
});
afterAll(() => t.close());

const raw = async (method: string, path: string, body: BodyInit | undefined, headers: Record<string, string> = {}) => {
  const res = await t.app.request(path, { method, headers, body });
  const text = await res.text();
  expect(text).not.toMatch(/\n\s+at |SELECT |INSERT |UPDATE |syntax error|invalid byte/);
  return { status: res.status, body: text ? JSON.parse(text) : null };
};
const json = { 'content-type': 'application/json' };
const login = (body: string, headers: Record<string, string> = json) => raw('POST', '/api/auth/login', body, headers);

describe('the body of a JSON route', () => {
  it('refuses another content type with 415', async () => {
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/xml']) {
      const res = await login('{"municipality":"0482","email":"a@b","password":"x"}', { 'content-type': type });
      expect(res.status, type).toBe(415);
      expect(res.body.error.code).toBe('unsupported_media_type');
    }
  });

  it('refuses malformed and absurdly deep JSON with 400', async () => {
    expect((await login('{"municipality":')).status).toBe(400);
    const deep = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;
    const res = await login(deep);
    expect(res.status).toBe(400);
    const deepObject = `{"municipality":${'{"a":'.repeat(5_000)}1${'}'.repeat(5_000)}}`;
    expect((await login(deepObject)).status).toBe(400);
  });

  it('refuses a NUL byte or a lone surrogate in any string, naming the field', async () => {
    for (const bad of ['a\\u0000b', '\\ud800', 'x\\udfffy']) {
      const res = await login(`{"municipality":"0482","email":"${bad}","password":"x"}`);
      expect(res.status, bad).toBe(400);
      expect(res.body.error.fields[0].field).toBe('email');
    }
    const nested = await raw('POST', '/api/people', '{"name":"A","email":"a@b.se","roles":[{"title":"\\u0000"}]}', {
      ...json,
      cookie: admin,
    });
    expect(nested.status).toBe(400);
    expect(nested.body.error.fields[0].field).toBe('roles.0.title');
  });

  it('refuses a NUL byte or a broken escape in the query and the path', async () => {
    const q = await raw('GET', '/api/people?q=%00', undefined, { cookie: admin });
    expect(q.status).toBe(400);
    expect(q.body.error.fields[0].field).toBe('q');
    expect((await raw('GET', '/api/people?q=%ED%A0%80', undefined, { cookie: admin })).status).toBe(400);
    expect((await raw('GET', '/api/people?q=%E0%A4%A', undefined, { cookie: admin })).status).toBe(400);
    const p = await raw('PUT', '/api/actuals/mappings/a%00b', '{}', { ...json, cookie: admin });
    expect(p.status).toBe(400);
    expect((await raw('GET', '/api/calendar/feeds/%00.ics', undefined)).status).toBe(400);
  });
});

describe('the Origin of a change', () => {
  it('refuses null and unparseable origins with 403', async () => {
    for (const origin of ['null', '%%%', 'http://[']) {
      const res = await login('{"municipality":"0482","email":"a@b","password":"x"}', { ...json, origin });
      expect(res.status, origin).toBe(403);
    }
  });
});

describe('numbers', () => {
  it('refuses a price tag too large to compute with, and a stored one no longer breaks reads', async () => {
    const items = (await t.call('GET', '/api/allocation/scenarios?year=2027', { cookie: admin })).body.items as { id: string }[];
    const id = (items[0] as { id: string }).id;
    const d = (await t.call('GET', `/api/allocation/scenarios/${id}`, { cookie: admin })).body;
    const config = structuredClone(d.config);
    config.priceTags[0].krPerInhabitant = 1e308;
    const res = await t.call('PATCH', `/api/allocation/scenarios/${id}`, { cookie: admin, body: { version: d.version, config } });
    expect(res.status).toBe(400);
    expect(res.body.error.fields[0].field).toMatch(/priceTags\.0\.krPerInhabitant$/);

    // A value stored before the bound (or by another path) is answered as a rule to fix, not a crash.
    await sql`UPDATE allocation_scenario SET config = jsonb_set(config::jsonb, '{priceTags,0,krPerInhabitant}', '1e308'::jsonb) WHERE id = ${id}`.execute(
      t.db,
    );
    const other = (items[1] as { id: string }).id;
    for (const path of [
      `/api/allocation/scenarios/${id}`,
      `/api/allocation/compare?a=${id}&b=${other}`,
      `/api/allocation/export/scenario?id=${id}`,
      `/api/allocation/export/compare?a=${id}&b=${other}`,
    ]) {
      const read = await raw('GET', path, undefined, { cookie: admin });
      expect(read.status, path).toBeLessThan(500);
    }
  });
});

describe('dates', () => {
  it('refuses dates outside 1900–2199 with 400 naming the field', async () => {
    const units = (await t.call('GET', '/api/org-units', { cookie: admin })).body.items as { id: string; version: number }[];
    const unit = units[units.length - 1] as { id: string; version: number };
    for (const date of ['0000-01-01', '9999-12-31', '1899-12-31', '2200-01-01']) {
      const res = await t.call('POST', `/api/org-units/${unit.id}/close`, {
        cookie: admin,
        body: { version: unit.version, closedOn: date },
      });
      expect(res.status, date).toBe(400);
      expect(res.body.error.fields[0].field).toBe('closedOn');
    }
    const audit = await t.call('GET', '/api/audit?from=0000-01-01', { cookie: admin });
    expect(audit.status).toBe(400);
  });
});
