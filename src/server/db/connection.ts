// One driver interface for both databases: Kysely over PGlite (embedded) or pg (server).
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PGliteDialect, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { DB } from './schema.js';

export type DatabaseKind = 'pglite' | 'postgres';

export interface Database {
  db: Kysely<DB>;
  kind: DatabaseKind;
  /** Runs a script of several statements (migrations, restore). */
  execScript(sqlText: string): Promise<void>;
  close(): Promise<void>;
  /** The embedded engine, when there is one (backup of its data directory, cloning in tests). */
  pglite?: PGlite;
}

const INT8 = 20;
const NUMERIC = 1700;
const DATE = 1082;

// Both drivers hand back the same JS types: dates as 'YYYY-MM-DD' strings (no time zone
// shift), counts as numbers, timestamps as Date.
pg.types.setTypeParser(INT8, (v) => Number(v));
pg.types.setTypeParser(NUMERIC, (v) => Number(v));
pg.types.setTypeParser(DATE, (v) => v);

export async function openPglite(dataDir?: string, pglite?: PGlite): Promise<Database> {
  const engine =
    pglite ??
    (await PGlite.create({
      dataDir,
      parsers: { [INT8]: (v: string) => Number(v), [NUMERIC]: (v: string) => Number(v), [DATE]: (v: string) => v },
    }));
  await engine.exec("SET TIME ZONE 'UTC'");
  const db = new Kysely<DB>({ dialect: new PGliteDialect({ pglite: engine as never }) });
  return {
    db,
    kind: 'pglite',
    pglite: engine,
    execScript: async (sqlText) => {
      await engine.exec(sqlText);
    },
    close: () => db.destroy(),
  };
}

export function openPostgres(url: string, max = 10): Database {
  const pool = new pg.Pool({ connectionString: url, max, options: '-c TimeZone=UTC' });
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    kind: 'postgres',
    execScript: async (sqlText) => {
      await pool.query(sqlText);
    },
    close: () => db.destroy(),
  };
}
