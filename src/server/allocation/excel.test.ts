// Excel export of the allocation model, read back with exceljs and compared with the JSON API's
// figures: a scenario's frames, bridges, price-tag lines, totals and population; one nämnd's bridge;
// two scenarios compared; the stored population. Refusals name the field and change nothing.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stepKindName } from '../../core/allocation/names.js';
import { testApp } from '../testing/harness.js';

let t: Awaited<ReturnType<typeof testApp>>;
let staff: string;
let admin: string;
let june: { id: string; name: string };
let august: { id: string; name: string };
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

type Step = { kind: keyof typeof stepKindName; amountKr: number; reason: string };
type Bridge = { key: string; name: string; previousKr: number; newKr: number; steps: Step[] };

async function download(path: string, cookie = staff) {
  const res = await t.app.request(path, { headers: { cookie } });
  expect(res.status, path).toBe(200);
  expect(res.headers.get('content-type')).toBe(XLSX);
  expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="[a-z0-9-]+\.xlsx"$/);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(await res.arrayBuffer());
  return book;
}

const rowsOf = (book: ExcelJS.Workbook, name: string) => {
  const ws = book.getWorksheet(name);
  expect(ws, name).toBeDefined();
  const out: unknown[][] = [];
  ws?.eachRow({ includeEmpty: false }, (row) => {
    const values = row.values as unknown[];
    out.push(Array.from({ length: ws.columnCount }, (_, i) => values[i + 1] ?? null));
  });
  return out;
};

/** The rows a bridge should have in a sheet: last year, each step, the new frame. */
const bridgeRows = (n: Bridge, year: number) => [
  [n.name, `Ram ${year - 1}`, n.previousKr, null],
  ...n.steps.map((s) => [n.name, stepKindName[s.kind], s.amountKr, s.reason]),
  [n.name, `Ny ram ${year}`, n.newKr, null],
];
// exceljs reads an empty string cell back as nothing.
const blankToNull = (rows: unknown[][]) => rows.map((r) => r.map((v) => (v === '' ? null : v)));

beforeAll(async () => {
  t = await testApp();
  staff = await t.loginAs('staff');
  admin = await t.loginAs('admin');
  const list = (await t.call('GET', '/api/allocation/scenarios?year=2027', { cookie: staff })).body.items;
  june = list.find((s: { isBase: boolean }) => s.isBase);
  august = list.find((s: { isBase: boolean }) => !s.isBase);
});
afterAll(() => t.close());

describe('a scenario as Excel', () => {
  it('has the frames, every bridge step with its reason, the price-tag lines, the totals and the population of the JSON API', async () => {
    const d = (await t.call('GET', `/api/allocation/scenarios/${june.id}`, { cookie: staff })).body;
    const r = d.result;
    const book = await download(`/api/allocation/export/scenario?id=${june.id}`);
    expect(book.worksheets.map((w) => w.name)).toEqual(['Ramar', 'Bryggor', 'Prislappar', 'Per verksamhet', 'Befolkning']);

    expect(rowsOf(book, 'Ramar')).toEqual([
      ['Nämnd', 'Ram 2026 (kr)', 'Ram 2027 (kr)', 'Förändring (kr)'],
      ...r.namnder.map((n: Bridge) => [n.name, n.previousKr, n.newKr, n.newKr - n.previousKr]),
      ['Summa', r.previousKr, r.newKr, r.newKr - r.previousKr],
    ]);
    const bridges = blankToNull(rowsOf(book, 'Bryggor'));
    expect(bridges[0]).toEqual(['Nämnd', 'Steg', 'Belopp (kr)', 'Skäl']);
    expect(bridges.slice(1)).toEqual(r.namnder.flatMap((n: Bridge) => bridgeRows(n, 2027)));
    expect(bridges.some((row) => row[1] === 'Central lönepott')).toBe(true);

    const lines = rowsOf(book, 'Prislappar');
    expect(lines[0]).toEqual(['Verksamhet', 'Åldersgrupp', 'Befolkning', 'Kr per invånare', 'Belopp (kr)']);
    expect(lines.slice(1)).toEqual(
      r.allocation.lines.map(
        (l: { verksamhet: string; ageBand: string; population: number; krPerInhabitant: number; amountKr: number }) => [
          l.verksamhet,
          l.ageBand,
          l.population,
          l.krPerInhabitant,
          l.amountKr,
        ],
      ),
    );
    // The mean of two year ends may be fractional; the sheet keeps it as it is.
    expect(lines.slice(1).some((l) => !Number.isInteger(l[2]))).toBe(true);
    expect(rowsOf(book, 'Per verksamhet')).toEqual([
      ['Verksamhet', 'Belopp (kr)'],
      ...r.allocation.totals.map((x: { verksamhet: string; amountKr: number }) => [x.verksamhet, x.amountKr]),
      ['Summa', r.allocation.totalKr],
    ]);

    const population = rowsOf(book, 'Befolkning');
    const kindOf = (date: string) => d.population.entries.find((e: { date: string }) => e.date === date).kind;
    expect(population[0]).toEqual([
      'Åldersgrupp',
      ...['2025-12-31', '2026-12-31', '2027-12-31'].map((x) => `${x} (${kindOf(x) === 'actual' ? 'utfall' : 'prognos'})`),
    ]);
    expect(kindOf('2027-12-31')).toBe('forecast');
    const entry = (band: string, date: string) =>
      d.population.entries.find((e: { ageBand: string; date: string }) => e.ageBand === band && e.date === date)?.count ?? null;
    expect(population.slice(1)).toEqual(d.config.ageBands.map((b: string) => [b, ...d.population.dates.map((x: string) => entry(b, x))]));
  });

  it('has one nämnd’s bridge on its own', async () => {
    const r = (await t.call('GET', `/api/allocation/scenarios/${august.id}`, { cookie: staff })).body.result;
    const sn = r.namnder.find((n: Bridge) => n.name === 'Socialnämnden') as Bridge;
    const book = await download(`/api/allocation/export/bridge?id=${august.id}&namnd=${sn.key}`);
    expect(blankToNull(rowsOf(book, 'Brygga'))).toEqual([['Nämnd', 'Steg', 'Belopp (kr)', 'Skäl'], ...bridgeRows(sn, 2027)]);
    const steps = rowsOf(book, 'Brygga').slice(2, -1);
    expect(steps.reduce((a, s) => a + (s[2] as number), 0)).toBe(sn.newKr - sn.previousKr);
  });

  it('refuses what it cannot export, naming the field', async () => {
    const get = (path: string, cookie: string | null = staff) => t.call('GET', path, cookie ? { cookie } : {});
    expect((await get(`/api/allocation/export/scenario?id=${june.id}`, null)).status).toBe(401);
    const bad = await get('/api/allocation/export/scenario?id=juni');
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields).toEqual([{ field: 'id', message: 'Välj ett scenario.' }]);
    expect((await get('/api/allocation/export/scenario?id=00000000-0000-4000-8000-000000000000')).status).toBe(404);
    const noNamnd = await get(`/api/allocation/export/bridge?id=${june.id}&namnd=ingen`);
    expect(noNamnd.status).toBe(404);
    expect(noNamnd.body.error.fields).toEqual([{ field: 'namnd', message: 'Nämnden finns inte i scenariot.' }]);

    // A scenario whose forecast is not stored cannot be computed: 409 with the reason, not an empty file.
    const copy = (
      await t.call('POST', '/api/allocation/scenarios', {
        cookie: admin,
        body: { budgetYear: 2027, name: 'Utan prognos', copyFrom: june.id },
      })
    ).body;
    const d = (await t.call('GET', `/api/allocation/scenarios/${copy.id}`, { cookie: admin })).body;
    const saved = await t.call('PATCH', `/api/allocation/scenarios/${copy.id}`, {
      cookie: admin,
      body: { version: d.version, config: { ...d.config, forecastSeries: 'Finns inte' } },
    });
    expect(saved.status).toBe(200);
    const stuck = await get(`/api/allocation/export/scenario?id=${copy.id}`);
    expect(stuck.status).toBe(409);
    expect(stuck.body.error.fields[0].field).toBe('id');
    expect(stuck.body.error.message).toMatch(
      /^Utan prognos kan inte beräknas: Befolkning saknas per \d{4}-12-31 \(varken utfall eller prognosen Finns inte\)/,
    );
  });
});

describe('the comparison and the population as Excel', () => {
  it('has the comparison’s frames and steps per nämnd, B − A', async () => {
    const c = (await t.call('GET', `/api/allocation/compare?a=${june.id}&b=${august.id}`, { cookie: staff })).body.comparison;
    const book = await download(`/api/allocation/export/compare?a=${june.id}&b=${august.id}`);
    const a = `A: ${june.name} (kr)`;
    const b = `B: ${august.name} (kr)`;
    type Diff = {
      name: string;
      aKr: number;
      bKr: number;
      diffKr: number;
      steps: { kind: keyof typeof stepKindName; aKr: number; bKr: number; diffKr: number }[];
    };
    expect(rowsOf(book, 'Ramar')).toEqual([
      ['Nämnd', a, b, 'Skillnad B − A (kr)'],
      ...c.namnder.map((n: Diff) => [n.name, n.aKr, n.bKr, n.diffKr]),
      ['Summa', c.aKr, c.bKr, c.diffKr],
    ]);
    expect(rowsOf(book, 'Steg')).toEqual([
      ['Nämnd', 'Steg', a, b, 'Skillnad B − A (kr)'],
      ...c.namnder.flatMap((n: Diff) => n.steps.map((s) => [n.name, stepKindName[s.kind], s.aKr, s.bKr, s.diffKr])),
    ]);
    const priorities = rowsOf(book, 'Steg').filter((row) => row[1] === 'Politisk prioritering');
    expect(priorities.reduce((sum, row) => sum + (row[4] as number), 0)).toBe(c.diffKr);
    expect((await t.call('GET', `/api/allocation/export/compare?a=${june.id}&b=x`, { cookie: staff })).body.error.fields).toEqual([
      { field: 'b', message: 'Välj scenario B.' },
    ]);
  });

  it('has every stored population row', async () => {
    const items = (await t.call('GET', '/api/population', { cookie: staff })).body.items;
    const book = await download('/api/allocation/export/population');
    const rows = rowsOf(book, 'Befolkning');
    expect(rows[0]).toEqual(['Slag', 'Prognos', 'Datum', 'Åldersgrupp', 'Antal', 'Källa']);
    expect(blankToNull(rows.slice(1))).toEqual(
      items.map((p: { kind: string; series: string; date: string; ageBand: string; count: number; source: string }) => [
        p.kind === 'actual' ? 'utfall' : 'prognos',
        p.series || null,
        p.date,
        p.ageBand,
        p.count,
        p.source || null,
      ]),
    );
  });

  it('names the steps as the web page does, and every export is in the OpenAPI document', async () => {
    const sv = JSON.parse(readFileSync(join(import.meta.dirname, '../../web/i18n/areas/allocation.sv.json'), 'utf8'));
    expect(stepKindName).toEqual(sv.allocationBridge.kind);
    const doc = (await t.call('GET', '/api/openapi.json')).body;
    for (const p of ['scenario', 'bridge', 'compare', 'population']) expect(doc.paths[`/allocation/export/${p}`]?.get, p).toBeDefined();
  });
});
