// An import's state in import_job, where anyone in the municipality can follow it: created when
// the import is asked for, then its progress, and how it ended. pg-boss owns when and where the
// work runs (decision 0018); this row is what people read.
import type { Kysely, Selectable } from 'kysely';
import { AppError, defaultMessages, fail } from '../../core/errors.js';
import type { DB, ImportJobTable } from '../db/schema.js';

export const importKinds = ['kolada_file', 'kolada_api', 'ledger_sie', 'ledger_csv'] as const;
export type ImportKind = (typeof importKinds)[number];

/** What a job tells while it runs: how far it has come, of how much, doing what. */
export type Reporter = (done: number, total: number | null, message: string) => Promise<void>;

export interface JobOutcome {
  message: string;
  result: unknown;
}

export interface ImportRow {
  municipalityId: string;
  actorId: string | null;
  kind: ImportKind;
  /** Shown with the job: what was asked for (never the file itself). */
  params: unknown;
}

export async function createImportJob(db: Kysely<DB>, row: ImportRow): Promise<string> {
  const r = await db
    .insertInto('import_job')
    .values({
      municipality_id: row.municipalityId,
      kind: row.kind,
      params: JSON.stringify(row.params),
      result: null,
      created_by: row.actorId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return r.id;
}

const MIN_INTERVAL_MS = 250;

type Where = { municipalityId: string; id: string };

const row = (db: Kysely<DB>, w: Where) =>
  db.updateTable('import_job').where('municipality_id', '=', w.municipalityId).where('id', '=', w.id);

/**
 * Writes progress to the job's row: a count at most a few times a second, every other step (a
 * new phase, which may be followed by a long wait) at once; `listener` hears every step.
 */
export function reporter(db: Kysely<DB>, w: Where, listener?: Reporter): Reporter {
  let last = 0;
  return async (done, total, message) => {
    await listener?.(done, total, message);
    if (total !== null && done !== total && Date.now() - last < MIN_INTERVAL_MS) return;
    last = Date.now();
    await row(db, w).set({ status: 'running', progress: done, total, message, finished_at: null }).execute();
  };
}

/** What was asked for, completed once the file has been read (rows, encoding, checksum …). */
export async function describeJob(db: Kysely<DB>, w: Where, params: unknown) {
  await row(db, w)
    .set({ params: JSON.stringify(params) })
    .execute();
}

export async function finishJob(db: Kysely<DB>, w: Where, status: 'done' | 'failed', message: string, result: unknown) {
  await row(db, w)
    .set({ status, message, result: JSON.stringify(result ?? null), finished_at: new Date() })
    .execute();
}

/** Back in the queue after a failure worth another try; the message says why and that it will. */
export async function requeueJob(db: Kysely<DB>, w: Where, message: string) {
  await row(db, w).set({ status: 'queued', message, finished_at: null }).execute();
}

/** An error as a person reads it, and as the job's result keeps it (code and fields for clients). */
export function failure(err: unknown): { message: string; result: unknown } {
  const known = err instanceof AppError ? err : null;
  const message = known?.message ?? defaultMessages.internal;
  return { message, result: { error: { code: known?.code ?? 'internal', message, fields: known?.fields ?? [] } } };
}

/** Fails a job no worker will finish (its process died and its tries are spent); one still running is left alone. */
export async function abandonJob(db: Kysely<DB>, w: Where, message: string) {
  await row(db, w)
    .set({ status: 'failed', message, finished_at: new Date(), result: JSON.stringify(failure(fail('unavailable', message)).result) })
    .where('status', 'in', ['queued', 'running'])
    .execute();
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
