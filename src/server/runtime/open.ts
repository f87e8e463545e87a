// Opens the configured database: a PostgreSQL server, or the embedded one in DATA_DIR,
// which only one process may own at a time.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import lockfile from 'proper-lockfile';
import { type Database, openPglite, openPostgres } from '../db/connection.js';
import type { Config } from './config.js';

export class DataDirLockedError extends Error {}

export async function openConfigured(config: Config): Promise<Database> {
  if (config.databaseUrl) return openPostgres(config.databaseUrl);
  mkdirSync(config.dataDir, { recursive: true });
  let release: () => Promise<void>;
  try {
    release = await lockfile.lock(config.dataDir, { lockfilePath: join(config.dataDir, 'styr.lock'), stale: 15_000, update: 5_000 });
  } catch (err) {
    if ((err as { code?: string }).code === 'ELOCKED') {
      throw new DataDirLockedError(
        `Datakatalogen ${config.dataDir} används redan av en annan Styr-process. Stoppa den först, eller välj en annan katalog med DATA_DIR.`,
      );
    }
    throw err;
  }
  const database = await openPglite(join(config.dataDir, 'pglite'));
  const close = database.close;
  return {
    ...database,
    close: async () => {
      await close();
      await release();
    },
  };
}
