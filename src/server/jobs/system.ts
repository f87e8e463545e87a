// The process's one job system (decision 0018): pg-boss on the app's database, PostgreSQL or the
// embedded PGlite (`fromPglite`), with every background job registered: the reminder sweep and
// the imports. A job belongs to no process: any worker of any process may run it, a live worker
// keeps its claim by heartbeat, and pg-boss's supervisor retries or fails a job whose heartbeat
// stopped (its process died). So nothing is ever failed wholesale at start.
import { fromPglite, type JobWithMetadata, PgBoss } from 'pg-boss';
import { ledgerImports } from '../actuals/imports.js';
import type { Database } from '../db/connection.js';
import { koladaApiImport, koladaFileImport } from '../indicators/kolada/imports.js';
import { registerReminderJobs } from '../reminders/jobs.js';
import { abandonJob } from './progress.js';
import { abandonedQueue, importQueue, type JobSystem, unregisterJobs } from './queue.js';
import { type ImportData, type ImportDefinition, runImport } from './run.js';

export interface JobTimings {
  /** How often an idle worker looks for an import. */
  pollingSeconds: number;
  /** How often the supervisor looks for jobs whose heartbeat stopped. */
  superviseSeconds: number;
  /** A running import's lease: without a heartbeat for this long its process is taken for dead. */
  heartbeatSeconds: number;
  /** The longest an import may run, heartbeat or not. */
  expireSeconds: number;
  /** Tries after the first: after a passing fault (Kolada down) or a process that died. */
  retryLimit: number;
  retryDelaySeconds: number;
}

export const defaultTimings: JobTimings = {
  pollingSeconds: 2,
  superviseSeconds: 30,
  heartbeatSeconds: 30,
  expireSeconds: 4 * 3600,
  retryLimit: 2,
  retryDelaySeconds: 60,
};

export interface JobOptions {
  /** The PostgreSQL URL (pg-boss keeps a small pool of its own); unused on PGlite. */
  databaseUrl?: string | null;
  timings?: Partial<JobTimings>;
  /** False for a process that only queues jobs and leaves the work to others. */
  work?: boolean;
}

const imports: ImportDefinition<never>[] = [koladaFileImport, koladaApiImport(), ledgerImports.sie, ledgerImports.csv] as never;

export function createBoss(database: Database, databaseUrl: string | null | undefined, t: JobTimings): PgBoss {
  const common = { schema: 'pgboss', superviseIntervalSeconds: t.superviseSeconds, monitorIntervalSeconds: t.superviseSeconds };
  const boss =
    database.kind === 'pglite' && database.pglite
      ? new PgBoss({ ...common, db: fromPglite(database.pglite as never), backend: 'pglite' })
      : new PgBoss({ ...common, connectionString: databaseUrl ?? undefined, max: 2 });
  boss.on('error', (err) => console.error(`[${new Date().toISOString()}] pg-boss`, err));
  return boss;
}

async function importQueues(boss: PgBoss, t: JobTimings) {
  // The file travels in the job's data: gone an hour after the job ended.
  const kept = { deleteAfterSeconds: 3600 };
  await boss.createQueue(abandonedQueue, kept);
  const options = {
    ...kept,
    heartbeatSeconds: t.heartbeatSeconds,
    expireInSeconds: t.expireSeconds,
    retryLimit: t.retryLimit,
    retryDelay: t.retryDelaySeconds,
    retryBackoff: t.retryDelaySeconds > 0,
    deadLetter: abandonedQueue,
  };
  for (const def of imports) {
    await boss.createQueue(importQueue(def.kind), options);
    // A queue made by an earlier version keeps its options otherwise.
    await boss.updateQueue(importQueue(def.kind), options);
  }
}

async function workImports(boss: PgBoss, database: Database, t: JobTimings) {
  const polling = { pollingIntervalSeconds: t.pollingSeconds, includeMetadata: true as const };
  for (const def of imports)
    await boss.work(importQueue(def.kind), polling, async ([job]: JobWithMetadata<ImportData<never>>[]) => {
      if (!job) return;
      const triesLeft = job.retryLimit - job.retryCount;
      try {
        await runImport(database.db, def, job.data, { retryCount: job.retryCount, triesLeft });
      } catch (err) {
        // Recorded in import_job by runImport; only a fault worth another try goes back to pg-boss.
        if (triesLeft > 0 && def.retryable(err)) throw err;
      }
    });
  // Tries spent without an ending: the process that ran it died (or could not even record why).
  await boss.work(abandonedQueue, polling, async ([job]: JobWithMetadata<ImportData>[]) => {
    if (!job) return;
    await abandonJob(
      database.db,
      { municipalityId: job.data.municipalityId, id: job.data.importJobId },
      'Importen avbröts: servern som körde den slutade svara. Starta importen igen; värden som redan sparats påverkas inte.',
    );
  });
}

/**
 * Starts pg-boss for this process and registers every job kind. The caller registers it as the
 * process's system for the database (`registerJobs`), which `enqueue` then uses. `stop` lets
 * running jobs finish (up to ten seconds).
 */
export async function startJobs(database: Database, opts: JobOptions = {}): Promise<JobSystem> {
  const t = { ...defaultTimings, ...opts.timings };
  const work = opts.work ?? true;
  const boss = createBoss(database, opts.databaseUrl, t);
  await boss.start();
  try {
    await importQueues(boss, t);
    await registerReminderJobs(boss, database, { work });
    if (work) await workImports(boss, database, t);
  } catch (err) {
    await boss.stop({ graceful: false });
    throw err;
  }
  const system: JobSystem = {
    boss,
    stop: async () => {
      await unregisterJobs(database.db, system);
      await boss.stop({ graceful: true, timeout: 10_000 });
    },
  };
  return system;
}
