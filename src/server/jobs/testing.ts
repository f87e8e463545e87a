// Test support: the job system on a test's own database with short intervals, and a wait for an
// import to end (the tests' stand-in for the web app following a job).
import { sql } from 'kysely';
import type { Database } from '../db/connection.js';
import type { ImportJob } from './progress.js';
import { getJob } from './progress.js';
import { registerJobs } from './queue.js';
import { type JobOptions, type JobTimings, startJobs } from './system.js';

/** Short enough that a test waits a second, not a minute; heartbeats can be no shorter than 10 s. */
export const testTimings: Partial<JobTimings> = {
  pollingSeconds: 0.5,
  superviseSeconds: 1,
  heartbeatSeconds: 10,
  retryLimit: 1,
  retryDelaySeconds: 0,
};

/** The URL of the test's own PostgreSQL database (the harness makes one per file); null on PGlite. */
export async function databaseUrlOf(database: Database): Promise<string | null> {
  const base = process.env.TEST_DATABASE_URL;
  if (!base || database.kind !== 'postgres') return null;
  const { rows } = await sql<{ name: string }>`SELECT current_database() AS name`.execute(database.db);
  const url = new URL(base);
  url.pathname = `/${rows[0]?.name}`;
  return url.toString();
}

/** A job system as another server process would have; the first one started serves `enqueue`. */
export async function startTestJobs(database: Database, opts: JobOptions = {}) {
  const system = startJobs(database, { ...opts, databaseUrl: await databaseUrlOf(database), timings: { ...testTimings, ...opts.timings } });
  registerJobs(database.db, system);
  return system;
}

/** Waits until the import has ended (done or failed) and answers it as GET /import-jobs/{id} would. */
export async function awaitJob(database: Database, id: string, timeoutMs = 30_000): Promise<ImportJob> {
  const deadline = Date.now() + timeoutMs;
  const row = await database.db.selectFrom('import_job').select('municipality_id').where('id', '=', id).executeTakeFirstOrThrow();
  for (;;) {
    const job = await getJob(database.db, row.municipality_id, id);
    if (job.status === 'done' || job.status === 'failed') return job;
    if (Date.now() > deadline) throw new Error(`import ${id} did not end: ${job.status} ${job.message}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
