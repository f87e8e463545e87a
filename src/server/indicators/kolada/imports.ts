// The two Kolada imports as job kinds: values from a file (read and checked in full in the job,
// before anything is stored) and values from the live API (fetched in full, then stored).
import type { KoladaFormat, KoladaRow } from '../../../core/indicators/kolada.js';
import { parseFile } from '../../jobs/parse.js';
import type { JobOutcome } from '../../jobs/progress.js';
import { type ImportContext, type ImportDefinition, unavailable } from '../../jobs/run.js';
import { fetchValues, type KoladaClientOptions, type KoladaQuery } from './client.js';
import { type StoreResult, storeValues } from './store.js';

/** The line a person reads when an import is done. */
export function summaryLine(r: StoreResult): string {
  const own = r.measurements.inserted + r.measurements.updated;
  const measured = own ? `; ${own} utfall för kommunens indikatorer nya eller ändrade` : '';
  return `${r.inserted} nya, ${r.updated} ändrade, ${r.unchanged} oförändrade värden${measured}.`;
}

async function store(ctx: ImportContext, rows: KoladaRow[]): Promise<JobOutcome> {
  const result = await storeValues(
    ctx.db,
    ctx.municipalityId,
    rows,
    ctx.actorId,
    (done, total) => ctx.report(done, total, `Sparar värden: ${done} av ${total}.`),
    { importId: ctx.jobId },
  );
  return { message: summaryLine(result), result };
}

export interface KoladaFileInput {
  format: KoladaFormat;
  name: string | null;
  content: string;
}

/** What the job shows it was asked for; the file itself is not kept once its rows are stored. */
export const koladaFileParams = (input: KoladaFileInput, rows: number | null) => ({ format: input.format, name: input.name, rows });

export const koladaFileImport: ImportDefinition<KoladaFileInput> = {
  kind: 'kolada_file',
  // A file that is wrong stays wrong.
  retryable: () => false,
  run: async (ctx, input) => {
    await ctx.report(0, null, 'Läser filen.');
    const rows = await parseFile({ kind: 'kolada', format: input.format, content: input.content });
    await ctx.describe(koladaFileParams(input, rows.length));
    return store(ctx, rows);
  },
};

/** From the live API; `client` is for tests and the command line (another address, other delays). */
export const koladaApiImport = (client: KoladaClientOptions = {}): ImportDefinition<KoladaQuery> => ({
  kind: 'kolada_api',
  // Kolada down or slow: worth another try later (the client already tried a few times at once).
  retryable: unavailable,
  run: async (ctx, query) => {
    await ctx.report(0, null, 'Hämtar värden från Kolada.');
    const rows = await fetchValues(query, {
      ...client,
      onPage: (n, pages) => ctx.report(0, null, `Hämtar värden från Kolada: ${n} värden på ${pages} sidor.`),
    });
    return store(ctx, rows);
  },
});
