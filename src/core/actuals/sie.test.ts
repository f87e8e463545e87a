import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.js';
import { decodeSie, detectSieEncoding, encodePc8 } from './decode.js';
import { parseOre, parseSieDate } from './problems.js';
import { parseSie } from './sie.js';
import { tokenizeSieLine } from './sieTokens.js';

const fixtures = join(import.meta.dirname, '../../../fixtures/sie');
const smallBytes = readFileSync(join(fixtures, 'liten-kommun.se'));
const small = decodeSie(smallBytes).text;

/** The refusal of a text, or a failure when it was read. */
function refusal(text: string): AppError {
  try {
    parseSie(text);
  } catch (err) {
    if (err instanceof AppError) return err;
    throw err;
  }
  throw new Error('the file was read');
}

/** The small ledger with line `no` (1-based) replaced, or removed when `by` is null. */
const withLine = (no: number, by: string | null) => {
  const lines = small.split('\n');
  if (by === null) lines.splice(no - 1, 1);
  else lines[no - 1] = by;
  return lines.join('\n');
};

describe('decoding', () => {
  it('reads PC8 (code page 437) as the standard says, with å, ä and ö intact', () => {
    expect(smallBytes.includes(0x86)).toBe(true); // å in PC8
    expect(detectSieEncoding(smallBytes)).toBe('cp437');
    expect(small).toContain('Småköpings kommun');
    expect(small).toContain('Hemtjänst Ödeby');
  });

  it('accepts UTF-8, with or without a byte-order mark', () => {
    const utf8 = new TextEncoder().encode(small);
    expect(decodeSie(utf8)).toEqual({ text: small, encoding: 'utf8' });
    expect(decodeSie(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8])).text).toBe(small);
  });

  it('treats plain ASCII as PC8 and round-trips the encoder', () => {
    expect(detectSieEncoding(new TextEncoder().encode('#SIETYP 4'))).toBe('cp437');
    expect(decodeSie(encodePc8('Åsa Öberg')).text).toBe('Åsa Öberg');
  });
});

describe('fields', () => {
  it('splits on spaces and tabs, keeps quoted text and escaped quotes, and reads object lists', () => {
    expect(tokenizeSieLine('#TRANS\t5010 {1 "110" 6 "P 1"} -12.50 20260101 "Lön \\"extra\\""')).toEqual({
      ok: true,
      fields: [
        { kind: 'text', value: '#TRANS' },
        { kind: 'text', value: '5010' },
        { kind: 'list', items: ['1', '110', '6', 'P 1'] },
        { kind: 'text', value: '-12.50' },
        { kind: 'text', value: '20260101' },
        { kind: 'text', value: 'Lön "extra"' },
      ],
    });
    expect(tokenizeSieLine('#TRANS 1930 {} 5').ok && tokenizeSieLine('#TRANS 1930 {} 5')).toMatchObject({
      fields: [{}, {}, { kind: 'list', items: [] }, {}],
    });
  });

  it('names an unclosed quote and an unclosed object list', () => {
    expect(tokenizeSieLine('#FNAMN "Flen')).toEqual({ ok: false, message: 'citattecknet stängs inte' });
    expect(tokenizeSieLine('#TRANS 5010 {1 "110" 100')).toEqual({ ok: false, message: 'objektlistan stängs inte med }' });
  });

  it('reads amounts to the öre and only real dates', () => {
    expect([parseOre('98000.50'), parseOre('-4500.25'), parseOre('51000'), parseOre('-0.5'), parseOre('0')]).toEqual([
      9800050, -450025, 5100000, -50, 0,
    ]);
    expect([parseOre('12,50'), parseOre('1.234'), parseOre('1e3'), parseOre('')]).toEqual([null, null, null, null]);
    expect([parseSieDate('20260229'), parseSieDate('20280229'), parseSieDate('2026-01-01')]).toEqual([null, '2028-02-29', null]);
  });
});

describe('parseSie', () => {
  const f = parseSie(small);

  it('reads the identification records', () => {
    expect(f).toMatchObject({
      flag: 0,
      program: 'Ekonomisystem Öst 4.2',
      format: 'PC8',
      generated: '2026-02-15',
      sieType: 4,
      companyName: 'Småköpings kommun',
      orgNr: '212000-9999',
      accountPlanType: 'Kommun-Bas 13',
    });
    expect(f.years).toEqual([
      { index: 0, start: '2026-01-01', end: '2026-12-31' },
      { index: -1, start: '2025-01-01', end: '2025-12-31' },
    ]);
  });

  it('reads accounts, types, dimensions and objects', () => {
    expect(f.accounts['6110']).toEqual({ name: 'Lokalhyra "intern"', type: '' });
    expect(f.accounts['1220']).toEqual({ name: 'Inventarier', type: 'T' });
    expect(f.dimensions).toEqual([
      { dim: 1, name: 'Ansvar', parent: null },
      { dim: 21, name: 'Delansvar', parent: 1 },
    ]);
    expect(f.objects).toEqual([
      { dim: 1, code: '110', name: 'Förskolan Äppelgården' },
      { dim: 1, code: '120', name: 'Hemtjänst Ödeby' },
    ]);
  });

  it('reads balances and period budgets', () => {
    expect(f.balances.map((b) => [b.kind, b.yearIndex, b.account, b.amountOre])).toEqual([
      ['IB', 0, '1930', 15000000],
      ['UB', -1, '1930', 15000000],
      ['RES', 0, '5010', 0],
    ]);
    expect(f.periodBalances).toEqual([
      {
        line: 24,
        kind: 'PBUDGET',
        yearIndex: 0,
        month: '2026-01',
        account: '5010',
        objects: [{ dim: 1, code: '110' }],
        amountOre: 10000000,
      },
      {
        line: 25,
        kind: 'PBUDGET',
        yearIndex: 0,
        month: '2026-02',
        account: '5010',
        objects: [{ dim: 1, code: '110' }],
        amountOre: 10000000,
      },
    ]);
  });

  it('reads vouchers with their transactions; #RTRANS and #BTRANS are passed over', () => {
    expect(f.vouchers.map((v) => [v.series, v.number, v.date, v.text, v.transactions.length])).toEqual([
      ['A', '1', '2026-01-25', 'Löner januari', 3],
      ['A', '2', '2026-02-10', 'Avgifter och hyra', 3],
      ['B', '3', '2026-02-20', 'Inköp av möbler', 2],
    ]);
    expect(f.vouchers[0]?.transactions[2]).toEqual({
      line: 31,
      account: '1930',
      objects: [],
      amountOre: -14900050,
      date: '2026-01-25',
      text: 'Utbetalning',
    });
    expect(f.vouchers[1]?.transactions[1]?.objects).toEqual([
      { dim: 1, code: '110' },
      { dim: 6, code: 'P1' },
    ]);
  });

  it('passes over unknown records, as the standard says', () => {
    expect(f.ignored).toEqual({ '#OKÄNDPOST': 1 });
  });

  it('reads the generated demo ledger of Flens kommun', () => {
    const flen = parseSie(decodeSie(readFileSync(join(fixtures, 'flen-2026.se'))).text);
    expect(flen.companyName).toBe('Flens kommun (exempeldata)');
    expect(flen.objects.find((o) => o.code === '3210')?.name).toBe('Lindgårdens särskilda boende, Flen');
    expect(flen.vouchers.length).toBeGreaterThan(40);
    expect(new Set(flen.vouchers.map((v) => v.date.slice(0, 7)))).toEqual(
      new Set(['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10']),
    );
  });
});

describe('malformed files: the line and the reason, nothing read', () => {
  const cases: [string, string, string][] = [
    ['a transaction without an amount', withLine(29, '#TRANS 5010 {1 "110"}'), 'rad 29: #TRANS saknar belopp'],
    ['an amount with a decimal comma', withLine(29, '#TRANS 5010 {1 "110"} 98000,50'), 'rad 29: #TRANS: "98000,50" är inget belopp'],
    ['a transaction without an object list', withLine(29, '#TRANS 5010 98000.50'), 'rad 29: #TRANS saknar objektlista'],
    ['an object list without pairs', withLine(29, '#TRANS 5010 {1} 98000.50'), 'rad 29: #TRANS: objektlistan ska ha par'],
    ['a voucher with no real date', withLine(27, '#VER A 1 20261301 "Löner"'), 'rad 27: #VER: "20261301" är inget datum'],
    ['a voucher without a number', withLine(27, '#VER A'), 'rad 27: #VER saknar verifikationsnummer'],
    ['an account that is no number', withLine(29, '#TRANS 50x0 {1 "110"} 98000.50'), 'rad 29: #TRANS: "50x0" är inget kontonummer'],
    ['an unclosed quote', withLine(6, '#FNAMN "Småköpings kommun'), 'rad 6: citattecknet stängs inte'],
    ['a transaction outside a voucher', withLine(26, '#TRANS 5010 {} 1'), 'rad 26: #TRANS utanför en verifikation'],
    ['a brace without a voucher', withLine(26, '{'), 'rad 26: { utan #VER före'],
    ['a line that is no record', withLine(26, 'hej'), 'rad 26: raden är ingen post'],
    ['a bad period', withLine(24, '#PBUDGET 0 202613 5010 {1 "110"} 1'), 'rad 24: #PBUDGET: perioden "202613" är ingen månad'],
    ['a period balance without an amount', withLine(24, '#PBUDGET 0 202601 5010 {1 "110"}'), 'rad 24: #PBUDGET saknar belopp'],
    ['an unknown format', withLine(3, '#FORMAT ASCII'), 'rad 3: #FORMAT "ASCII" är okänt'],
    ['an unknown SIE type', withLine(5, '#SIETYP 5'), 'rad 5: #SIETYP ska vara 1, 2, 3 eller 4'],
    ['an account type that does not exist', withLine(16, '#KTYP 1220 X'), 'rad 16: #KTYP: kontotypen "X" ska vara T, S, K eller I'],
    [
      'a fiscal year ending before it starts',
      withLine(8, '#RAR 0 20261231 20260101'),
      'rad 8: #RAR: räkenskapsåret slutar före det börjar',
    ],
  ];
  it.each(cases)('%s', (_what, text, expected) => {
    const err = refusal(text);
    expect(err.code).toBe('validation');
    expect(err.message).toContain(expected);
    expect(err.message).toMatch(/Inget av den har sparats\.$/);
    const [, line] = /^rad (\d+)/.exec(expected) as RegExpExecArray;
    expect(err.fields[0]?.field).toBe(`rad ${line}`);
  });

  it('a voucher that does not balance is named by its first line', () => {
    const err = refusal(withLine(29, '#TRANS 5010 {1 "110"} 98000.00'));
    expect(err.message).toContain('rad 27: verifikationen A 1 balanserar inte: summan av raderna är -0,50 kr');
  });

  it('a voucher left open is named, at the end of the file and before the next record', () => {
    expect(refusal(small.replace(/\}\n$/, '\n')).message).toContain('rad 41: verifikationen B 3 saknar }');
    expect(refusal(withLine(32, '')).message).toContain('rad 33: #VER inne i en verifikation; verifikationen A 1 saknar }');
  });

  it('names every problem, not only the first', () => {
    const err = refusal(withLine(29, '#TRANS 5010 {1 "110"}').replace('#TRANS 3110 {1 "110" 6 "P1"} -4500.25', '#TRANS 3110 {1 "110"} x'));
    expect(err.message).toMatch(/^SIE-filen kan inte läsas in: rad 29: #TRANS saknar belopp \(och \d+ fel till\)/);
    expect(err.fields.map((x) => x.field)).toEqual(['rad 29', 'rad 38']);
  });

  it('refuses a file that is no SIE file, and one without any outcome', () => {
    expect(refusal('#FNAMN "x"\n').message).toContain('filen saknar #SIETYP och är ingen SIE-fil');
    expect(refusal('#SIETYP 4\n#KONTO 1930 "Bank"\n').message).toContain('filen innehåller varken verifikationer');
    expect(refusal('#FNAMN "x"\n').fields).toEqual([{ field: 'fil', message: 'filen saknar #SIETYP och är ingen SIE-fil' }]);
  });

  it('accepts CRLF line ends and a voucher without a block', () => {
    const f = parseSie(`${small.replace(/\n/g, '\r\n')}#VER C 9 20260301 "Tom"\r\n`);
    expect(f.vouchers.at(-1)).toMatchObject({ series: 'C', number: '9', transactions: [] });
  });
});
