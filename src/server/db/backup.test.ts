import { randomUUID } from 'node:crypto';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { backup, restore } from './backup.js';
import { type Database, openPglite, openPostgres } from './connection.js';
import { migrate, migrationFiles } from './migrate.js';

type Engine = 'pglite' | 'postgres';

// PostgreSQL runs only when a server is given, e.g. postgres://postgres@127.0.0.1:5432/postgres.
// The engine list is built here rather than skipped, so a run without a server shows no skips.
const serverUrl = process.env.TEST_DATABASE_URL;
const engines: Engine[] = serverUrl ? ['pglite', 'postgres'] : ['pglite'];
// Every direction: same engine, and across engines (embedded → server and back) with a server.
const pairs = engines.flatMap((from) => engines.map((to): [Engine, Engine] => [from, to]));
const TIMEOUT = 60_000;

const M = '00000000-0000-4000-8000-000000000001';
const P = '00000000-0000-4000-8000-000000000002';
const unit = (n: number) => `00000000-0000-4000-8000-0000000001${String(n).padStart(2, '0')}`;
const SEEDED_ROWS = 16;

const opened: Database[] = [];
const serverDatabases: string[] = [];
const tempFiles: string[] = [];

// Closed after each test: a dozen open in-memory PGlite instances would add up.
afterEach(async () => {
  for (const database of opened.splice(0)) await database.close();
});

afterAll(async () => {
  if (serverUrl && serverDatabases.length > 0) {
    await withAdmin(async (admin) => {
      for (const name of serverDatabases) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    });
  }
  for (const file of tempFiles) await rm(file, { force: true });
});

async function withAdmin<T>(fn: (admin: pg.Client) => Promise<T>): Promise<T> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    return await fn(admin);
  } finally {
    await admin.end();
  }
}

/** A new database without any schema: in-memory PGlite, or a fresh database on the server. */
async function emptyDatabase(engine: Engine): Promise<Database> {
  let database: Database;
  if (engine === 'pglite') {
    database = await openPglite();
  } else {
    const name = `styr_test_backup_${randomUUID().replace(/-/g, '')}`;
    await withAdmin((admin) => admin.query(`CREATE DATABASE ${name}`));
    serverDatabases.push(name);
    const url = new URL(serverUrl ?? '');
    url.pathname = `/${name}`;
    database = openPostgres(url.toString(), 2);
  }
  opened.push(database);
  return database;
}

function tempFile(): string {
  const file = join(tmpdir(), `styr-backup-test-${randomUUID()}.jsonl.gz`);
  tempFiles.push(file, `${file}.tmp`);
  return file;
}

/** Migrates and fills every table, with data meant to trip a naive dump. */
async function seed(database: Database): Promise<void> {
  await migrate(database);
  const { db } = database;
  await sql`INSERT INTO municipality (id, code, name, created_at)
    VALUES (${M}, 'test', 'Testkommun', '2024-01-02T03:04:05.123456Z')`.execute(db);
  // Units are created parent before child; then unit 1 moves under unit 4, so in key order
  // (and creation order) a row comes before the row it points at.
  const units: [number, number | null, string][] = [
    [1, null, 'fullmaktige'],
    [2, null, 'kommunstyrelse'],
    [3, 2, 'namnd'],
    [4, 3, 'forvaltning'],
  ];
  for (const [n, parent, kind] of units) {
    await sql`INSERT INTO org_unit (municipality_id, id, kind, name, parent_id, opened_on)
      VALUES (${M}, ${unit(n)}, ${kind}, ${`Enhet ${n}`}, ${parent === null ? null : unit(parent)}, '2024-01-01')`.execute(db);
  }
  await sql`UPDATE org_unit SET parent_id = ${unit(4)}, version = 2 WHERE id = ${unit(1)}`.execute(db);
  await sql`INSERT INTO org_unit_placement (municipality_id, org_unit_id, parent_id, valid_from, valid_to)
    VALUES (${M}, ${unit(1)}, NULL, '2024-01-01', '2024-06-30'), (${M}, ${unit(1)}, ${unit(4)}, '2024-07-01', NULL)`.execute(db);
  await sql`INSERT INTO person (municipality_id, id, name, email, password_hash)
    VALUES (${M}, ${P}, 'Åsa Öberg', 'asa@example.se', '$argon2id$not-a-real-hash')`.execute(db);
  await sql`INSERT INTO role_assignment (municipality_id, person_id, org_unit_id, role, title, valid_from)
    VALUES (${M}, ${P}, ${unit(3)}, 'manager', 'Förvaltningschef', '2024-02-01')`.execute(db);
  await sql`INSERT INTO session (municipality_id, id, person_id, expires_at)
    VALUES (${M}, 'session-1', ${P}, '2030-01-01T00:00:00Z')`.execute(db);
  await sql`INSERT INTO login_attempt (municipality_id, email, succeeded)
    VALUES (${M}, 'asa@example.se', false), (${M}, 'asa@example.se', true)`.execute(db);
  await sql`INSERT INTO setup_token (id, expires_at) VALUES ('token-1', '2030-01-01T00:00:00Z')`.execute(db);
  const changes: [string | null, string | null][] = [
    [null, '{"name": "Enhet 1", "tags": ["a", "b"]}'],
    [
      '{"name": "Enhet 1"}',
      '{"name": "Rad ett\\nrad två \\"citat\\"", "big": 12345678901234567890.123456789, "nested": {"ok": true, "none": null}}',
    ],
    ['{"amount": 1.10}', null],
  ];
  for (const [before, after] of changes) {
    await sql`INSERT INTO audit_log (municipality_id, occurred_at, actor_id, action, entity_type, entity_id, org_unit_id, before, after)
      VALUES (${M}, '2024-03-01T12:34:56.654321Z', ${P}, 'update', 'org_unit', ${unit(1)}, ${unit(1)}, ${before}::jsonb, ${after}::jsonb)`.execute(
      db,
    );
  }
}

/** Every data table's rows as canonical jsonb text, sorted, keyed by table. */
async function contents(database: Database): Promise<Record<string, string[]>> {
  const { rows: tables } = await sql<{ name: string }>`SELECT tablename AS name FROM pg_tables
    WHERE schemaname = 'public' AND tablename <> 'schema_migration' ORDER BY tablename`.execute(database.db);
  const result: Record<string, string[]> = {};
  for (const { name } of tables) {
    const { rows } = await sql<{ row: string }>`SELECT to_jsonb(t)::text AS row FROM ${sql.table(name)} AS t`.execute(database.db);
    result[name] = rows.map((r) => r.row).sort();
  }
  return result;
}

async function appliedMigrations(database: Database): Promise<string[]> {
  const { rows } = await sql<{ name: string }>`SELECT name FROM schema_migration ORDER BY name`.execute(database.db);
  return rows.map((r) => r.name);
}

async function tableCount(database: Database): Promise<number> {
  const { rows } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM pg_tables
    WHERE schemaname = 'public' AND tablename <> 'schema_migration'`.execute(database.db);
  return rows[0]?.n ?? 0;
}

async function fileLines(file: string): Promise<Record<string, unknown>[]> {
  const text = gunzipSync(await readFile(file)).toString('utf8');
  return text
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

describe.each(pairs)('backup from %s, restore into %s', (from, to) => {
  it(
    'restores every row into a new empty database and migrates it',
    async () => {
      const source = await emptyDatabase(from);
      await seed(source);
      const file = tempFile();
      const made = await backup(source, file);
      expect(made).toEqual({ tables: await tableCount(source), rows: SEEDED_ROWS });

      const target = await emptyDatabase(to);
      expect(await restore(target, file)).toEqual(made);
      expect(await contents(target)).toEqual(await contents(source));
      expect(await appliedMigrations(target)).toEqual(await migrationFiles());
    },
    TIMEOUT,
  );

  it(
    'continues identity columns after the restored ids',
    async () => {
      const source = await emptyDatabase(from);
      await seed(source);
      const file = tempFile();
      await backup(source, file);
      const target = await emptyDatabase(to);
      await restore(target, file);

      const { rows } = await sql<{ id: number }>`INSERT INTO audit_log (municipality_id, action, entity_type, entity_id)
        VALUES (${M}, 'create', 'person', ${P}) RETURNING id`.execute(target.db);
      const { rows: max } = await sql<{ id: number }>`SELECT max(id) AS id FROM audit_log
        WHERE id <> ${rows[0]?.id ?? 0}`.execute(source.db);
      expect(rows[0]?.id).toBeGreaterThan(max[0]?.id ?? Number.POSITIVE_INFINITY);
    },
    TIMEOUT,
  );

  it(
    'restores rows on a reference cycle, which no row order can satisfy',
    async () => {
      const source = await emptyDatabase(from);
      await migrate(source);
      const { db } = source;
      await sql`INSERT INTO municipality (id, code, name) VALUES (${M}, 'cykel', 'Cykelkommun')`.execute(db);
      for (const n of [1, 2, 3]) {
        await sql`INSERT INTO org_unit (municipality_id, id, kind, name) VALUES (${M}, ${unit(n)}, 'enhet', ${`Enhet ${n}`})`.execute(db);
      }
      await sql`UPDATE org_unit SET parent_id = ${unit(2)} WHERE id = ${unit(1)}`.execute(db);
      await sql`UPDATE org_unit SET parent_id = ${unit(1)} WHERE id = ${unit(2)}`.execute(db);
      await sql`UPDATE org_unit SET parent_id = ${unit(3)} WHERE id = ${unit(3)}`.execute(db);
      const file = tempFile();
      await backup(source, file);
      const target = await emptyDatabase(to);
      expect(await restore(target, file)).toMatchObject({ rows: 4 });
      expect(await contents(target)).toEqual(await contents(source));
    },
    TIMEOUT,
  );
});

describe.each(engines)('backup and restore on %s', (engine) => {
  it(
    'writes a header, then referenced tables and rows before the ones referencing them',
    async () => {
      const source = await emptyDatabase(engine);
      await seed(source);
      const file = tempFile();
      await backup(source, file);
      const [header, ...lines] = await fileLines(file);
      expect(header).toMatchObject({ format: 'styr-backup', version: 1, database: engine, migrations: await migrationFiles() });

      const order = lines.filter((l) => 'columns' in l && 'table' in l).map((l) => l.table);
      const precedes = (a: string, b: string) => expect(order.indexOf(a)).toBeLessThan(order.indexOf(b));
      precedes('municipality', 'org_unit');
      precedes('org_unit', 'org_unit_placement');
      precedes('org_unit', 'role_assignment');
      precedes('person', 'role_assignment');
      precedes('person', 'session');
      expect(order).not.toContain('schema_migration');

      const start = lines.findIndex((l) => l.table === 'org_unit' && 'columns' in l);
      const units = lines.slice(start + 1, start + 5) as { id: string; parent_id: string | null }[];
      const seen = new Set<string>();
      for (const u of units) {
        if (u.parent_id !== null) expect(seen).toContain(u.parent_id);
        seen.add(u.id);
      }
      expect(units.map((u) => u.id)).toEqual([unit(2), unit(3), unit(4), unit(1)]);
    },
    TIMEOUT,
  );

  it(
    'finds tables a later migration adds and orders rows over several self-references',
    async () => {
      const source = await emptyDatabase(engine);
      await migrate(source);
      // Stands in for a future migration's table: two self-references, rows 4 and 5 on a cycle.
      await source.execScript(`
        CREATE TABLE graph (id int PRIMARY KEY, a int REFERENCES graph, b int REFERENCES graph);
        INSERT INTO graph VALUES (30, NULL, NULL), (20, 30, NULL), (10, 20, 30), (4, NULL, NULL), (5, 4, NULL);
        UPDATE graph SET b = 5 WHERE id = 4;`);
      const file = tempFile();
      expect(await backup(source, file)).toEqual({ tables: await tableCount(source), rows: 5 });
      const lines = await fileLines(file);
      const start = lines.findIndex((l) => l.table === 'graph' && 'columns' in l);
      expect(lines[start]).toEqual({ table: 'graph', columns: ['id', 'a', 'b'] });
      expect(lines.slice(start + 1, start + 6).map((l) => l.id)).toEqual([30, 20, 10, 4, 5]);
    },
    TIMEOUT,
  );

  it(
    'refuses a file that is not a Styr backup, leaving the target alone',
    async () => {
      const target = await emptyDatabase(engine);
      const plain = tempFile();
      await writeFile(plain, 'name;email\nÅsa;asa@example.se\n');
      await expect(restore(target, plain)).rejects.toThrow(/is not a Styr backup/);
      const otherJson = tempFile();
      await writeFile(otherJson, gzipSync('{"format":"something-else","version":1}\n'));
      await expect(restore(target, otherJson)).rejects.toThrow(/is not a Styr backup/);
      await expect(restore(target, tempFile())).rejects.toThrow(/ENOENT/);
      expect(await tableCount(target)).toBe(0);
    },
    TIMEOUT,
  );

  it(
    'refuses a backup made by newer code',
    async () => {
      const target = await emptyDatabase(engine);
      const file = tempFile();
      const migrations = [...(await migrationFiles()), '9999_from_the_future.sql'];
      const header = { format: 'styr-backup', version: 1, createdAt: new Date().toISOString(), database: engine, migrations };
      await writeFile(file, gzipSync(`${JSON.stringify(header)}\n`));
      await expect(restore(target, file)).rejects.toThrow(/newer.*9999_from_the_future\.sql/);
    },
    TIMEOUT,
  );

  it(
    'refuses a target holding data unless forced, then replaces it',
    async () => {
      const source = await emptyDatabase(engine);
      await seed(source);
      const file = tempFile();
      await backup(source, file);

      const target = await emptyDatabase(engine);
      await migrate(target);
      await sql`INSERT INTO municipality (code, name) VALUES ('other', 'Annan kommun')`.execute(target.db);
      await expect(restore(target, file)).rejects.toThrow(/--force/);
      expect((await contents(target)).municipality).toHaveLength(1);

      await restore(target, file, { force: true });
      expect(await contents(target)).toEqual(await contents(source));
    },
    TIMEOUT,
  );

  it(
    'restores into a migrated but empty database without force',
    async () => {
      const source = await emptyDatabase(engine);
      await seed(source);
      const file = tempFile();
      await backup(source, file);
      const target = await emptyDatabase(engine);
      await migrate(target);
      await restore(target, file);
      expect(await contents(target)).toEqual(await contents(source));
    },
    TIMEOUT,
  );
});
