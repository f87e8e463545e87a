// A ledger file (SIE 4 or CSV) read and checked in full before its import job starts, so a
// malformed file is refused with its lines and reasons and nothing is stored; then the job.
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import { parseLedgerCsv } from '../../core/actuals/csv.js';
import { decodeSie } from '../../core/actuals/decode.js';
import { type LedgerData, ledgerFromSie } from '../../core/actuals/ledger.js';
import { parseSie } from '../../core/actuals/sie.js';
import type { DB } from '../db/schema.js';
import type { JobSpec } from '../indicators/kolada/jobs.js';
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

export function ledgerImport(
  db: Kysely<DB>,
  who: { municipalityId: string; actorId: string | null },
  file: ReadLedger & { name: string | null },
): JobSpec {
  return {
    ...who,
    kind: file.format === 'sie' ? 'ledger_sie' : 'ledger_csv',
    // The file itself is not kept: its rows are in ledger_amount once the job is done.
    params: {
      name: file.name,
      format: file.format,
      encoding: file.encoding,
      sha256: file.sha256,
      company: file.company,
      source: file.data.source,
      rows: file.data.rows.length,
      months: file.data.months,
    },
    work: async (report, jobId) => {
      const result = await storeLedger(
        db,
        who.municipalityId,
        file.data,
        { actorId: who.actorId, importId: jobId, file: file.name, source: file.data.source },
        report,
      );
      return { message: summaryLine(result), result };
    },
  };
}
