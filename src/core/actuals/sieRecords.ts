// One reader per SIE record Styr uses. Each checks its fields and names what is missing or wrong.
import { parseOre, parseSieDate } from './problems.js';
import type { ParseState } from './sie.js';
import type { SieField } from './sieTokens.js';
import type { SieObjectRef } from './sieTypes.js';

type Reader = (s: ParseState, fields: SieField[], line: number) => void;

const ACCOUNT = /^\d{1,10}$/;
const INT = /^-?\d{1,4}$/;

/** The text of field i, or undefined when it is missing or an object list. */
const text = (fields: SieField[], i: number) => {
  const f = fields[i];
  return f?.kind === 'text' ? f.value : undefined;
};

/** Reads the required fields by name; a missing one is reported and stops the record. */
function need(s: ParseState, line: number, rec: string, fields: SieField[], names: string[]): string[] | null {
  const out: string[] = [];
  for (const [i, name] of names.entries()) {
    const v = text(fields, i);
    if (v === undefined || v === '') {
      s.problems.add(line, `${rec} saknar ${name}`);
      return null;
    }
    out.push(v);
  }
  return out;
}

function account(s: ParseState, line: number, rec: string, v: string): string | null {
  if (ACCOUNT.test(v)) return v;
  s.problems.add(line, `${rec}: "${v}" är inget kontonummer`);
  return null;
}

function amount(s: ParseState, line: number, rec: string, v: string | undefined): number | null {
  if (v === undefined || v === '') {
    s.problems.add(line, `${rec} saknar belopp`);
    return null;
  }
  const ore = parseOre(v);
  if (ore === null) s.problems.add(line, `${rec}: "${v}" är inget belopp (skriv t.ex. -1234.50, med punkt)`);
  return ore;
}

function yearIndex(s: ParseState, line: number, rec: string, v: string): number | null {
  if (INT.test(v)) return Number(v);
  s.problems.add(line, `${rec}: årsnumret "${v}" är inget heltal (0 är innevarande år, -1 föregående)`);
  return null;
}

function objectList(s: ParseState, line: number, rec: string, f: SieField | undefined): SieObjectRef[] | null {
  if (f?.kind !== 'list') {
    s.problems.add(line, `${rec} saknar objektlista ({} när den är tom)`);
    return null;
  }
  if (f.items.length % 2) {
    s.problems.add(line, `${rec}: objektlistan ska ha par av dimension och objekt`);
    return null;
  }
  const out: SieObjectRef[] = [];
  for (let i = 0; i < f.items.length; i += 2) {
    const dim = f.items[i] as string;
    if (!/^\d{1,4}$/.test(dim)) {
      s.problems.add(line, `${rec}: dimensionen "${dim}" i objektlistan är inget nummer`);
      return null;
    }
    out.push({ dim: Number(dim), code: f.items[i + 1] as string });
  }
  return out;
}

const balance =
  (kind: 'IB' | 'UB' | 'RES' | 'OIB' | 'OUB'): Reader =>
  (s, f, line) => {
    const rec = `#${kind}`;
    const withObjects = kind === 'OIB' || kind === 'OUB';
    const v = need(s, line, rec, f, ['årsnummer', 'konto']);
    if (!v) return;
    const year = yearIndex(s, line, rec, v[0] as string);
    const acc = account(s, line, rec, v[1] as string);
    const objects = withObjects ? objectList(s, line, rec, f[2]) : [];
    const ore = amount(s, line, rec, text(f, withObjects ? 3 : 2));
    if (year === null || acc === null || objects === null || ore === null) return;
    s.file.balances.push({ line, kind, yearIndex: year, account: acc, objects, amountOre: ore });
  };

const periodBalance =
  (kind: 'PSALDO' | 'PBUDGET'): Reader =>
  (s, f, line) => {
    const rec = `#${kind}`;
    const v = need(s, line, rec, f, ['årsnummer', 'period', 'konto']);
    if (!v) return;
    const year = yearIndex(s, line, rec, v[0] as string);
    const m = /^(\d{4})(0[1-9]|1[0-2])$/.exec(v[1] as string);
    if (!m) s.problems.add(line, `${rec}: perioden "${v[1]}" är ingen månad (ÅÅÅÅMM)`);
    const acc = account(s, line, rec, v[2] as string);
    const objects = objectList(s, line, rec, f[3]);
    const ore = objects === null ? null : amount(s, line, rec, text(f, 4));
    if (year === null || !m || acc === null || objects === null || ore === null) return;
    s.file.periodBalances.push({ line, kind, yearIndex: year, month: `${m[1]}-${m[2]}`, account: acc, objects, amountOre: ore });
  };

const verReader: Reader = (s, f, line) => {
  const v = need(s, line, '#VER', f, ['serie', 'verifikationsnummer', 'datum']);
  if (!v) return;
  s.voucherBroken = false;
  const date = parseSieDate(v[2] as string);
  if (!date) s.problems.add(line, `#VER: "${v[2]}" är inget datum (ÅÅÅÅMMDD)`);
  s.voucher = { line, series: v[0] as string, number: v[1] as string, date: date ?? '', text: text(f, 3) ?? '', transactions: [] };
};

const transReader: Reader = (s, f, line) => {
  // A wrong line makes the voucher's balance meaningless: it is not checked on top of that.
  const broken = () => {
    s.voucherBroken = true;
  };
  const v = need(s, line, '#TRANS', f, ['konto']);
  if (!v) return broken();
  const acc = account(s, line, '#TRANS', v[0] as string);
  const objects = objectList(s, line, '#TRANS', f[1]);
  if (objects === null) return broken();
  const ore = amount(s, line, '#TRANS', text(f, 2));
  const rawDate = text(f, 3);
  const date = rawDate ? parseSieDate(rawDate) : null;
  if (rawDate && !date) s.problems.add(line, `#TRANS: "${rawDate}" är inget datum (ÅÅÅÅMMDD)`);
  if (acc === null || ore === null || !s.voucher) return broken();
  s.voucher.transactions.push({ line, account: acc, objects, amountOre: ore, date, text: text(f, 4) ?? '' });
};

export const recordReaders: Record<string, Reader> = {
  '#FLAGGA': (s, f, line) => {
    const v = text(f, 0);
    if (v !== '0' && v !== '1') s.problems.add(line, '#FLAGGA ska vara 0 eller 1');
    else s.file.flag = Number(v);
  },
  '#PROGRAM': (s, f) => {
    s.file.program = [text(f, 0), text(f, 1)].filter(Boolean).join(' ');
  },
  '#FORMAT': (s, f, line) => {
    const v = (text(f, 0) ?? '').toUpperCase();
    // PC8 is the standard's; UTF8 is written by some newer programs and read the same way.
    if (v !== 'PC8' && v !== 'UTF8' && v !== 'UTF-8')
      s.problems.add(line, `#FORMAT "${text(f, 0) ?? ''}" är okänt (PC8 enligt standarden)`);
    s.file.format = v;
  },
  '#GEN': (s, f, line) => {
    const v = need(s, line, '#GEN', f, ['datum']);
    if (!v) return;
    s.file.generated = parseSieDate(v[0] as string);
    if (!s.file.generated) s.problems.add(line, `#GEN: "${v[0]}" är inget datum (ÅÅÅÅMMDD)`);
  },
  '#SIETYP': (s, f, line) => {
    const v = text(f, 0);
    if (!v || !/^[1-4]$/.test(v)) s.problems.add(line, `#SIETYP ska vara 1, 2, 3 eller 4, inte "${v ?? ''}"`);
    else s.file.sieType = Number(v);
  },
  '#FNAMN': (s, f) => {
    s.file.companyName = text(f, 0) ?? '';
  },
  '#ORGNR': (s, f) => {
    s.file.orgNr = text(f, 0) ?? '';
  },
  '#KPTYP': (s, f) => {
    s.file.accountPlanType = text(f, 0) ?? '';
  },
  '#RAR': (s, f, line) => {
    const v = need(s, line, '#RAR', f, ['årsnummer', 'startdatum', 'slutdatum']);
    if (!v) return;
    const [start, end] = [parseSieDate(v[1] as string), parseSieDate(v[2] as string)];
    const index = yearIndex(s, line, '#RAR', v[0] as string);
    if (!start || !end) s.problems.add(line, `#RAR: "${start ? v[2] : v[1]}" är inget datum (ÅÅÅÅMMDD)`);
    else if (start > end) s.problems.add(line, '#RAR: räkenskapsåret slutar före det börjar');
    else if (index !== null) s.file.years.push({ index, start, end });
  },
  '#KONTO': (s, f, line) => {
    const v = need(s, line, '#KONTO', f, ['kontonummer']);
    const acc = v && account(s, line, '#KONTO', v[0] as string);
    if (!acc) return;
    s.file.accounts[acc] = { name: text(f, 1) ?? '', type: s.file.accounts[acc]?.type ?? '' };
  },
  '#KTYP': (s, f, line) => {
    const v = need(s, line, '#KTYP', f, ['kontonummer', 'kontotyp']);
    const acc = v && account(s, line, '#KTYP', v[0] as string);
    if (!v || !acc) return;
    const type = (v[1] as string).toUpperCase();
    if (!['T', 'S', 'K', 'I'].includes(type)) s.problems.add(line, `#KTYP: kontotypen "${v[1]}" ska vara T, S, K eller I`);
    else s.file.accounts[acc] = { name: s.file.accounts[acc]?.name ?? '', type };
  },
  '#DIM': (s, f, line) => {
    const v = need(s, line, '#DIM', f, ['dimensionsnummer', 'namn']);
    if (!v) return;
    if (!/^\d{1,4}$/.test(v[0] as string)) s.problems.add(line, `#DIM: "${v[0]}" är inget dimensionsnummer`);
    else s.file.dimensions.push({ dim: Number(v[0]), name: v[1] as string, parent: null });
  },
  '#UNDERDIM': (s, f, line) => {
    const v = need(s, line, '#UNDERDIM', f, ['dimensionsnummer', 'namn', 'överordnad dimension']);
    if (!v) return;
    if (!/^\d{1,4}$/.test(v[0] as string) || !/^\d{1,4}$/.test(v[2] as string))
      s.problems.add(line, '#UNDERDIM: dimensionerna ska vara nummer');
    else s.file.dimensions.push({ dim: Number(v[0]), name: v[1] as string, parent: Number(v[2]) });
  },
  '#OBJEKT': (s, f, line) => {
    const v = need(s, line, '#OBJEKT', f, ['dimensionsnummer', 'objektnummer']);
    if (!v) return;
    if (!/^\d{1,4}$/.test(v[0] as string)) s.problems.add(line, `#OBJEKT: "${v[0]}" är inget dimensionsnummer`);
    else s.file.objects.push({ dim: Number(v[0]), code: v[1] as string, name: text(f, 2) ?? '' });
  },
  '#IB': balance('IB'),
  '#UB': balance('UB'),
  '#RES': balance('RES'),
  '#OIB': balance('OIB'),
  '#OUB': balance('OUB'),
  '#PSALDO': periodBalance('PSALDO'),
  '#PBUDGET': periodBalance('PBUDGET'),
  '#VER': verReader,
  '#TRANS': transReader,
  // Added and removed lines of a changed voucher; see IN_VOUCHER in sie.ts.
  '#RTRANS': () => undefined,
  '#BTRANS': () => undefined,
};
