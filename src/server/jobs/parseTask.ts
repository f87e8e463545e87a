// The parse a worker thread does for an import job (parse.ts): one task in, rows or an error out.
import { parentPort, workerData } from 'node:worker_threads';
import { AppError } from '../../core/errors.js';
import { type ParseTask, parseNow } from './parse.js';

try {
  parentPort?.postMessage({ ok: parseNow(workerData as ParseTask) });
} catch (err) {
  const known = err instanceof AppError ? err : null;
  parentPort?.postMessage({
    error: { code: known?.code ?? 'internal', message: err instanceof Error ? err.message : String(err), fields: known?.fields ?? [] },
  });
}
