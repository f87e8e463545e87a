// Reading a ledger file (SIE 4 or CSV) into ledger rows: pure but for the checksum, so a worker
// thread can do it for a large file (jobs/parse.ts).
import { createHash } from 'node:crypto';
import { parseLedgerCsv } from '../../core/actuals/csv.js';
import { decodeSie } from '../../core/actuals/decode.js';
import { type LedgerData, ledgerFromSie } from '../../core/actuals/ledger.js';
import { parseSie } from '../../core/actuals/sie.js';

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
