// Forward-only plain-SQL migrations, the same files for PGlite and PostgreSQL.
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import type { Database } from './connection.js';

const dir = fileURLToPath(new URL('./migrations/', import.meta.url));

export async function migrationFiles(): Promise<string[]> {
  return (await readdir(dir)).filter((f) => /^\d{4}_.+\.sql$/.test(f)).sort();
}

/** Applies every migration not yet applied; returns the names applied now. */
export async function migrate(database: Database): Promise<string[]> {
  const { db } = database;
  await database.execScript(
    'CREATE TABLE IF NOT EXISTS schema_migration (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())',
  );
  const applied: string[] = [];
  // An advisory lock keeps several app processes on one server from migrating at once.
  if (database.kind === 'postgres') await sql`SELECT pg_advisory_lock(4242)`.execute(db);
  try {
    const done = new Set((await sql<{ name: string }>`SELECT name FROM schema_migration`.execute(db)).rows.map((r) => r.name));
    for (const file of await migrationFiles()) {
      if (done.has(file)) continue;
      const text = await readFile(dir + file, 'utf8');
      const safeName = file.replace(/'/g, "''");
      await database.execScript(`BEGIN;\n${text}\n;INSERT INTO schema_migration (name) VALUES ('${safeName}');\nCOMMIT;`);
      applied.push(file);
    }
  } finally {
    if (database.kind === 'postgres') await sql`SELECT pg_advisory_unlock(4242)`.execute(db);
  }
  return applied;
}
