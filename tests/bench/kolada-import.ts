// Times a 1,000,000-value Kolada import (storeValues, first and idempotent second run) next to the
// database's own COPY of the same rows into a table of the same shape and keys.
// Usage: npx tsx tests/bench/kolada-import.ts [values=1000000] [batch=1000]
//        BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npx tsx tests/bench/kolada-import.ts
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { KoladaRow } from '../../src/core/indicators/kolada.js';
import { type Database, openPglite, openPostgres } from '../../src/server/db/connection.js';
import { migrate } from '../../src/server/db/migrate.js';
import { koladaAreas } from '../../src/server/indicators/kolada/areas.js';
import { catalogueRows } from '../../src/server/indicators/kolada/catalogue.js';
import { storeValues } from '../../src/server/indicators/kolada/store.js';

const wanted = Number(process.argv[2] ?? 1_000_000);
const batchSize = Number(process.argv[3] ?? 1000);
const YEARS = 32;
const OWN = '0482';

async function open(): Promise<{ database: Database; url?: string }> {
  const url = process.env.BENCH_DATABASE_URL;
  if (!url) return { database: await openPglite() };
  const name = `styr_bench_${Date.now()}`;
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  await c.query(`CREATE DATABASE ${name}`);
  await c.end();
  const u = new URL(url);
  u.pathname = `/${name}`;
  const database = openPostgres(u.toString());
  const close = async () => {
    await database.close();
    const d = new pg.Client({ connectionString: url });
    await d.connect();
    await d.query(`DROP DATABASE ${name}`);
    await d.end();
  };
  return { database: { ...database, close }, url: u.toString() };
}

/** Real KPI ids and area codes (Flen among them), 32 years, total values only. */
function generate(): KoladaRow[] {
  const areas = koladaAreas()
    .list.filter((a) => a.kind !== 'group')
    .map((a) => a.code);
  const perKpi = areas.length * YEARS;
  const kpis = catalogueRows()
    .slice(0, Math.ceil(wanted / perKpi))
    .map((k) => k.id);
  const rows: KoladaRow[] = [];
  let seed = 1;
  for (const kpi of kpis)
    for (const areaCode of areas)
      for (let y = 0; y < YEARS && rows.length < wanted; y++) {
        seed = (seed * 48271) % 2147483647;
        rows.push({ kpi, areaCode, period: 1994 + y, gender: 'T', value: Math.round(seed / 21474.83647) / 100, count: 1, status: '' });
      }
  return rows;
}

async function setUp(database: Database, rows: KoladaRow[]) {
  await migrate(database);
  const { db } = database;
  const m = (await db.insertInto('municipality').values({ code: OWN, name: 'Flens kommun' }).returning('id').executeTakeFirstOrThrow()).id;
  await db
    .insertInto('org_unit')
    .values({ municipality_id: m, kind: 'fullmaktige', name: 'Kommunfullmäktige', updated_at: new Date() })
    .execute();
  // Ten indicators follow imported KPIs, so the run also writes the municipality's measurements.
  const kpis = [...new Set(rows.slice(0, 100_000).map((r) => r.kpi))].slice(0, 10);
  await db
    .insertInto('indicator')
    .values(kpis.map((k) => ({ municipality_id: m, name: k, kolada_kpi: k, updated_at: new Date() })))
    .execute();
  await database.execScript('CREATE TABLE kolada_value_copy (LIKE kolada_value INCLUDING ALL)');
  return m;
}

const csvOf = (m: string, rows: KoladaRow[]) =>
  rows.map((r) => `${m},${r.kpi},${r.areaCode},${r.period},${r.gender},${r.value ?? ''},${r.count ?? ''},"${r.status}"\n`);

/** The database's own bulk load: COPY … FROM STDIN on PostgreSQL, COPY … FROM '/dev/blob' in PGlite. */
async function copy(database: Database, url: string | undefined, m: string, rows: KoladaRow[]) {
  const lines = csvOf(m, rows);
  const statement = (src: string) => `COPY kolada_value_copy FROM ${src} WITH (FORMAT csv)`;
  const t0 = performance.now();
  if (database.pglite) await database.pglite.query(statement(`'/dev/blob'`), [], { blob: new Blob(lines) });
  else {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await pipeline(Readable.from(lines), client.query(copyFrom(statement('STDIN'))));
    await client.end();
  }
  return performance.now() - t0;
}

async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const t0 = performance.now();
  const r = await fn();
  return [r, performance.now() - t0];
}

const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const rows = generate();
const { database, url } = await open();
const m = await setUp(database, rows);
console.log(`${database.kind}: ${rows.length} values, batches of ${batchSize}`);
const [first, t1] = await timed(() => storeValues(database.db, m, rows, null, undefined, { batchSize }));
console.log(`storeValues, empty table: ${s(t1)}`, JSON.stringify(first));
const [second, t2] = await timed(() => storeValues(database.db, m, rows, null, undefined, { batchSize }));
console.log(`storeValues again (idempotent): ${s(t2)}`, JSON.stringify(second));
const changed = rows.map((r, i) => (i % 100 === 0 ? { ...r, value: (r.value ?? 0) + 1 } : r));
const [third, t3] = await timed(() => storeValues(database.db, m, changed, null, undefined, { batchSize }));
console.log(`storeValues with 1 % changed: ${s(t3)}`, JSON.stringify(third));
console.log(`COPY of the same rows: ${s(await copy(database, url, m, rows))}`);
console.log(`RSS after: ${Math.round(process.memoryUsage().rss / 2 ** 20)} MiB`);
await database.close();
