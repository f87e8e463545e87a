// `styr import sie FILE`: a ledger file (SIE 4, or CSV) into the database as the same import job
// the web app starts, with a progress bar on a terminal (cli-progress) and one summary line.
import { readFile } from 'node:fs/promises';
import type { Writable } from 'node:stream';
import cliProgress from 'cli-progress';
import { AppError } from '../core/errors.js';
import { guessLedgerFormat, type LedgerFormat, ledgerImports, ledgerParams } from '../server/actuals/imports.js';
import type { LedgerStoreResult } from '../server/actuals/store.js';
import type { Database } from '../server/db/connection.js';
import { runImportNow } from '../server/jobs/run.js';

export interface ImportSieOptions {
  /** The municipality in Styr (code or id), when the database has several. */
  municipality?: string;
  format?: LedgerFormat;
}

async function tenantOf(database: Database, code?: string) {
  const rows = await database.db.selectFrom('municipality').select(['id', 'code', 'name']).orderBy('code').execute();
  const list = rows.map((r) => `${r.code} ${r.name}`).join(', ') || 'inga';
  const found = code ? rows.filter((r) => r.code === code || r.id === code) : rows;
  if (found.length === 1) return found[0] as (typeof rows)[number];
  throw new Error(
    code ? `Kommunen "${code}" finns inte i databasen. Det finns: ${list}.` : `Ange kommun med --municipality KOD. Det finns: ${list}.`,
  );
}

/** A refusal with every line that is wrong, for a person at a terminal. */
function explained(err: unknown): unknown {
  if (!(err instanceof AppError) || !err.fields.length) return err;
  return new Error([err.message, ...err.fields.map((f) => `  ${f.field}: ${f.message}`)].join('\n'));
}

export async function importSie(
  database: Database,
  file: string,
  opts: ImportSieOptions,
  out: Writable & { isTTY?: boolean } = process.stdout,
): Promise<LedgerStoreResult> {
  const bar = out.isTTY
    ? new cliProgress.SingleBar(
        { stream: out as NodeJS.WritableStream, format: '[{bar}] {percentage}% {message}', barsize: 30, hideCursor: true },
        cliProgress.Presets.legacy,
      )
    : null;
  try {
    const tenant = await tenantOf(database, opts.municipality);
    const bytes = new Uint8Array(await readFile(file));
    const format = opts.format ?? guessLedgerFormat(file, bytes);
    // The same job the web app queues, run here at once: the job reads and checks the file.
    const row = { municipalityId: tenant.id, actorId: null, params: ledgerParams(file, format) };
    const input = { name: file, contentBase64: Buffer.from(bytes).toString('base64') };
    bar?.start(1, 0, { message: 'Startar.' });
    const outcome = await runImportNow(database.db, ledgerImports[format], row, input, async (done, total, message) => {
      if (total) bar?.setTotal(Math.max(total, 1));
      bar?.update(done, { message });
    });
    bar?.stop();
    out.write(`${outcome.message}\n`);
    return outcome.result as LedgerStoreResult;
  } catch (err) {
    bar?.stop();
    throw explained(err);
  }
}
