// Asking for an import: its import_job row and its pg-boss job, written in one transaction so
// neither exists without the other. Loads no pg-boss code (that takes a second to import, which
// every CLI command would pay); the process's job system registers itself here when it starts.
import { CompiledQuery, type Kysely } from 'kysely';
import type { Db, PgBoss } from 'pg-boss';
import { fail } from '../../core/errors.js';
import type { Database } from '../db/connection.js';
import type { DB } from '../db/schema.js';
import { createImportJob, type ImportKind, type ImportRow } from './progress.js';
import type { ImportData } from './run.js';

export interface JobSystem {
  boss: PgBoss;
  stop: () => Promise<void>;
}

/** One job system per database handle in a process (a test may run several on one database). */
const systems = new WeakMap<Kysely<DB>, Promise<JobSystem>>();
const starters = new WeakMap<Kysely<DB>, () => Promise<JobSystem>>();

/** Registers the process's job system for `db`, unless one is already there; false then. */
export function registerJobs(db: Kysely<DB>, system: Promise<JobSystem>): boolean {
  if (systems.has(db)) return false;
  systems.set(db, system);
  system.catch(() => {
    if (systems.get(db) === system) systems.delete(db);
  });
  return true;
}

/** Forgets `system` as the one for `db` (it is stopping), so another may take its place. */
export async function unregisterJobs(db: Kysely<DB>, system: JobSystem) {
  const registered = systems.get(db);
  if (registered && (await registered.catch(() => null)) === system && systems.get(db) === registered) systems.delete(db);
}

/** A job system started on first use: the tests' app, where only the files that queue an import pay for pg-boss. */
export function startJobsOnDemand(db: Kysely<DB>, start: () => Promise<JobSystem>) {
  starters.set(db, start);
}

/** Stops the job system registered for `db`, if any (the tests' app, before its database closes). */
export async function stopJobs(db: Kysely<DB>) {
  const registered = systems.get(db);
  if (registered) await (await registered.catch(() => null))?.stop();
}

function systemOf(db: Kysely<DB>): Promise<JobSystem> | undefined {
  const start = starters.get(db);
  if (!systems.has(db) && start) registerJobs(db, start());
  return systems.get(db);
}

export const importQueue = (kind: ImportKind) => `import.${kind}`;
/** Where pg-boss puts an import whose tries are all spent, most often because its process died. */
export const abandonedQueue = 'import.abandoned';

/** pg-boss statements through a Kysely transaction, so the job commits with the row. */
const through = (trx: Kysely<DB>): Db => ({
  executeSql: async (text: string, values?: unknown[]) => ({
    rows: (await trx.executeQuery(CompiledQuery.raw(text, values ?? []))).rows as never[],
  }),
});

/** Queues an import and answers its id at once; a worker of any process runs it. */
export async function enqueue<I>(db: Kysely<DB>, kind: ImportKind, job: Omit<ImportRow, 'kind'> & { input: I }): Promise<string> {
  const system = systemOf(db);
  if (!system) throw fail('unavailable', 'Bakgrundsjobben har inte startat ännu. Försök igen om en stund.');
  const { boss } = await system;
  return db.transaction().execute(async (trx) => {
    const importJobId = await createImportJob(trx, { ...job, kind });
    const data: ImportData<I> = { importJobId, municipalityId: job.municipalityId, actorId: job.actorId, input: job.input };
    await boss.send(importQueue(kind), data as object, { id: importJobId, db: through(trx) });
    return importJobId;
  });
}

/**
 * `styr serve`: starts the job system without waiting for it (pg-boss is loaded only now), and
 * registers it at once, so an import asked for before it is up waits for it instead of failing.
 */
export function startJobsInBackground(database: Database, databaseUrl: string | null): Promise<JobSystem> {
  const system = import('./system.js').then((m) => m.startJobs(database, { databaseUrl }));
  registerJobs(database.db, system);
  return system;
}
