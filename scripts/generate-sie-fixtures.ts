// Writes the SIE fixtures in fixtures/sie/, PC8-encoded (IBM code page 437) as the standard says:
//   flen-2026.se  – the demo's ledger for Flens kommun, January–October 2026, with monthly budget;
//   liten-kommun.se – a small hand-readable ledger the parser tests read line by line.
// THE FIGURES ARE ILLUSTRATIVE: invented to look like a municipality's ledger (Kommun-Bas
// accounts, ansvar in dimension 1), not Flens kommun's real accounts.
// Run: npx tsx scripts/generate-sie-fixtures.ts
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { encodePc8 } from '../src/core/actuals/decode.js';
import { sumKr } from '../src/core/allocation/steps.js';
import { demoNamnder } from '../src/server/seed/allocationData.js';

const dir = join(import.meta.dirname, '../fixtures/sie');

/** An ansvar code of the demo: its nämnd, annual net budget in kronor ('rest' = what the nämnd's frame leaves), how the year goes (outcome ÷ budget). */
interface Ansvar {
  code: string;
  name: string;
  namnd: string;
  budget: number | 'rest';
  pace: number;
}

const KS = 'Kommunstyrelsen';
const SBN = 'Samhällsbyggnadsnämnden';
const SN = 'Socialnämnden';
const BUN = 'Barn-, utbildnings- och kulturnämnden';
const a = (code: string, name: string, namnd: string, budget: number | 'rest', pace: number): Ansvar => ({
  code,
  name,
  namnd,
  budget,
  pace,
});

// One nämnd-level code per nämnd carries what its named units do not, so the ledger's budget
// over a nämnd's codes is the nämnd's operating frame 2026 in the demo budget. 3390 belongs to
// Socialnämnden's sum although the seed leaves it unmapped (the mapping page's example).
const ansvar: Ansvar[] = [
  a('1000', 'Kommunstyrelsen', KS, 'rest', 0.97),
  a('1100', 'Kommunledningsförvaltningen', KS, 38_000_000, 0.99),
  a('1210', 'Redovisning', KS, 7_400_000, 1.0),
  a('1500', 'Valnämnden', 'Valnämnden', 'rest', 1.0),
  a('1600', 'Överförmyndaren', 'Överförmyndaren', 'rest', 1.02),
  a('2000', 'Samhällsbyggnadsnämnden, övrig verksamhet', SBN, 'rest', 0.99),
  a('2100', 'Samhällsbyggnadsförvaltningen', SBN, 14_500_000, 0.98),
  a('2410', 'Gata och trafik', SBN, 22_600_000, 1.04),
  a('3000', 'Socialnämnden, övrig verksamhet', SN, 'rest', 1.01),
  a('3100', 'Socialförvaltningen gemensamt', SN, 19_000_000, 0.96),
  a('3210', 'Lindgårdens särskilda boende, Flen', SN, 41_500_000, 1.03),
  a('3220', 'Solgläntans särskilda boende, Malmköping', SN, 36_200_000, 0.99),
  a('3230', 'Hemtjänst Flen', SN, 28_900_000, 1.07),
  a('3240', 'Hemtjänst Malmköping och Sparreholm', SN, 17_300_000, 1.01),
  a('3310', 'IFO Barn och unga', SN, 31_000_000, 1.12),
  a('3320', 'Försörjningsstöd', SN, 24_000_000, 1.05),
  a('3390', 'Nattpatrull hemtjänst', SN, 4_200_000, 1.0),
  a('4000', 'Barn-, utbildnings- och kulturnämnden, övrig verksamhet', BUN, 'rest', 0.99),
  a('4100', 'Barn-, utbildnings- och kulturförvaltningen', BUN, 21_000_000, 0.97),
  a('4210', 'Förskolan Tallbacken, Flen', BUN, 16_400_000, 0.98),
  a('4310', 'Orrestaskolan, Flen', BUN, 44_800_000, 1.02),
  a('4320', 'Malmaskolan, Malmköping', BUN, 29_700_000, 0.95),
];

/** The operating frames 2026 of the demo budget: the allocation model's last year's frames, read from the seed's own data. */
export const frames2026 = new Map(
  demoNamnder((name) => name).map((n) => [n.name, sumKr(n.verksamheter.map((v) => ({ amountKr: v.previousKr })))]),
);

/** Ansvar codes of the demo: code, name, annual net budget in kronor, how the year goes (outcome ÷ budget). */
export const flenAnsvar: [string, string, number, number][] = ansvar.map((x) => {
  if (x.budget !== 'rest') return [x.code, x.name, x.budget, x.pace];
  const frame = frames2026.get(x.namnd);
  if (frame === undefined) throw new Error(`${x.namnd} har ingen driftram 2026 i demobudgeten.`);
  const named = ansvar.filter((y) => y.namnd === x.namnd && y.budget !== 'rest').reduce((s, y) => s + (y.budget as number), 0);
  if (frame - named <= 0) throw new Error(`${x.namnd}: ramen ${frame} räcker inte till ansvaren (${named}).`);
  return [x.code, x.name, frame - named, x.pace];
});
for (const n of frames2026.keys())
  if (ansvar.filter((x) => x.namnd === n && x.budget === 'rest').length !== 1) throw new Error(`${n} ska ha ett ansvar för resten.`);

const accounts: [string, string, string][] = [
  ['1120', 'Byggnader och mark', 'T'],
  ['1220', 'Inventarier', 'T'],
  ['1930', 'Bank', 'T'],
  ['2440', 'Leverantörsskulder', 'S'],
  ['2710', 'Personalens källskatt', 'S'],
  ['3110', 'Taxor och avgifter', 'I'],
  ['3510', 'Riktade statsbidrag', 'I'],
  ['4010', 'Förbrukningsmaterial', 'K'],
  ['4610', 'Köp av huvudverksamhet', 'K'],
  ['5010', 'Månadslön', 'K'],
  ['5410', 'Sociala avgifter enligt lag och avtal', 'K'],
  ['6110', 'Lokalhyror, internhyra', 'K'],
  ['7010', 'Övriga verksamhetskostnader', 'K'],
  ['8010', 'Kommunalskatt', 'I'],
  ['8210', 'Generella statsbidrag och utjämning', 'I'],
];

/** A small deterministic generator, so the file is the same every time it is written. */
function random(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

const kr = (n: number) => (Math.round(n * 100) / 100).toFixed(2);
const q = (s: string) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
// Salaries are lower in July (holidays) and costs a little higher in December.
const season = [1, 1, 1, 1, 1, 1.02, 0.7, 0.95, 1.03, 1.03, 1.05, 1.21];
const seasonSum = season.reduce((a, b) => a + b, 0);

function flen(): string {
  const rnd = random(482);
  const out = [
    '#FLAGGA 0',
    '#PROGRAM "Styr testdata" 1.0',
    '#FORMAT PC8',
    '#GEN 20261105 "Styr"',
    '#SIETYP 4',
    '#FNAMN "Flens kommun (exempeldata)"',
    '#ORGNR 212000-0290',
    '#RAR 0 20260101 20261231',
    '#KPTYP "Kommun-Bas 13"',
  ];
  for (const [no, name, type] of accounts) out.push(`#KONTO ${no} ${q(name)}`, `#KTYP ${no} ${type}`);
  out.push('#DIM 1 "Ansvar"', '#DIM 6 "Projekt"');
  for (const [code, name] of flenAnsvar) out.push(`#OBJEKT 1 ${q(code)} ${q(name)}`);
  out.push('#OBJEKT 6 "P100" "Ombyggnad Lindgården"');
  // Monthly budget per ansvar in öre: costs split over the accounts, a tenth of the net as revenue.
  // The last month and the last account take what rounding leaves, so the year is the annual budget exactly.
  for (const [code, , annual] of flenAnsvar) {
    const months = season.map((f) => Math.round((annual * 100 * f) / seasonSum));
    months[11] = annual * 100 - months.slice(0, 11).reduce((x, y) => x + y, 0);
    months.forEach((net, i) => {
      const month = `2026${String(i + 1).padStart(2, '0')}`;
      const parts: [string, number][] = [
        ['5010', 0.6],
        ['5410', 0.19],
        ['6110', 0.12],
        ['4010', 0.09],
        ['3110', -0.1],
      ].map(([acc, share]) => [acc as string, Math.round(net * (share as number))]);
      parts.push(['7010', net - parts.reduce((x, [, ore]) => x + ore, 0)]);
      for (const [acc, ore] of parts) out.push(`#PBUDGET 0 ${month} ${acc} {1 ${q(code)}} ${kr(ore / 100)}`);
    });
  }
  let ver = 0;
  const voucher = (series: string, date: string, text: string, lines: [string, string | null, number][]) => {
    ver++;
    out.push(`#VER ${series} ${ver} ${date} ${q(text)}`, '{');
    let sum = 0;
    for (const [acc, ansvar, amount] of lines) {
      const rounded = Math.round(amount * 100) / 100;
      sum += Math.round(rounded * 100);
      out.push(`#TRANS ${acc} {${ansvar ? `1 ${q(ansvar)}` : ''}} ${kr(rounded)}`);
    }
    // The counter-line takes what rounding left, so every voucher balances to the öre.
    out.push(`#TRANS 1930 {} ${kr(-sum / 100)}`, '}');
  };
  for (let mi = 0; mi < 10; mi++) {
    const month = String(mi + 1).padStart(2, '0');
    const salary: [string, string | null, number][] = [];
    const invoices: [string, string | null, number][] = [];
    const revenue: [string, string | null, number][] = [];
    for (const [code, , annual, pace] of flenAnsvar) {
      const net = ((annual * (season[mi] as number)) / seasonSum) * pace * (0.97 + rnd() * 0.06);
      salary.push(['5010', code, net * 0.6], ['5410', code, net * 0.19]);
      invoices.push(['6110', code, net * 0.12], ['4010', code, net * 0.09], ['7010', code, net * 0.1]);
      revenue.push(['3110', code, -net * 0.1]);
    }
    voucher('L', `2026${month}25`, `Löner ${month}/2026`, salary);
    voucher('A', `2026${month}28`, `Leverantörsfakturor ${month}/2026`, invoices);
    voucher('K', `2026${month}20`, `Avgifter ${month}/2026`, revenue);
    // Taxes and general grants belong to the finance function, not to a unit, and cover the net
    // costs with a small surplus (about 1.6 %), as the balance requirement wants; investment lands
    // on an asset account.
    voucher('S', `2026${month}15`, `Skatteintäkter ${month}/2026`, [['8010', null, -66_500_000]]);
    voucher('S', `2026${month}16`, `Generella statsbidrag och utjämning ${month}/2026`, [['8210', null, -22_000_000]]);
    if (mi % 3 === 2) voucher('I', `2026${month}27`, 'Ombyggnad Lindgården, etapp', [['1120', '3210', 1_250_000 + rnd() * 200_000]]);
  }
  return `${out.join('\r\n')}\r\n`;
}

// The small ledger of the parser tests: line numbers matter to them, so keep its shape.
const small = `#FLAGGA 0
#PROGRAM "Ekonomisystem Öst" 4.2
#FORMAT PC8
#GEN 20260215
#SIETYP 4
#FNAMN "Småköpings kommun"
#ORGNR 212000-9999
#RAR 0 20260101 20261231
#RAR -1 20250101 20251231
#KPTYP "Kommun-Bas 13"
#KONTO 1220 "Inventarier"
#KONTO 1930 "Bank"
#KONTO 3110 "Taxor och avgifter"
#KONTO 5010 "Månadslön"
#KONTO 6110 "Lokalhyra \\"intern\\""
#KTYP 1220 T
#DIM 1 "Ansvar"
#UNDERDIM 21 "Delansvar" 1
#OBJEKT 1 "110" "Förskolan Äppelgården"
#OBJEKT 1 "120" "Hemtjänst Ödeby"
#IB 0 1930 150000.00
#UB -1 1930 150000.00
#RES 0 5010 0
#PBUDGET 0 202601 5010 {1 "110"} 100000.00
#PBUDGET 0 202602 5010 {1 "110"} 100000.00
#OKÄNDPOST 1 2 3
#VER A 1 20260125 "Löner januari"
{
#TRANS 5010 {1 "110"} 98000.50
#TRANS 5010 {1 "120"} 51000
#TRANS 1930 {} -149000.50 20260125 "Utbetalning"
}
#VER A 2 20260210 "Avgifter och hyra"
{
#RTRANS 6110 {1 "120"} 1200.00
#TRANS 6110 {1 "120"} 1200.00
#BTRANS 6110 {1 "110"} 1200.00
#TRANS 3110 {1 "110" 6 "P1"} -4500.25
#TRANS 1930 {} 3300.25
}
#VER B 3 20260220 "Inköp av möbler"
{
#TRANS 1220 {1 "110"} 25000
#TRANS 1930 {} -25000
}
`;

writeFileSync(join(dir, 'flen-2026.se'), encodePc8(flen()));
writeFileSync(join(dir, 'liten-kommun.se'), encodePc8(small));
console.log('Skrev fixtures/sie/flen-2026.se och fixtures/sie/liten-kommun.se');
