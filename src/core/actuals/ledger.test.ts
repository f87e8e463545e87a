import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseLedgerCsv, parseSwedishAmount } from './csv.js';
import { decodeSie } from './decode.js';
import { ledgerFromSie, monthSpan } from './ledger.js';
import { categoryOf, checkAccountRules, kommunBasRules } from './rules.js';
import { parseSie } from './sie.js';

const small = parseSie(decodeSie(readFileSync(join(import.meta.dirname, '../../../fixtures/sie/liten-kommun.se'))).text);

describe('ledger rows from SIE', () => {
  it('sums #TRANS per month, ansvar (dimension 1) and account, and takes the budget from #PBUDGET', () => {
    const d = ledgerFromSie(small);
    expect(d.source).toBe('ver');
    expect(d.rows.filter((r) => r.kind === 'outcome')).toEqual([
      { kind: 'outcome', month: '2026-01', ansvar: '', account: '1930', amountOre: -14900050 },
      { kind: 'outcome', month: '2026-01', ansvar: '110', account: '5010', amountOre: 9800050 },
      { kind: 'outcome', month: '2026-01', ansvar: '120', account: '5010', amountOre: 5100000 },
      { kind: 'outcome', month: '2026-02', ansvar: '', account: '1930', amountOre: -2169975 },
      { kind: 'outcome', month: '2026-02', ansvar: '110', account: '1220', amountOre: 2500000 },
      { kind: 'outcome', month: '2026-02', ansvar: '110', account: '3110', amountOre: -450025 },
      { kind: 'outcome', month: '2026-02', ansvar: '120', account: '6110', amountOre: 120000 },
    ]);
    expect(d.rows.filter((r) => r.kind === 'budget').map((r) => [r.month, r.ansvar, r.amountOre])).toEqual([
      ['2026-01', '110', 10000000],
      ['2026-02', '110', 10000000],
    ]);
    expect(d.months).toEqual({ outcome: ['2026-01', '2026-02'], budget: ['2026-01', '2026-02'] });
    expect(d.ansvarCodes).toEqual([
      { code: '110', name: 'Förskolan Äppelgården' },
      { code: '120', name: 'Hemtjänst Ödeby' },
    ]);
  });

  it('reads ansvar from another dimension when the municipality says so', () => {
    const d = ledgerFromSie(small, 6);
    expect(d.rows.filter((r) => r.ansvar === 'P1')).toEqual([
      { kind: 'outcome', month: '2026-02', ansvar: 'P1', account: '3110', amountOre: -450025 },
    ]);
  });

  it('uses #PSALDO without vouchers: per-object lines before the account total, balance accounts as changes', () => {
    const text = [
      '#SIETYP 3',
      '#KTYP 1220 T',
      '#OIB 0 1220 {1 "110"} 1000.00',
      '#PSALDO 0 202601 5010 {} 900.00',
      '#PSALDO 0 202601 5010 {1 "110"} 600.00',
      '#PSALDO 0 202601 5010 {1 "120"} 300.00',
      '#PSALDO 0 202601 6110 {} 50.00',
      '#PSALDO 0 202601 1220 {1 "110"} 1500.00',
      '#PSALDO 0 202603 1220 {1 "110"} 1800.00',
      '#PSALDO 0 202601 7010 {6 "P1"} 10.00',
    ].join('\n');
    const d = ledgerFromSie(parseSie(text));
    expect(d.source).toBe('psaldo');
    expect(d.rows.map((r) => [r.month, r.ansvar, r.account, r.amountOre])).toEqual([
      ['2026-01', '', '6110', 5000],
      ['2026-01', '110', '1220', 50000],
      ['2026-01', '110', '5010', 60000],
      ['2026-01', '120', '5010', 30000],
      ['2026-03', '110', '1220', 30000],
    ]);
    // February has no line, but a new file for January–March replaces February too.
    expect(d.months.outcome).toEqual(['2026-01', '2026-02', '2026-03']);
  });

  it('spans months across a year end', () => {
    expect(monthSpan(['2026-02', '2025-11'])).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(monthSpan([])).toEqual([]);
  });
});

describe('ledger rows from CSV', () => {
  it('reads semicolons, decimal commas and thousand spaces, in any column order, and sums equal keys', () => {
    const d = parseLedgerCsv(
      'konto;period;belopp;ansvar;typ\n5010;2026-01;1 234,50;110;\n5010;2026-01;-34,5;110;utfall\n5010;2026-01;5000;110;budget\n',
    );
    expect(d.rows).toEqual([
      { kind: 'budget', month: '2026-01', ansvar: '110', account: '5010', amountOre: 500000 },
      { kind: 'outcome', month: '2026-01', ansvar: '110', account: '5010', amountOre: 120000 },
    ]);
    expect(d.ansvarCodes).toEqual([{ code: '110', name: '' }]);
  });

  it('reads commas with a decimal point, or a quoted decimal comma', () => {
    const d = parseLedgerCsv('period,ansvar,konto,belopp\n2026-02,120,6110,99.5\n2026-03,120,6110,"1,25"\n');
    expect(d.rows.map((r) => r.amountOre)).toEqual([9950, 125]);
    expect(d.months.outcome).toEqual(['2026-02', '2026-03']);
  });

  it('names every wrong line and field', () => {
    expect(() => parseLedgerCsv('period;ansvar;konto;belopp\n2026-13;1;5010;1\n2026-01;1;abc;x\n')).toThrow(
      'CSV-filen kan inte läsas in: rad 2: period: "2026-13" är ingen månad (ÅÅÅÅ-MM) (och 2 fel till). Inget av den har sparats.',
    );
    expect(() => parseLedgerCsv('månad;ansvar;konto\n')).toThrow('rubrikraden saknar period, belopp');
    expect(() => parseLedgerCsv('period;ansvar;konto;belopp\n')).toThrow('filen har inga rader');
  });

  it('parses Swedish amounts', () => {
    expect([parseSwedishAmount('−12,5'), parseSwedishAmount('1\u00a0000'), parseSwedishAmount('1,2,3')]).toEqual([-1250, 100000, null]);
  });
});

describe('account rules', () => {
  it('Kommun-Bas: 10–12 investment, 3 revenue, 4–7 costs, 8 financing, the rest does not count', () => {
    expect(
      ['1120', '1220', '1310', '1930', '2440', '3110', '30106', '4010', '5010', '7990', '8010', '9000', '31'].map((a) =>
        categoryOf(a, kommunBasRules),
      ),
    ).toEqual([
      'investment',
      'investment',
      'ignore',
      'ignore',
      'ignore',
      'drift_revenue',
      'drift_revenue',
      'drift_cost',
      'drift_cost',
      'drift_cost',
      'financing',
      'ignore',
      'drift_revenue',
    ]);
  });

  it('rules are refused when they differ in length, are turned round or overlap, each at its field', () => {
    const fieldsOf = (r: Parameters<typeof checkAccountRules>[0]) => {
      try {
        checkAccountRules(r);
      } catch (err) {
        return (err as { fields: unknown }).fields;
      }
      return null;
    };
    expect(fieldsOf([{ from: '3999', to: '3000', category: 'drift_revenue' }])).toEqual([
      { field: 'rules.0.to', message: 'Rad 1: till (3000) är mindre än från (3999).' },
    ]);
    expect(fieldsOf([{ from: '300', to: '3999', category: 'drift_revenue' }])).toEqual([
      { field: 'rules.0.to', message: 'Rad 1: från (300) och till (3999) ska ha lika många siffror.' },
    ]);
    expect(fieldsOf([{ from: '3x', to: '39', category: 'drift_revenue' }])).toEqual([
      { field: 'rules.0.from', message: 'Rad 1: från ska vara ett kontonummer (1–10 siffror).' },
    ]);
    // Nested, overlapping at one end, and written with another number of digits: all overlaps.
    const overlaps = fieldsOf([
      { from: '4000', to: '4999', category: 'drift_cost' },
      { from: '4500', to: '4599', category: 'investment' },
      { from: '3900', to: '4000', category: 'drift_revenue' },
      { from: '45', to: '45', category: 'investment' },
      { from: '5000', to: '5999', category: 'drift_cost' },
    ]);
    expect(overlaps).toEqual([
      { field: 'rules.1.from', message: 'Rad 2: 4500–4599 överlappar rad 1 (4000–4999). Ett konto får bara höra till ett intervall.' },
      { field: 'rules.2.from', message: 'Rad 3: 3900–4000 överlappar rad 1 (4000–4999). Ett konto får bara höra till ett intervall.' },
      { field: 'rules.3.from', message: 'Rad 4: 45–45 överlappar rad 1 (4000–4999). Ett konto får bara höra till ett intervall.' },
    ]);
    expect(fieldsOf(kommunBasRules)).toBeNull();
    expect(fieldsOf([...kommunBasRules, { from: '2000', to: '2999', category: 'ignore' }])).toBeNull();
  });
});
