// Portable logical backup: gzip'd JSON Lines that PGlite and PostgreSQL both write and read,
// so data can move between the embedded engine and a server in either direction.
//
// File layout: a header line, then per table a `{"table","columns"}` line followed by one
// `row_to_json` line per row. Tables come after the tables they reference and, within a
// self-referencing table, a row comes after the rows it points at.
import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';
import { readFile, rename, rm } from 'node:fs/promises';
import { pipeline } from 'node:stream';
import { pipeline as pipelineAsync } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { createGunzip, createGzip } from 'node:zlib';
import { type Kysely, sql } from 'kysely';
import type { Database } from './connection.js';
import { migrate, migrationFiles } from './migrate.js';
import type { DB } from './schema.js';

const FORMAT = 'styr-backup';
const VERSION = 1;
const BATCH_ROWS = 1000;
// Caps one INSERT's JSON parameter when rows are large (audit before/after documents).
const BATCH_BYTES = 8 * 1024 * 1024;
const migrationsDir = fileURLToPath(new URL('./migrations/', import.meta.url));

interface Header {
  format: string;
  version: number;
  createdAt: string;
  database: string;
  migrations: string[];
}
interface TableInfo {
  name: string;
  columns: string[];
  pk: string[];
}
interface ForeignKey {
  table: string;
  refTable: string;
  columns: string[];
  refColumns: string[];
}
type Write = (line: string) => Promise<void>;

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;
// Always schema-qualified: a server's search_path may put another schema before public.
const qualified = (table: string) => `public.${ident(table)}`;

/** Writes a consistent snapshot of every table in schema public (except schema_migration). */
export async function backup(database: Database, file: string): Promise<{ tables: number; rows: number }> {
  return withLineWriter(file, (write) =>
    database.db.transaction().execute(async (trx) => {
      // One snapshot for all tables, so the backup is consistent while the server keeps writing.
      // Issued as SQL because Kysely's PGlite driver ignores setIsolationLevel().
      await sql`SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY`.execute(trx);
      const migrations = await sql<{ name: string }>`SELECT name FROM schema_migration ORDER BY name`.execute(trx);
      const header: Header = {
        format: FORMAT,
        version: VERSION,
        createdAt: new Date().toISOString(),
        database: database.kind,
        migrations: migrations.rows.map((r) => r.name),
      };
      await write(JSON.stringify(header));
      const fks = await listForeignKeys(trx);
      const tables = sortTables(await listTables(trx), fks);
      let rows = 0;
      for (const table of tables) {
        const selfFks = fks.filter((fk) => fk.table === table.name && fk.refTable === table.name);
        rows += await dumpTable(trx, table, selfFks, write);
      }
      return { tables: tables.length, rows };
    }),
  );
}

/**
 * Replaces the database's content with a backup: recreates schema public at the backup's
 * migrations, loads the rows, then migrates to the current code's schema.
 */
export async function restore(database: Database, file: string, opts: { force?: boolean } = {}): Promise<{ tables: number; rows: number }> {
  const header = await readHeader(file);
  const files = await migrationFiles();
  const unknown = header.migrations.find((name, i) => files[i] !== name);
  if (unknown) {
    throw new Error(
      `The backup was made by a newer or different version of Styr (unknown migration ${unknown}); restore it with that version or later`,
    );
  }
  if (!opts.force && (await hasData(database.db))) {
    throw new Error('The target database already holds data; pass --force to replace it with the backup');
  }
  await database.execScript('DROP SCHEMA public CASCADE; CREATE SCHEMA public;');
  await applyMigrations(database, header.migrations);
  const result = await database.db.transaction().execute((trx) => load(trx, file));
  await migrate(database);
  return result;
}

// ---- catalog ----

/** Tables of schema public with their insertable columns and primary key, from the catalogs. */
async function listTables(db: Kysely<DB>): Promise<TableInfo[]> {
  const { rows } = await sql<TableInfo>`
    SELECT c.relname AS name,
      (SELECT coalesce(json_agg(a.attname ORDER BY a.attnum), '[]') FROM pg_attribute a
        WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = '') AS columns,
      (SELECT coalesce(json_agg(a.attname ORDER BY array_position(i.indkey::int2[], a.attnum)), '[]')
        FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey)
        WHERE i.indrelid = c.oid AND i.indisprimary) AS pk
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND NOT c.relispartition
      AND c.relname <> 'schema_migration'
    ORDER BY c.relname`.execute(db);
  return rows;
}

/** Foreign keys between tables of schema public, as ordered column pairs. */
async function listForeignKeys(db: Kysely<DB>): Promise<ForeignKey[]> {
  const { rows } = await sql<ForeignKey>`
    SELECT src.relname AS "table", ref.relname AS "refTable",
      (SELECT json_agg(a.attname ORDER BY k.i) FROM unnest(c.conkey) WITH ORDINALITY AS k(num, i)
        JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.num) AS columns,
      (SELECT json_agg(a.attname ORDER BY k.i) FROM unnest(c.confkey) WITH ORDINALITY AS k(num, i)
        JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.num) AS "refColumns"
    FROM pg_constraint c
      JOIN pg_class src ON src.oid = c.conrelid
      JOIN pg_class ref ON ref.oid = c.confrelid
      JOIN pg_namespace n ON n.oid = c.connamespace
    WHERE c.contype = 'f' AND n.nspname = 'public' AND c.conparentid = 0
    ORDER BY src.relname, c.conname`.execute(db);
  return rows;
}

/** Orders tables so each follows the tables it references (Kahn), ties by name. */
function sortTables(tables: TableInfo[], fks: ForeignKey[]): TableInfo[] {
  const pending = new Map(tables.map((t) => [t.name, t]));
  const sorted: TableInfo[] = [];
  while (pending.size > 0) {
    const blocked = (t: TableInfo) => fks.some((fk) => fk.table === t.name && fk.refTable !== t.name && pending.has(fk.refTable));
    const ready = [...pending.values()].filter((t) => !blocked(t));
    // A reference cycle between tables has no valid order; take one table to break it
    // (restore lifts the foreign keys while loading, so the file stays restorable).
    for (const t of ready.length > 0 ? ready : [...pending.values()].slice(0, 1)) {
      sorted.push(t);
      pending.delete(t.name);
    }
  }
  return sorted;
}

// ---- backup ----

/** Streams one table through a server-side cursor, so memory stays flat however many rows. */
async function dumpTable(trx: Kysely<DB>, table: TableInfo, selfFks: ForeignKey[], write: Write): Promise<number> {
  await write(JSON.stringify({ table: table.name, columns: table.columns }));
  await sql.raw(`DECLARE styr_backup NO SCROLL CURSOR FOR ${rowsQuery(table, selfFks)}`).execute(trx);
  let count = 0;
  for (;;) {
    const { rows } = await sql.raw<{ line: string }>(`FETCH FORWARD ${BATCH_ROWS} FROM styr_backup`).execute(trx);
    if (rows.length === 0) break;
    // Kept as the server's JSON text (exact bigint/numeric digits). Raw line breaks can only be
    // insignificant whitespace inside json columns, and would split the line.
    await write(rows.map((row) => row.line.replace(/[\r\n]/g, ' ')).join('\n'));
    count += rows.length;
  }
  await sql.raw('CLOSE styr_backup').execute(trx);
  return count;
}

/**
 * The rows of a table as JSON text, in primary key order or, with a self-reference, tree order.
 * `t.*` names the whole row even when the table has a column called t.
 */
function rowsQuery(table: TableInfo, selfFks: ForeignKey[]): string {
  const t = qualified(table.name);
  const byPk = table.pk.map((c) => `t.${ident(c)}`);
  if (selfFks.length === 0) {
    return `SELECT row_to_json(t.*)::text AS line FROM ${t} AS t${byPk.length ? ` ORDER BY ${byPk.join(', ')}` : ''}`;
  }
  // Rows sort by their depth below rows that reference nothing (in this table), so a referenced
  // row always comes first whatever order rows were created or moved in. The walk carries the
  // referenced columns as k0, k1, ...; rows on a reference cycle get no depth and go last.
  // With one self-reference a walk from the roots can never enter a cycle; with several it can,
  // and only then is the CYCLE guard (whose path grows with depth) worth its cost.
  const guarded = selfFks.length > 1;
  const refCols = [...new Set(selfFks.flatMap((fk) => fk.refColumns))];
  const carry = (alias: string) => refCols.map((c, i) => `${alias}.${ident(c)} AS k${i}`).join(', ');
  const link = (child: string, parentCol: (c: string) => string) =>
    selfFks
      .map((fk) => `(${fk.columns.map((c, i) => `${child}.${ident(c)} = ${parentCol(fk.refColumns[i] ?? '')}`).join(' AND ')})`)
      .join(' OR ');
  return `WITH RECURSIVE walk AS (
      SELECT r.ctid AS tid, 0 AS depth, ${carry('r')} FROM ${t} AS r
        WHERE NOT EXISTS (SELECT 1 FROM ${t} AS p WHERE ${link('r', (c) => `p.${ident(c)}`)})
      UNION ALL
      SELECT c.ctid, w.depth + 1, ${carry('c')} FROM walk AS w
        JOIN ${t} AS c ON ${link('c', (col) => `w.k${refCols.indexOf(col)}`)}
    )${guarded ? ' CYCLE tid SET looped USING path' : ''}
    SELECT row_to_json(t.*)::text AS line FROM ${t} AS t
      LEFT JOIN (SELECT tid, max(depth) AS depth FROM walk${guarded ? ' WHERE NOT looped' : ''} GROUP BY tid) AS d
        ON d.tid = t.ctid
    ORDER BY d.depth NULLS LAST${byPk.length ? `, ${byPk.join(', ')}` : ''}`;
}

/**
 * Hands fn a gzip'd line writer into `file.tmp`, renamed into place only when complete, so a
 * failed backup never leaves a truncated file that looks like a backup.
 */
async function withLineWriter<T>(file: string, fn: (write: Write) => Promise<T>): Promise<T> {
  const tmp = `${file}.tmp`;
  const gzip = createGzip();
  const done = pipelineAsync(gzip, createWriteStream(tmp));
  done.catch(() => {}); // awaited below; this keeps an early failure from counting as unhandled
  const write: Write = async (line) => {
    if (!gzip.write(`${line}\n`)) await once(gzip, 'drain');
  };
  try {
    const result = await fn(write);
    gzip.end();
    await done;
    await rename(tmp, file);
    return result;
  } catch (error) {
    gzip.destroy();
    await done.catch(() => {});
    await rm(tmp, { force: true });
    throw error;
  }
}

// ---- restore ----

/** Lines of a gzip'd file; pipeline() brings a read or gunzip error into the loop as a throw. */
async function* readLines(file: string): AsyncGenerator<string> {
  const text = pipeline(createReadStream(file), createGunzip(), () => {});
  text.setEncoding('utf8');
  let rest = '';
  for await (const chunk of text as AsyncIterable<string>) {
    const lines = (rest + chunk).split('\n');
    rest = lines.pop() ?? '';
    for (const line of lines) if (line) yield line;
  }
  if (rest) yield rest;
}

async function readHeader(file: string): Promise<Header> {
  let header: Partial<Header> | undefined;
  try {
    for await (const line of readLines(file)) {
      header = JSON.parse(line) as Partial<Header>;
      break;
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw error;
    header = undefined; // not gzip, or not JSON: reported below as not a backup
  }
  const migrations = header?.migrations;
  if (header?.format !== FORMAT || !Array.isArray(migrations) || !migrations.every((m) => typeof m === 'string')) {
    throw new Error(`${file} is not a Styr backup`);
  }
  if (header.version !== VERSION) {
    throw new Error(`${file} is a Styr backup of format version ${header.version}; this version reads version ${VERSION}`);
  }
  return header as Header;
}

async function hasData(db: Kysely<DB>): Promise<boolean> {
  for (const table of await listTables(db)) {
    const { rows } = await sql.raw<{ found: boolean }>(`SELECT EXISTS (SELECT 1 FROM ${qualified(table.name)}) AS found`).execute(db);
    if (rows[0]?.found) return true;
  }
  return false;
}

/**
 * Applies exactly the backup's migrations, recorded the way migrate() records them, so the
 * rows land in the schema they were taken from; migrate() brings it forward afterwards.
 */
async function applyMigrations(database: Database, names: string[]): Promise<void> {
  await database.execScript(
    'CREATE TABLE IF NOT EXISTS schema_migration (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())',
  );
  for (const name of names) {
    const text = await readFile(migrationsDir + name, 'utf8');
    const safeName = name.replace(/'/g, "''");
    await database.execScript(`BEGIN;\n${text}\n;INSERT INTO schema_migration (name) VALUES ('${safeName}');\nCOMMIT;`);
  }
}

/** Loads the backup's rows in batches; runs inside one transaction. */
async function load(trx: Kysely<DB>, file: string): Promise<{ tables: number; rows: number }> {
  // Foreign keys come off for the load and go back on after it: one check per key instead of
  // one per row, and rows on a reference cycle (which no row order satisfies) load as well.
  const fks = await dropForeignKeys(trx);
  const known = new Set((await listTables(trx)).map((t) => t.name));
  let current: { table: string; columns: string[] } | undefined;
  let batch: string[] = [];
  let bytes = 0;
  let tables = 0;
  let rows = 0;
  const flush = async () => {
    if (current && batch.length > 0) await insertBatch(trx, current.table, current.columns, batch);
    rows += batch.length;
    batch = [];
    bytes = 0;
  };
  let isHeader = true; // already checked by readHeader
  for await (const line of readLines(file)) {
    if (isHeader) {
      isHeader = false;
      continue;
    }
    const start = tableStart(line);
    if (start) {
      await flush();
      if (!known.has(start.table)) throw new Error(`The backup has table ${start.table}, which its migrations do not create`);
      current = start;
      tables++;
      continue;
    }
    if (!current) throw new Error(`${file} is damaged: rows before any table`);
    batch.push(line);
    bytes += line.length;
    if (batch.length >= BATCH_ROWS || bytes >= BATCH_BYTES) await flush();
  }
  await flush();
  await addForeignKeys(trx, fks);
  await resetSequences(trx);
  return { tables, rows };
}

/** A table's start line, told from a row line by having exactly the keys table and columns. */
function tableStart(line: string): { table: string; columns: string[] } | undefined {
  if (!line.startsWith('{"table":')) return undefined;
  const value = JSON.parse(line) as Record<string, unknown>;
  const keys = Object.keys(value);
  if (keys.length !== 2 || typeof value.table !== 'string' || !Array.isArray(value.columns)) return undefined;
  return { table: value.table, columns: value.columns as string[] };
}

async function insertBatch(trx: Kysely<DB>, table: string, columns: string[], batch: string[]): Promise<void> {
  const t = sql.raw(qualified(table));
  const cols = sql.raw(columns.map(ident).join(', '));
  // OVERRIDING SYSTEM VALUE keeps the backed-up ids even in GENERATED ALWAYS identity columns.
  await sql`INSERT INTO ${t} (${cols}) OVERRIDING SYSTEM VALUE
    SELECT ${cols} FROM json_populate_recordset(NULL::${t}, ${`[${batch.join(',')}]`}::json)`.execute(trx);
}

interface ForeignKeyDefinition {
  table: string;
  name: string;
  definition: string;
}

async function dropForeignKeys(trx: Kysely<DB>): Promise<ForeignKeyDefinition[]> {
  const { rows } = await sql<ForeignKeyDefinition>`
    SELECT c.conrelid::regclass::text AS "table", c.conname AS name, pg_get_constraintdef(c.oid) AS definition
    FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
    WHERE c.contype = 'f' AND n.nspname = 'public' AND c.conparentid = 0
    ORDER BY c.conrelid::regclass::text, c.conname`.execute(trx);
  for (const fk of rows) await sql.raw(`ALTER TABLE ${fk.table} DROP CONSTRAINT ${ident(fk.name)}`).execute(trx);
  return rows;
}

/** Re-creates the foreign keys exactly as defined; each checks all loaded rows at once. */
async function addForeignKeys(trx: Kysely<DB>, fks: ForeignKeyDefinition[]): Promise<void> {
  for (const fk of fks) {
    await sql.raw(`ALTER TABLE ${fk.table} ADD CONSTRAINT ${ident(fk.name)} ${fk.definition}`).execute(trx);
  }
}

/** Moves identity and serial sequences past the loaded ids, so new rows don't collide with them. */
async function resetSequences(trx: Kysely<DB>): Promise<void> {
  const { rows } = await sql<{ table: string; column: string }>`
    SELECT table_name AS "table", column_name AS "column" FROM information_schema.columns
    WHERE table_schema = 'public' AND (is_identity = 'YES' OR column_default LIKE 'nextval(%')`.execute(trx);
  for (const { table, column } of rows) {
    const col = sql.raw(ident(column));
    // An empty table keeps its fresh sequence (HAVING), which also respects a custom START.
    await sql`SELECT setval(pg_get_serial_sequence(${qualified(table)}, ${column}), max(${col}))
      FROM ${sql.raw(qualified(table))} HAVING max(${col}) IS NOT NULL`.execute(trx);
  }
}
