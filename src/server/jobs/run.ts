// One import run, the same whether a pg-boss worker runs it (the web app's imports) or the `styr
// import` command runs it at a terminal: progress into import_job, and how it ended.
import type { Kysely } from 'kysely';
import { AppError } from '../../core/errors.js';
import type { DB } from '../db/schema.js';
import {
  createImportJob,
  describeJob,
  failure,
  finishJob,
  type ImportKind,
  type ImportRow,
  type JobOutcome,
  type Reporter,
  reporter,
  requeueJob,
} from './progress.js';

export interface ImportContext {
  db: Kysely<DB>;
  municipalityId: string;
  actorId: string | null;
  /** The import_job id, named in the import's audit row. */
  jobId: string;
  report: Reporter;
  /** Completes what the job shows it was asked for, once the file has been read. */
  describe: (params: unknown) => Promise<void>;
}

export interface ImportDefinition<I = never> {
  kind: ImportKind;
  /** Worth another try later (Kolada down for a while), unlike a file that is wrong. */
  retryable: (err: unknown) => boolean;
  run: (ctx: ImportContext, input: I) => Promise<JobOutcome>;
}

/** What a queued import carries: whose it is and its input (the file itself, or the query). */
export interface ImportData<I = unknown> {
  importJobId: string;
  municipalityId: string;
  actorId: string | null;
  input: I;
}

/** Another try is worth it only for a passing fault, and only while tries are left. */
export const unavailable = (err: unknown) => err instanceof AppError && err.code === 'unavailable';

export interface RunOptions {
  listener?: Reporter;
  /** 0 on the first try; pg-boss counts the tries after a failure or a lapsed lease. */
  retryCount?: number;
  /** How many more tries pg-boss gives after this one; a retryable failure then waits for one. */
  triesLeft?: number;
}

/**
 * Runs one import to its end and records it. A failure is thrown to the caller after it is
 * recorded: as failed, or as queued again when another try will come.
 */
export async function runImport<I>(db: Kysely<DB>, def: ImportDefinition<I>, data: ImportData<I>, opts: RunOptions = {}) {
  const where = { municipalityId: data.municipalityId, id: data.importJobId };
  const report = reporter(db, where, opts.listener);
  const ctx: ImportContext = {
    db,
    municipalityId: data.municipalityId,
    actorId: data.actorId,
    jobId: data.importJobId,
    report,
    describe: (params) => describeJob(db, where, params),
  };
  try {
    await report(0, null, opts.retryCount ? `Startar igen (försök ${opts.retryCount + 1}).` : 'Startar.');
    const outcome = await def.run(ctx, data.input);
    await finishJob(db, where, 'done', outcome.message, outcome.result);
    return outcome;
  } catch (err) {
    const f = failure(err);
    if (!(err instanceof AppError)) console.error(`[${new Date().toISOString()}] import job ${data.importJobId}`, err);
    if ((opts.triesLeft ?? 0) > 0 && def.retryable(err)) await requeueJob(db, where, `${f.message} Försöker igen om en stund.`);
    else await finishJob(db, where, 'failed', f.message, f.result);
    throw err;
  }
}

/** The `styr import` commands: the same run, at once in this process, with a line on the terminal. */
export async function runImportNow<I>(
  db: Kysely<DB>,
  def: ImportDefinition<I>,
  row: Omit<ImportRow, 'kind'>,
  input: I,
  listener?: Reporter,
): Promise<JobOutcome> {
  const importJobId = await createImportJob(db, { ...row, kind: def.kind });
  return runImport(db, def, { importJobId, municipalityId: row.municipalityId, actorId: row.actorId, input }, { listener });
}
