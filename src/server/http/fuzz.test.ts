// Fuzz from the OpenAPI document: for every operation, valid-shaped requests generated from its
// schemas (fast-check, fixed seed) and the hostile variants (wrong content types, broken and deep
// JSON, NUL bytes and lone surrogates, huge and out-of-range numbers, dates out of range, garbage
// path and query values, another municipality's ids), sent as the demo's administrator and as
// its controller. No answer may be ≥ 500 or show a stack trace or SQL, and a batch of requests
// that were all refused must leave the database as it was. Bounded in time (FUZZ_SECONDS).
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../auth/passwords.js';
import { type KoladaStub, koladaStub } from '../indicators/kolada/stub.js';
import { insertMunicipalityWithAdmin } from '../setup/service.js';
import { testApp } from '../testing/harness.js';
import {
  type JsonSchema,
  type Operation,
  hostileBodies,
  hostilePathValues,
  hostileQueryValues,
  operations,
  sampleValue,
} from './fuzzing.js';

const SEED = Number(process.env.FUZZ_SEED ?? 20261202);
const SECONDS = Number(process.env.FUZZ_SECONDS ?? 40);
/** Operations that end the fuzzer's own session; their refusals are tested elsewhere (auth tests). */
const skipped = new Set(['POST /auth/logout', 'POST /auth/password']);
const leaks =
  /\n\s+at |node_modules|\bSELECT\b|\bINSERT INTO\b|\bUPDATE \w+ SET\b|syntax error|violates|relation "|column "|TypeError|ReferenceError/;

let t: Awaited<ReturnType<typeof testApp>>;
let stub: KoladaStub;
let doc: { paths: Record<string, Record<string, Operation>>; components?: { schemas?: Record<string, JsonSchema> } };
const ids = new Map<string, string[]>();
let foreignIds: string[] = [];
let checksumQuery: string;

beforeAll(async () => {
  stub = await koladaStub((_url, res) => {
    res.setHeader('content-type', 'application/json');
    res.end('{"values":[],"count":0}');
  });
  process.env.KOLADA_BASE_URL = stub.baseUrl;
  t = await testApp();
  doc = (await t.call('GET', '/api/openapi.json')).body;
  const other = await t.db.transaction().execute(async (trx) =>
    insertMunicipalityWithAdmin(trx, {
      municipalityCode: '0486',
      municipalityName: 'Strängnäs kommun',
      name: 'Annan Admin',
      email: 'admin@strangnas.example',
      passwordHash: await hashPassword('en-annan-kommuns-admin'),
    }),
  );
  foreignIds = [other.fullmaktigeId, other.personId, other.municipalityId];
  // Real ids of every table, so valid-shaped requests reach past "not found".
  const tables = await sql<{ table_name: string }>`
    SELECT table_name FROM information_schema.columns
    WHERE table_schema = current_schema() AND column_name = 'id' AND data_type = 'uuid'`.execute(t.db);
  for (const { table_name } of tables.rows) {
    const rows = await sql<{ id: string }>`SELECT id FROM ${sql.table(table_name)} LIMIT 4`.execute(t.db);
    ids.set(
      table_name,
      rows.rows.map((r) => r.id),
    );
  }
  // Every change counts a row or raises a version: the state of the database in one row of figures.
  const versioned = await sql<{ table_name: string; has_version: boolean }>`
    SELECT table_name, bool_or(column_name = 'version') AS has_version FROM information_schema.columns
    WHERE table_schema = current_schema() AND table_name NOT IN ('session', 'sign_in_attempt', 'sign_in_source', 'kysely_migration', 'kysely_migration_lock')
      AND table_name NOT LIKE 'pgboss%'
    GROUP BY table_name ORDER BY table_name`.execute(t.db);
  checksumQuery = versioned.rows
    .map(
      (r) =>
        `SELECT '${r.table_name}' AS t, count(*)::text || ':' || ${r.has_version ? 'coalesce(sum(version), 0)' : '0'}::text AS v FROM "${r.table_name}"`,
    )
    .join(' UNION ALL ');
}, 120_000);
afterAll(async () => {
  await t.close();
  await stub.close();
});

const checksum = async () => JSON.stringify((await sql.raw<{ t: string; v: string }>(checksumQuery).execute(t.db)).rows);

/** Real ids for the table the path names just before the parameter, else any real id. */
function idsFor(path: string, param: string): string[] {
  const segment = path.split('/').at(path.split('/').indexOf(`{${param}}`) - 1) ?? '';
  const base = segment.replace(/-/g, '_');
  const names = [base, base.replace(/ies$/, 'y'), base.replace(/s$/, ''), base === 'people' ? 'person' : base];
  if (param === 'unitId' || param === 'bodyId') names.unshift('org_unit');
  for (const n of names) if (ids.get(n)?.length) return ids.get(n) as string[];
  return [...ids.values()].flat().slice(0, 8);
}

interface Probe {
  label: string;
  method: string;
  url: string;
  body?: string;
  type?: string;
}

function probesFor(path: string, method: string, op: Operation, seed: number): { valid: Probe[]; hostile: Probe[] } {
  const components = doc.components?.schemas ?? {};
  const params = op.parameters ?? [];
  const pathParams = params.filter((p) => p.in === 'path');
  const queryParams = params.filter((p) => p.in === 'query');
  const bodySchema = op.requestBody?.content?.['application/json']?.schema;
  const rawType = op.requestBody && !bodySchema ? Object.keys(op.requestBody.content ?? {})[0] : undefined;
  const pathWith = (over: Record<string, string> = {}, n = 0) =>
    `/api${path.replace(/\{(\w+)\}/g, (_m, name: string) => {
      if (over[name] !== undefined) return over[name];
      const schema = pathParams.find((p) => p.name === name)?.schema ?? {};
      if (schema.type === 'integer' || schema.type === 'number') return String(sampleValue(schema, components, seed + n, ids));
      const pool = idsFor(path, name);
      return schema.enum ? String(schema.enum[n % schema.enum.length]) : (pool[n % pool.length] ?? crypto.randomUUID());
    })}`;
  const queryWith = (over: Record<string, string> = {}, n = 0) => {
    const q = new URLSearchParams();
    for (const p of queryParams) {
      if (over[p.name] !== undefined) continue;
      if (!p.required && n % 3 === 2) continue;
      const v =
        p.schema?.format === 'uuid' ? idsFor(`/${p.name}s/{x}`, 'x')[n % 4] : sampleValue(p.schema ?? {}, components, seed + n, ids);
      if (v !== undefined && v !== null) q.set(p.name, String(v));
    }
    const raw = Object.entries(over).map(([k, v]) => `${k}=${v}`);
    const s = [q.toString(), ...raw].filter(Boolean).join('&');
    return s ? `?${s}` : '';
  };
  const valid: Probe[] = [];
  const hostile: Probe[] = [];
  for (let n = 0; n < 4; n++) {
    const body = bodySchema ? JSON.stringify(sampleValue(bodySchema, components, seed + n, ids)) : undefined;
    valid.push({ label: `valid #${n}`, method, url: pathWith({}, n) + queryWith({}, n), body, type: body ? 'application/json' : rawType });
  }
  const url = pathWith() + queryWith();
  const good = bodySchema ? sampleValue(bodySchema, components, seed, ids) : undefined;
  for (const p of pathParams)
    for (const v of [...hostilePathValues, foreignIds[0] as string])
      hostile.push({
        label: `path ${p.name}=${v.slice(0, 20)}`,
        method,
        url: pathWith({ [p.name]: v }) + queryWith(),
        body: good === undefined ? undefined : JSON.stringify(good),
        type: good === undefined ? undefined : 'application/json',
      });
  for (const p of queryParams)
    for (const v of [...hostileQueryValues, foreignIds[0] as string])
      hostile.push({
        label: `query ${p.name}=${v.slice(0, 20)}`,
        method,
        url: pathWith() + queryWith({ [p.name]: v }),
        body: good === undefined ? undefined : JSON.stringify(good),
        type: good === undefined ? undefined : 'application/json',
      });
  if (method !== 'GET') {
    for (const h of hostileBodies(good, foreignIds)) hostile.push({ label: `body ${h.label}`, method, url, body: h.body, type: h.type });
    if (rawType) hostile.push({ label: 'raw as json', method, url, body: '{}', type: 'application/json' });
  }
  return { valid, hostile };
}

async function send(p: Probe, cookie: string) {
  const headers: Record<string, string> = { cookie };
  if (p.type) headers['content-type'] = p.type;
  const res = await t.app.request(p.url, { method: p.method, headers, body: p.body });
  return { status: res.status, text: await res.text() };
}

describe('fuzzing every operation of the OpenAPI document', () => {
  it(
    'answers every request below 500, shows no stack trace or SQL, and a refused batch changes nothing',
    async () => {
      const callers = { admin: await t.loginAs('admin'), controller: await t.loginAs('controller') };
      const deadline = Date.now() + SECONDS * 1000;
      const failures: string[] = [];
      const ops = operations(doc).filter((o) => !skipped.has(`${o.method} ${o.path}`) && o.path !== '/auth/login');
      let sent = 0;
      let checked = 0;
      // Hostile variants first (every one must be refused), then rounds of valid-shaped ones with
      // new seeds while the time lasts.
      for (let round = -1; round === -1 || round === 0 || Date.now() < deadline; round++) {
        const phase = round < 0 ? 'hostile' : 'valid';
        for (const [i, o] of ops.entries()) {
          if (round > 0 && Date.now() > deadline) break;
          for (const [who, cookie] of Object.entries(callers)) {
            const probes = probesFor(o.path, o.method, o.op, SEED + i + Math.max(round, 0) * 7919)[phase];
            const before = phase === 'hostile' ? await checksum() : '';
            let allRefused = true;
            for (const p of probes) {
              const res = await send(p, cookie);
              sent++;
              if (res.status >= 500 || leaks.test(res.text))
                failures.push(`${who} ${p.method} ${p.url.slice(0, 120)} [${p.label}] → ${res.status} ${res.text.slice(0, 160)}`);
              if (res.status < 400) allRefused = false;
            }
            if (phase === 'hostile' && allRefused) {
              checked++;
              if ((await checksum()) !== before) failures.push(`${who} ${o.method} ${o.path}: a refused batch changed the database`);
            }
          }
        }
      }
      console.log(
        `[fuzz] ${sent} requests over ${ops.length} operations × 2 callers, seed ${SEED}, ${checked} refused batches checked unchanged, ${failures.length} failures`,
      );
      expect(failures).toEqual([]);
      expect(sent).toBeGreaterThan(ops.length * 2 * 10);
    },
    (SECONDS + 240) * 1000,
  );
});
