// Excel export of every budget table and import of a frame sheet or a distribution sheet. An
// import is all or nothing: every error is reported by cell and nothing is stored if there is one.
import type { Kysely } from 'kysely';
import { frameKindName, resultSourceName } from '../../core/budget/kinds.js';
import { DISTRIBUTION_HEADER, FRAME_HEADER, frameKindLabel, readDistributionSheet, readFrameSheet } from '../../core/budget/sheet.js';
import { assertEditable } from '../../core/budget/lifecycle.js';
import { orgUnitKindName } from '../../core/org/kinds.js';
import { requireBodyEditor, requireFrameEditor } from './access.js';
import type { Caller } from '../auth/caller.js';
import type { DB } from '../db/schema.js';
import { distributionDetail, saveDistribution } from './distribution.js';
import { listGrants } from './grants.js';
import { listInvestments } from './investments.js';
import { balanceDetail } from './results.js';
import { saveFrames, versionDetail, versionDiff } from './versions.js';
import { readGrid, sheetErrors, workbook } from './workbook.js';

const range = (from: number, n: number) => Array.from({ length: n }, (_, i) => from + i);

/** The frame sheet: one row per body and kind, one column per year; it reads back as an import. */
export async function framesWorkbook(db: Kysely<DB>, caller: Caller, versionId: string) {
  const d = await versionDetail(db, caller, versionId);
  const rows = d.bodies.flatMap((b) =>
    (['operating', 'investment', 'owner_contribution'] as const)
      .filter((k) => d.frames.some((f) => f.orgUnitId === b.id && f.kind === k))
      .map((k) => [
        b.name,
        frameKindLabel[k],
        ...d.years.map((y) => d.frames.find((f) => f.orgUnitId === b.id && f.kind === k && f.year === y)?.amountKr ?? null),
      ]),
  );
  const name = `budget-${d.version.budgetYear}-${d.version.seq}-ramar.xlsx`;
  return {
    name,
    body: await workbook([{ name: 'Ramar', header: [...FRAME_HEADER, ...d.years.map(String)], rows, amountColumns: range(2, 4) }]),
  };
}

export async function diffWorkbook(db: Kysely<DB>, caller: Caller, fromId: string, toId: string) {
  const d = await versionDiff(db, caller, fromId, toId);
  const header = [
    'Nämnd eller bolag',
    'Slag',
    ...d.years.flatMap((y) => [`${y} ${d.from.title}`, `${y} ${d.to.title}`, `${y} förändring`]),
  ];
  const line = (name: string, kind: keyof typeof frameKindName, cells: (typeof d.rows)[number]['cells']) => [
    name,
    frameKindName[kind],
    ...cells.flatMap((c) => [c.fromKr, c.toKr, c.changeKr]),
  ];
  const rows = [...d.rows.map((r) => line(r.orgUnitName, r.kind, r.cells)), ...d.totals.map((t) => line('Summa', t.kind, t.cells))];
  return {
    name: 'budget-jamforelse.xlsx',
    body: await workbook([{ name: 'Jämförelse', header, rows, amountColumns: range(2, d.years.length * 3) }]),
  };
}

/** The distribution sheet: every unit below the nämnd with its level, amount and id; it reads back as an import. */
export async function distributionWorkbook(db: Kysely<DB>, caller: Caller, bodyId: string, budgetYear: number) {
  const d = await distributionDetail(db, caller, bodyId, budgetYear);
  const rows = d.nodes
    .filter((n) => n.id !== bodyId)
    .map((n) => [`${'  '.repeat(n.depth - 1)}${n.name}`, orgUnitKindName[n.kind], n.amountKr, n.id]);
  const levels = d.levels.map((l) => [orgUnitKindName[l.kind], l.sumKr, l.undistributedKr]);
  return {
    name: `fordelning-${budgetYear}.xlsx`,
    body: await workbook([
      { name: 'Fördelning', header: DISTRIBUTION_HEADER, rows, amountColumns: [2], widths: [48, 14, 18, 38] },
      {
        name: 'Summor',
        header: ['Nivå', 'Summa (kr)', 'Ej fördelat (kr)'],
        rows: [['ram', d.frameKr, d.undistributedKr], ...levels],
        amountColumns: [1, 2],
      },
    ]),
  };
}

export async function investmentsWorkbook(db: Kysely<DB>, caller: Caller, budgetYear: number) {
  const d = await listInvestments(db, caller, budgetYear);
  const rows = d.items.map((i) => [
    i.name,
    i.orgUnitName,
    i.priority,
    i.propertyPlanRef,
    ...d.years.map((y) => i.amounts.find((a) => a.year === y)?.amountKr ?? null),
  ]);
  const sums = d.total.flatMap((t) => [
    [`Planerat ${t.year}`, t.plannedKr],
    [`Investeringsram ${t.year}`, t.frameKr],
    [`Kvar inom ramen ${t.year}`, t.differenceKr],
  ]);
  return {
    name: `investeringsplan-${budgetYear}.xlsx`,
    body: await workbook([
      {
        name: 'Investeringsplan',
        header: ['Projekt', 'Nämnd', 'Prioritet', 'Fastighetsbolagets plan', ...d.years.map(String)],
        rows,
        amountColumns: range(4, 4),
      },
      { name: 'Mot ramen', header: ['', 'Belopp (kr)'], rows: sums, amountColumns: [1] },
    ]),
  };
}

export async function grantsWorkbook(db: Kysely<DB>, caller: Caller, budgetYear: number) {
  const d = await listGrants(db, caller, budgetYear);
  const rows = d.items.map((g) => [
    g.orgUnitName,
    g.name,
    g.authority,
    g.applied ? 'Sökt' : 'Inte sökt',
    g.amountKr,
    g.periodFrom,
    g.periodTo,
    g.reasonNotApplied,
  ]);
  return {
    name: `statsbidrag-${budgetYear}.xlsx`,
    body: await workbook([
      {
        name: 'Riktade statsbidrag',
        header: ['Nämnd', 'Bidrag', 'Myndighet', 'Sökt', 'Belopp (kr)', 'Från', 'Till', 'Skäl att inte söka'],
        rows,
        amountColumns: [4],
      },
    ]),
  };
}

export async function balanceWorkbook(db: Kysely<DB>, caller: Caller) {
  const d = await balanceDetail(db, caller);
  return {
    name: 'balanskrav.xlsx',
    body: await workbook([
      {
        name: 'Resultat',
        header: ['År', 'Källa', 'Resultat (kr)', 'Kommentar'],
        rows: d.results.map((r) => [r.year, resultSourceName[r.source], r.resultKr, r.note]),
        amountColumns: [2],
      },
      {
        name: 'Att återställa',
        header: ['Underskottsår', 'Underskott (kr)', 'Återställt (kr)', 'Kvar (kr)', 'Senast år', 'Läge'],
        rows: d.obligations.map((o) => [
          o.year,
          o.deficitKr,
          o.restoredKr,
          o.remainingKr,
          o.deadlineYear,
          { met: 'återställt', planned: 'återställs enligt plan', open: 'öppet', overdue: 'försenat' }[o.status],
        ]),
        amountColumns: [1, 2, 3],
      },
    ]),
  };
}

export async function importFrames(db: Kysely<DB>, caller: Caller, versionId: string, version: number, bytes: ArrayBuffer) {
  const d = await versionDetail(db, caller, versionId);
  await requireFrameEditor(db, caller);
  assertEditable(d.version);
  const grid = await readGrid(bytes);
  const { cells, errors } = readFrameSheet(grid, d.version.budgetYear, d.bodies);
  if (errors.length) throw sheetErrors(errors);
  const idOf = new Map(d.bodies.map((b) => [b.name, b.id]));
  const frames = cells.map((c) => ({ orgUnitId: idOf.get(c.name) as string, kind: c.kind, year: c.year, amountKr: c.amountKr }));
  return saveFrames(db, caller, versionId, { version, frames });
}

export async function importDistribution(
  db: Kysely<DB>,
  caller: Caller,
  bodyId: string,
  budgetYear: number,
  version: number,
  bytes: ArrayBuffer,
) {
  const d = await distributionDetail(db, caller, bodyId, budgetYear);
  await requireBodyEditor(db, caller, bodyId);
  const grid = await readGrid(bytes);
  const { lines, errors } = readDistributionSheet(
    grid,
    d.nodes.filter((n) => n.id !== bodyId),
  );
  if (errors.length) throw sheetErrors(errors);
  return saveDistribution(db, caller, bodyId, { budgetYear, version, lines });
}
