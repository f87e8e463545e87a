// The SIE 4 parser (SIE 4B/4I, the Swedish standard for moving a ledger between systems). Pure:
// text in, a SieFile out, or one validation error naming every line that is wrong with its
// reason ("rad 57: #TRANS saknar belopp"). Unknown records are passed over, as the standard says.
import { LineProblems } from './problems.js';
import { recordReaders } from './sieRecords.js';
import { type SieField, tokenizeSieLine } from './sieTokens.js';
import type { SieFile, SieVoucher } from './sieTypes.js';
import { kronorText } from './problems.js';

export type { SieFile } from './sieTypes.js';

/** Records that may stand inside a #VER block. #RTRANS and #BTRANS (added and removed lines) are
 * passed over: the standard has every #RTRANS followed by the same #TRANS for older readers. */
const IN_VOUCHER = new Set(['#TRANS', '#RTRANS', '#BTRANS']);

export interface ParseState {
  file: SieFile;
  problems: LineProblems;
  /** The voucher whose { … } block is open, or the one just read awaiting its {. */
  voucher: SieVoucher | null;
  blockOpen: boolean;
  /** A line of the open voucher was wrong: its balance is not checked on top of that. */
  voucherBroken: boolean;
}

export function emptySieFile(): SieFile {
  return {
    flag: null,
    program: '',
    format: '',
    generated: null,
    sieType: 0,
    companyName: '',
    orgNr: '',
    accountPlanType: '',
    years: [],
    accounts: {},
    dimensions: [],
    objects: [],
    balances: [],
    periodBalances: [],
    vouchers: [],
    ignored: {},
  };
}

function closeVoucher(s: ParseState) {
  const v = s.voucher;
  if (!v) return;
  const sum = v.transactions.reduce((a, t) => a + t.amountOre, 0);
  if (sum !== 0 && !s.voucherBroken)
    s.problems.add(v.line, `verifikationen ${v.series} ${v.number} balanserar inte: summan av raderna är ${kronorText(sum)}`);
  s.file.vouchers.push(v);
  s.voucher = null;
  s.blockOpen = false;
}

function readLine(s: ParseState, raw: string, no: number) {
  const line = raw.trim();
  if (!line) return;
  if (line === '{') {
    if (!s.voucher || s.blockOpen) s.problems.add(no, '{ utan #VER före');
    else s.blockOpen = true;
    return;
  }
  if (line === '}') {
    if (!s.blockOpen) s.problems.add(no, '} utan { före');
    else closeVoucher(s);
    return;
  }
  if (!line.startsWith('#')) {
    s.problems.add(no, 'raden är ingen post (en post börjar med #)');
    return;
  }
  const tokens = tokenizeSieLine(line);
  if (!tokens.ok) {
    s.problems.add(no, tokens.message);
    return;
  }
  const [head, ...rest] = tokens.fields as [SieField & { kind: 'text' }, ...SieField[]];
  const label = head.value.toUpperCase();
  if (s.blockOpen && !IN_VOUCHER.has(label)) {
    s.problems.add(no, `${label} inne i en verifikation; verifikationen ${s.voucher?.series} ${s.voucher?.number} saknar }`);
    closeVoucher(s);
  } else if (!s.blockOpen && s.voucher) {
    // A #VER without a { block has no transactions; the standard allows that.
    closeVoucher(s);
  }
  if (label === '#TRANS' && !s.blockOpen) {
    s.problems.add(no, '#TRANS utanför en verifikation (#VER följd av {)');
    return;
  }
  const reader = recordReaders[label];
  if (reader) reader(s, rest, no);
  else s.file.ignored[label] = (s.file.ignored[label] ?? 0) + 1;
}

/** Reads an SIE 4 file already decoded to text (see decodeSie). */
export function parseSie(text: string): SieFile {
  const s: ParseState = { file: emptySieFile(), problems: new LineProblems(), voucher: null, blockOpen: false, voucherBroken: false };
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  for (const [i, raw] of lines.entries()) readLine(s, raw, i + 1);
  if (s.blockOpen && s.voucher) {
    s.problems.add(s.voucher.line, `verifikationen ${s.voucher.series} ${s.voucher.number} saknar }`);
    s.voucher = null;
  } else closeVoucher(s);
  const f = s.file;
  if (!f.sieType && !s.problems.count) s.problems.add(0, 'filen saknar #SIETYP och är ingen SIE-fil');
  else if (f.sieType && !f.vouchers.length && !f.periodBalances.length)
    s.problems.add(0, 'filen innehåller varken verifikationer (#VER) eller periodsaldon (#PSALDO, #PBUDGET)');
  s.problems.throwIfAny('SIE-filen');
  return f;
}
