// `styr import kolada FILE` and `styr import kolada --api …`: Kolada values into the database,
// as the same import job the web app starts, with progress on a terminal.
import { readFile } from 'node:fs/promises';
import type { Writable } from 'node:stream';
import { AppError } from '../core/errors.js';
import { guessFormat, type KoladaFormat, parseYears } from '../core/indicators/kolada.js';
import type { Database } from '../server/db/connection.js';
import type { KoladaClientOptions } from '../server/indicators/kolada/client.js';
import { koladaApiImport, koladaFileImport, koladaFileParams } from '../server/indicators/kolada/imports.js';
import type { ImportDefinition } from '../server/jobs/run.js';
import { runImportNow } from '../server/jobs/run.js';
import { importInput } from '../core/indicators/koladaSchemas.js';
import type { StoreResult } from '../server/indicators/kolada/store.js';

export interface ImportKoladaOptions {
  api?: boolean;
  kpi?: string;
  /** Kolada area codes to fetch (0482, 0000 …), not the tenant. */
  municipality?: string;
  years?: string;
  /** The municipality in Styr that imports, when the database has several. */
  tenant?: string;
  format?: KoladaFormat;
}

async function tenantOf(database: Database, code?: string) {
  const rows = await database.db.selectFrom('municipality').select(['id', 'code', 'name']).orderBy('code').execute();
  const list = rows.map((r) => `${r.code} ${r.name}`).join(', ') || 'inga';
  const found = code ? rows.filter((r) => r.code === code || r.id === code) : rows;
  if (found.length === 1) return found[0] as (typeof rows)[number];
  throw new Error(
    code ? `Kommunen "${code}" finns inte i databasen. Det finns: ${list}.` : `Ange kommun med --tenant KOD. Det finns: ${list}.`,
  );
}

/** A refusal with every line and field that is wrong, for a person at a terminal. */
function explained(err: unknown): unknown {
  if (!(err instanceof AppError) || !err.fields.length) return err;
  return new Error([err.message, ...err.fields.map((f) => `  ${f.field}: ${f.message}`)].join('\n'));
}

const list = (s?: string) =>
  (s ?? '')
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean);

/** The same import job the web app queues, with its input: run here at once (no request waits on it). */
interface Spec<I> {
  def: ImportDefinition<I>;
  params: unknown;
  input: I;
}

async function specFor(file: string | undefined, opts: ImportKoladaOptions, client: KoladaClientOptions): Promise<Spec<never>> {
  if (!opts.api) {
    if (!file) throw new Error('Ange en fil (Kolada JSON eller CSV), eller --api med --kpi, --municipality och --years.');
    const content = await readFile(file, 'utf8');
    const input = { format: opts.format ?? guessFormat(file, content), name: file, content };
    return { def: koladaFileImport, params: koladaFileParams(input, null), input } as never;
  }
  if (!opts.kpi || !opts.municipality || !opts.years) throw new Error('--api behöver --kpi, --municipality och --years.');
  const parsed = importInput.safeParse({ source: 'api', kpis: list(opts.kpi), municipalities: list(opts.municipality), years: opts.years });
  const option: Record<string, string> = { kpis: '--kpi', municipalities: '--municipality', years: '--years' };
  if (!parsed.success) throw new Error(parsed.error.issues.map((i) => `${option[String(i.path[0])] ?? ''} ${i.message}`).join('\n'));
  const input = parsed.data as Extract<typeof parsed.data, { source: 'api' }>;
  const query = { kpis: input.kpis, municipalities: input.municipalities, years: parseYears(input.years) };
  return { def: koladaApiImport(client), params: query, input: query } as never;
}

/** A progress line that rewrites itself, only on a terminal. */
function progressLine(out: Writable & { isTTY?: boolean }) {
  return async (done: number, total: number | null, message: string) => {
    if (!out.isTTY) return;
    const bar = total ? `[${'#'.repeat(Math.round((20 * done) / total)).padEnd(20, '.')}] ` : '';
    out.write(`\r${bar}${message}`.padEnd(80).slice(0, 120));
  };
}

export async function importKolada(
  database: Database,
  file: string | undefined,
  opts: ImportKoladaOptions,
  out: Writable & { isTTY?: boolean } = process.stdout,
  client: KoladaClientOptions = {},
): Promise<StoreResult> {
  try {
    const tenant = await tenantOf(database, opts.tenant);
    const spec = await specFor(file, opts, client);
    const row = { municipalityId: tenant.id, actorId: null, params: spec.params };
    const outcome = await runImportNow(database.db, spec.def, row, spec.input, progressLine(out));
    if (out.isTTY) out.write('\n');
    out.write(`${outcome.message}\n`);
    return outcome.result as StoreResult;
  } catch (err) {
    if (out.isTTY) out.write('\n');
    throw explained(err);
  }
}
