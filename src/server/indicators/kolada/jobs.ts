// Imports as background jobs, run in this process, with their state in import_job so anyone can
// follow their progress. pg-boss (the architecture's job runner) is not installed yet; see
// decision 0008. A job lives only as long as the process: a restart fails the ones it cut off.
import type { Kysely, Selectable } from 'kysely';
import { AppError, defaultMessages, fail } from '../../../core/errors.js';
import type { DB, ImportJobTable } from '../../db/schema.js';

export const jobKinds = ['kolada_file', 'kolada_api', 'ledger_sie', 'ledger_csv'] as const;
export type JobKind = (typeof jobKinds)[number];

/** What a job tells while it runs: how far it has come, of how much, doing what. */
export type Reporter = (done: number, total: number | null, message: string) => Promise<void>;

export interface JobOutcome {
  message: string;
  result: unknown;
}

export interface JobSpec {
  municipalityId: string;
  actorId: string | null;
  kind: JobKind;
  params: unknown;
  /** The job's id is named in its audit row. */
  work: (report: Reporter, jobId: string) => Promise<JobOutcome>;
}

const running = new Set<Promise<unknown>>();

/** Resolves when every job this process started has ended (tests, orderly shutdown). */
export const jobsIdle = async () => {
  while (running.size) await Promise.allSettled([...running]);
};

export async function createJob(db: Kysely<DB>, spec: JobSpec): Promise<string> {
  const row = await db
    .insertInto('import_job')
    .values({
      municipality_id: spec.municipalityId,
      kind: spec.kind,
      params: JSON.stringify(spec.params),
      result: null,
      created_by: spec.actorId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

const MIN_INTERVAL_MS = 250;

/** Writes progress to the job's row, at most a few times a second; `listener` hears every step. */
function reporter(db: Kysely<DB>, spec: JobSpec, id: string, listener?: Reporter): Reporter {
  let last = 0;
  return async (done, total, message) => {
    await listener?.(done, total, message);
    if (Date.now() - last < MIN_INTERVAL_MS && done !== total) return;
    last = Date.now();
    // Sets 'running' every time: it also revives a job another process's restart wrongly failed.
    await db
      .updateTable('import_job')
      .set({ status: 'running', progress: done, total, message, finished_at: null })
      .where('municipality_id', '=', spec.municipalityId)
      .where('id', '=', id)
      .execute();
  };
}

async function finish(db: Kysely<DB>, spec: JobSpec, id: string, status: 'done' | 'failed', message: string, result: unknown) {
  await db
    .updateTable('import_job')
    .set({ status, message, result: JSON.stringify(result ?? null), finished_at: new Date() })
    .where('municipality_id', '=', spec.municipalityId)
    .where('id', '=', id)
    .execute();
}

/** Runs the job to its end, recording how it ended; a failure is also thrown to the caller. */
export async function runJob(db: Kysely<DB>, spec: JobSpec, id: string, listener?: Reporter): Promise<JobOutcome> {
  const report = reporter(db, spec, id, listener);
  try {
    await report(0, null, 'Startar.');
    const outcome = await spec.work(report, id);
    await finish(db, spec, id, 'done', outcome.message, outcome.result);
    return outcome;
  } catch (err) {
    const known = err instanceof AppError ? err : null;
    if (!known) console.error(`[${new Date().toISOString()}] import job ${id}`, err);
    const message = known?.message ?? defaultMessages.internal;
    await finish(db, spec, id, 'failed', message, { error: { code: known?.code ?? 'internal', message, fields: known?.fields ?? [] } });
    throw err;
  }
}

/** Creates the job and runs it in the background; the caller gets the id at once. */
export async function startJob(db: Kysely<DB>, spec: JobSpec): Promise<string> {
  const id = await createJob(db, spec);
  const run = runJob(db, spec, id)
    .catch(() => undefined) // recorded in the job's row by runJob
    .finally(() => running.delete(run));
  running.add(run);
  return id;
}

export interface ImportJob {
  id: string;
  kind: string;
  status: string;
  progress: number;
  total: number | null;
  message: string;
  params: unknown;
  result: unknown;
  createdAt: string;
  finishedAt: string | null;
}

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

const toJob = (r: Selectable<ImportJobTable>): ImportJob => ({
  id: r.id,
  kind: r.kind,
  status: r.status,
  progress: r.progress,
  total: r.total,
  message: r.message,
  params: r.params,
  result: r.result,
  createdAt: iso(r.created_at) as string,
  finishedAt: iso(r.finished_at),
});

export async function getJob(db: Kysely<DB>, municipalityId: string, id: string): Promise<ImportJob> {
  const r = await db
    .selectFrom('import_job')
    .selectAll()
    .where('municipality_id', '=', municipalityId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!r) throw fail('not_found', 'Importen finns inte.');
  return toJob(r);
}

/** At start-up: jobs of this runner still queued or running were cut off by a stop. */
export async function failInterruptedJobs(db: Kysely<DB>): Promise<number> {
  const r = await db
    .updateTable('import_job')
    .set({
      status: 'failed',
      message: 'Avbröts när Styr startades om. Starta importen igen; värden som redan sparats påverkas inte.',
      finished_at: new Date(),
    })
    .where('kind', 'in', [...jobKinds])
    .where('status', 'in', ['queued', 'running'])
    .executeTakeFirst();
  return Number(r.numUpdatedRows);
}
