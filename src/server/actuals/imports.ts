// A ledger file (SIE 4 or CSV) as an import job: read and checked in full in the job, so a
// malformed file fails the job with its lines and reasons and nothing is stored.
import { createHash } from 'node:crypto';
import { parseLedgerCsv } from '../../core/actuals/csv.js';
import { decodeSie } from '../../core/actuals/decode.js';
import { type LedgerData, ledgerFromSie } from '../../core/actuals/ledger.js';
import { parseSie } from '../../core/actuals/sie.js';
import type { ImportDefinition } from '../jobs/run.js';
import { ledgerSettings } from './settings.js';
import { storeLedger, summaryLine } from './store.js';

export type LedgerFormat = 'sie' | 'csv';

export interface ReadLedger {
  format: LedgerFormat;
  data: LedgerData;
  sha256: string;
  encoding: string;
  company: string;
}

/** SIE by its name (.se, .si, .sie) or its first record; CSV otherwise. */
export function guessLedgerFormat(name: string, bytes: Uint8Array): LedgerFormat {
  if (/\.(se|si|sie)$/i.test(name)) return 'sie';
  if (/\.csv$/i.test(name)) return 'csv';
  return bytes[0] === 0x23 ? 'sie' : 'csv';
}

export function readLedgerFile(format: LedgerFormat, bytes: Uint8Array, ansvarDimension: number): ReadLedger {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  if (format === 'csv') {
    const text = new TextDecoder('utf-8').decode(bytes);
    return { format, data: parseLedgerCsv(text), sha256, encoding: 'utf8', company: '' };
  }
  const { text, encoding } = decodeSie(bytes);
  const sie = parseSie(text);
  return { format, data: ledgerFromSie(sie, ansvarDimension), sha256, encoding, company: sie.companyName };
}

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
    const file = readLedgerFile(format, new Uint8Array(Buffer.from(input.contentBase64, 'base64')), settings.ansvarDimension);
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
