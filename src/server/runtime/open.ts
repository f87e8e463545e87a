// Opens the configured database: a PostgreSQL server, or the embedded one in DATA_DIR,
// which only one process may own at a time (decision 0016).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Database, openPglite, openPostgres } from '../db/connection.js';
import type { Config } from './config.js';
import { lockDataDir } from './lock.js';

export { DataDirLockedError } from './lock.js';

export async function openConfigured(config: Config): Promise<Database> {
  if (config.databaseUrl) return openPostgres(config.databaseUrl);
  mkdirSync(config.dataDir, { recursive: true });
  const lock = await lockDataDir(config.dataDir);
  let database: Database;
  try {
    database = await openPglite(join(config.dataDir, 'pglite'));
  } catch (err) {
    await lock.release();
    throw err;
  }
  const close = database.close;
  return {
    ...database,
    close: async () => {
      await close();
      await lock.release();
    },
  };
}
