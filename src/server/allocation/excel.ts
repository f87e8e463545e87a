// Excel export of the allocation model's tables: a scenario's frames, bridges, price-tag lines,
// totals per verksamhet and the population it counts with; one nämnd's bridge; the comparison of
// two scenarios; and the stored population. Every figure is the JSON API's (the same service
// computes it with core's one function); this file only lays the tables out.
import type { Kysely } from 'kysely';
import type { ScenarioResult } from '../../core/allocation/bridge.js';
import { populationKindName, stepKindName } from '../../core/allocation/names.js';
import { fail } from '../../core/errors.js';
import type { Caller } from '../auth/caller.js';
import { type SheetSpec, workbook } from '../budget/workbook.js';
import type { DB } from '../db/schema.js';
import { listPopulation } from './population.js';
import { compare, scenarioDetail } from './service.js';

/** A file name a browser keeps as it is: ASCII letters, digits and dashes. */
export const fileSlug = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60) || 'scenario';

type Bridge = ScenarioResult['namnder'][number];
const BRIDGE_HEADER = ['Nämnd', 'Steg', 'Belopp (kr)', 'Skäl'];

/** A bridge as rows: last year's frame, each step with its amount and reason, the new frame. */
const bridgeRows = (n: Bridge, year: number) => [
  [n.name, `Ram ${year - 1}`, n.previousKr, ''],
  ...n.steps.map((s) => [n.name, stepKindName[s.kind], s.amountKr, s.reason]),
  [n.name, `Ny ram ${year}`, n.newKr, ''],
];

async function computed(db: Kysely<DB>, caller: Caller, id: string) {
  const d = await scenarioDetail(db, caller, id);
  if (!d.result) {
    const message = `${d.name} kan inte beräknas: ${d.problems[0]?.message ?? 'modellen är ofullständig'}`;
    throw fail('conflict', message, { fields: [{ field: 'id', message }] });
  }
  return { ...d, result: d.result };
}

export async function scenarioWorkbook(db: Kysely<DB>, caller: Caller, id: string) {
  const d = await computed(db, caller, id);
  const { result: r, budgetYear: year } = d;
  const kindOf = (date: string) => d.population.entries.find((e) => e.date === date)?.kind;
  const sheets: SheetSpec[] = [
    {
      name: 'Ramar',
      header: ['Nämnd', `Ram ${year - 1} (kr)`, `Ram ${year} (kr)`, 'Förändring (kr)'],
      rows: [
        ...r.namnder.map((n) => [n.name, n.previousKr, n.newKr, n.newKr - n.previousKr]),
        ['Summa', r.previousKr, r.newKr, r.newKr - r.previousKr],
      ],
      amountColumns: [1, 2, 3],
    },
    {
      name: 'Bryggor',
      header: BRIDGE_HEADER,
      rows: r.namnder.flatMap((n) => bridgeRows(n, year)),
      amountColumns: [2],
      widths: [36, 26, 16, 90],
    },
    {
      name: 'Prislappar',
      header: ['Verksamhet', 'Åldersgrupp', 'Befolkning', 'Kr per invånare', 'Belopp (kr)'],
      rows: r.allocation.lines.map((l) => [l.verksamhet, l.ageBand, l.population, l.krPerInhabitant, l.amountKr]),
      amountColumns: [3, 4],
    },
    {
      name: 'Per verksamhet',
      header: ['Verksamhet', 'Belopp (kr)'],
      rows: [...r.allocation.totals.map((t) => [t.verksamhet, t.amountKr]), ['Summa', r.allocation.totalKr]],
      amountColumns: [1],
    },
    {
      name: 'Befolkning',
      header: ['Åldersgrupp', ...d.population.dates.map((date) => `${date} (${populationKindName[kindOf(date) ?? 'actual']})`)],
      rows: d.config.ageBands.map((band) => [
        band,
        ...d.population.dates.map((date) => d.population.entries.find((e) => e.ageBand === band && e.date === date)?.count ?? null),
      ]),
    },
  ];
  return { name: `fordelningsmodell-${year}-${fileSlug(d.name)}.xlsx`, body: await workbook(sheets) };
}

export async function bridgeWorkbook(db: Kysely<DB>, caller: Caller, id: string, namnd: string) {
  const d = await computed(db, caller, id);
  const n = d.result.namnder.find((x) => x.key === namnd);
  if (!n)
    throw fail('not_found', 'Nämnden finns inte i scenariot.', {
      fields: [{ field: 'namnd', message: 'Nämnden finns inte i scenariot.' }],
    });
  return {
    name: `brygga-${d.budgetYear}-${fileSlug(n.name)}.xlsx`,
    body: await workbook([
      { name: 'Brygga', header: BRIDGE_HEADER, rows: bridgeRows(n, d.budgetYear), amountColumns: [2], widths: [36, 26, 16, 90] },
    ]),
  };
}

export async function compareWorkbook(db: Kysely<DB>, caller: Caller, aId: string, bId: string) {
  const { a, b, comparison: c } = await compare(db, caller, aId, bId);
  const [colA, colB] = [`A: ${a.name} (kr)`, `B: ${b.name} (kr)`];
  return {
    name: `jamforelse-${a.budgetYear}-${fileSlug(a.name)}-${fileSlug(b.name)}.xlsx`,
    body: await workbook([
      {
        name: 'Ramar',
        header: ['Nämnd', colA, colB, 'Skillnad B − A (kr)'],
        rows: [...c.namnder.map((n) => [n.name, n.aKr, n.bKr, n.diffKr]), ['Summa', c.aKr, c.bKr, c.diffKr]],
        amountColumns: [1, 2, 3],
      },
      {
        name: 'Steg',
        header: ['Nämnd', 'Steg', colA, colB, 'Skillnad B − A (kr)'],
        rows: c.namnder.flatMap((n) => n.steps.map((s) => [n.name, stepKindName[s.kind], s.aKr, s.bKr, s.diffKr])),
        amountColumns: [2, 3, 4],
      },
    ]),
  };
}

/** The stored population as imported, one row per series, date and age group (long format, for pivoting). */
export async function populationWorkbook(db: Kysely<DB>, caller: Caller) {
  const items = await listPopulation(db, caller.municipalityId);
  return {
    name: 'befolkning.xlsx',
    body: await workbook([
      {
        name: 'Befolkning',
        header: ['Slag', 'Prognos', 'Datum', 'Åldersgrupp', 'Antal', 'Källa'],
        rows: items.map((p) => [populationKindName[p.kind], p.series, p.date, p.ageBand, p.count, p.source]),
        widths: [10, 30, 12, 12, 10, 60],
      },
    ]),
  };
}
