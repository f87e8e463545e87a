// A ledger file (SIE 4 or CSV) as an import job: read and checked in full in the job, so a
// malformed file fails the job with its lines and reasons and nothing is stored.
import { parseFile } from '../jobs/parse.js';
import type { ImportDefinition } from '../jobs/run.js';
import type { LedgerFormat, ReadLedger } from './readLedger.js';
import { ledgerSettings } from './settings.js';
import { storeLedger, summaryLine } from './store.js';

export { guessLedgerFormat, type LedgerFormat, type ReadLedger, readLedgerFile } from './readLedger.js';

/** What the job shows it was asked for; the file itself is not kept once its rows are stored. */
export const ledgerParams = (name: string | null, format: LedgerFormat, file?: ReadLedger) =>
  file
    ? {
        name,
        format,
        encoding: file.encoding,
        sha256: file.sha256,
        company: file.company,
        source: file.data.source,
        rows: file.data.rows.length,
        months: file.data.months,
      }
    : { name, format };

export interface LedgerFileInput {
  name: string | null;
  /** The file as sent, base64: pg-boss keeps a job's input as JSON. */
  contentBase64: string;
}

const ledgerImport = (kind: 'ledger_sie' | 'ledger_csv', format: LedgerFormat): ImportDefinition<LedgerFileInput> => ({
  kind,
  // A file that is wrong stays wrong.
  retryable: () => false,
  run: async (ctx, input) => {
    await ctx.report(0, null, 'Läser filen.');
    const settings = await ledgerSettings(ctx.db, ctx.municipalityId);
    const file = await parseFile({ kind: 'ledger', format, contentBase64: input.contentBase64, ansvarDimension: settings.ansvarDimension });
    await ctx.describe(ledgerParams(input.name, format, file));
    const result = await storeLedger(
      ctx.db,
      ctx.municipalityId,
      file.data,
      { actorId: ctx.actorId, importId: ctx.jobId, file: input.name, source: file.data.source },
      ctx.report,
    );
    return { message: summaryLine(result), result };
  },
});

export const ledgerImports: Record<LedgerFormat, ImportDefinition<LedgerFileInput>> = {
  sie: ledgerImport('ledger_sie', 'sie'),
  csv: ledgerImport('ledger_csv', 'csv'),
};
