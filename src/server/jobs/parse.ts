// Reading an import's file, in a worker thread when it is large: a parse of many seconds would
// otherwise hold this process's event loop, and with it every other request and the job's own
// heartbeat (decision 0018). Small files are read at once: a thread costs more than they do.
import { Worker } from 'node:worker_threads';
import { AppError, type ErrorCode, type FieldError } from '../../core/errors.js';
import { type KoladaFormat, type KoladaRow, parseKoladaFile } from '../../core/indicators/kolada.js';
import { type LedgerFormat, type ReadLedger, readLedgerFile } from '../actuals/readLedger.js';

export type ParseTask =
  | { kind: 'kolada'; format: KoladaFormat; content: string }
  | { kind: 'ledger'; format: LedgerFormat; contentBase64: string; ansvarDimension: number };

type Parsed<T extends ParseTask> = T extends { kind: 'kolada' } ? KoladaRow[] : ReadLedger;

export function parseNow<T extends ParseTask>(task: T): Parsed<T> {
  if (task.kind === 'kolada') return parseKoladaFile(task.format, task.content) as Parsed<T>;
  const bytes = new Uint8Array(Buffer.from(task.contentBase64, 'base64'));
  return readLedgerFile(task.format, bytes, task.ansvarDimension) as Parsed<T>;
}

/** Files from this size (characters of text or base64) are read in a worker thread. */
export const WORKER_FROM_CHARS = 1_000_000;

const sizeOf = (task: ParseTask) => (task.kind === 'kolada' ? task.content.length : task.contentBase64.length);

type Answer = { ok: unknown } | { error: { code: ErrorCode; message: string; fields: FieldError[] } };

function inWorker<T extends ParseTask>(task: T): Promise<Parsed<T>> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./parseWorker.mjs', import.meta.url), { workerData: task });
    worker.once('message', (a: Answer) => {
      if ('ok' in a) resolve(a.ok as Parsed<T>);
      else reject(new AppError(a.error.code, a.error.message, { fields: a.error.fields }));
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the parse worker stopped (${code}) without an answer`)));
  });
}

export async function parseFile<T extends ParseTask>(task: T, fromChars = WORKER_FROM_CHARS): Promise<Parsed<T>> {
  return sizeOf(task) >= fromChars ? inWorker(task) : parseNow(task);
}
