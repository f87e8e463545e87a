// The Excel layouts of the frame sheet and the distribution sheet, and their reading: a grid of
// cell values in, either the rows or EVERY error by cell ("C7: inte ett heltal") out. Nothing
// here touches a file; the server turns the workbook into a grid.
import type { OrgUnitKind } from '../org/kinds.js';
import { type FrameKind, frameKindName, frameKinds, frameKindsOf, yearsOf } from './kinds.js';

export type CellValue = string | number | boolean | null;
/** Row-major: grid[0] is Excel's row 1, grid[r][0] its column A. */
export type Grid = readonly (readonly CellValue[])[];

export const column = (index: number): string => {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
};
export const cellRef = (row: number, col: number) => `${column(col)}${row + 1}`;

export const frameKindLabel: Record<FrameKind, string> = {
  operating: 'Drift',
  investment: 'Investering',
  owner_contribution: 'Ägartillskott',
};
export const FRAME_HEADER = ['Nämnd eller bolag', 'Slag'];
export const DISTRIBUTION_HEADER = ['Enhet', 'Nivå', 'Belopp (kr)', 'Id'];

const text = (v: CellValue | undefined) => (v === null || v === undefined ? '' : String(v).trim());
const isEmpty = (v: CellValue | undefined) => text(v) === '';

/** A whole number of kronor, from a number cell or a text such as "1 234 567"; null when it is not one. */
export function wholeKronor(v: CellValue | undefined): number | null {
  const n = typeof v === 'number' ? v : typeof v === 'string' ? Number(v.replace(/[\s\u00a0\u202f]/g, '').replace(/^−/, '-')) : Number.NaN;
  return Number.isSafeInteger(n) ? n : null;
}

export interface SheetError {
  cell: string;
  message: string;
}

export interface FrameCell {
  name: string;
  kind: FrameKind;
  year: number;
  amountKr: number;
}

/** Reads a frame sheet for `budgetYear`; bodies are matched by name, case and spacing ignored. */
export function readFrameSheet(grid: Grid, budgetYear: number, bodies: readonly { name: string; kind: OrgUnitKind }[]) {
  const errors: SheetError[] = [];
  const cells: FrameCell[] = [];
  const header = grid[0] ?? [];
  const allowed = yearsOf(budgetYear);
  const names = new Map(bodies.map((b) => [b.name.toLocaleLowerCase('sv').replace(/\s+/g, ' '), b.name]));
  const kindOf = new Map(bodies.map((b) => [b.name, b.kind]));
  const kinds = new Map(frameKinds.map((k) => [frameKindLabel[k].toLocaleLowerCase('sv'), k]));
  const yearCols: { col: number; year: number }[] = [];
  for (let col = 2; col < header.length; col++) {
    if (isEmpty(header[col])) continue;
    const year = wholeKronor(header[col]);
    if (year === null || !allowed.includes(year))
      errors.push({ cell: cellRef(0, col), message: `inte ett år ${budgetYear}–${budgetYear + 3}` });
    else yearCols.push({ col, year });
  }
  if (yearCols.length === 0 && errors.length === 0) errors.push({ cell: 'C1', message: 'inga årskolumner' });
  const rowOf = new Map<string, number>();
  for (let r = 1; r < grid.length; r++) {
    const row = grid[r] ?? [];
    if (row.every((v) => isEmpty(v))) continue;
    const name = names.get(text(row[0]).toLocaleLowerCase('sv').replace(/\s+/g, ' '));
    if (!name) errors.push({ cell: cellRef(r, 0), message: isEmpty(row[0]) ? 'namn saknas' : `okänd nämnd eller bolag «${text(row[0])}»` });
    const kind = kinds.get(text(row[1]).toLocaleLowerCase('sv'));
    if (!kind) errors.push({ cell: cellRef(r, 1), message: 'slaget ska vara Drift, Investering eller Ägartillskott' });
    const bodyKind = name ? kindOf.get(name) : undefined;
    if (name && kind && bodyKind && !frameKindsOf[bodyKind]?.includes(kind)) {
      errors.push({ cell: cellRef(r, 1), message: `${name} kan inte ha ${frameKindName[kind]}` });
    }
    if (name && kind) {
      const first = rowOf.get(`${name}|${kind}`);
      if (first !== undefined) errors.push({ cell: cellRef(r, 0), message: `samma nämnd och slag finns redan på rad ${first + 1}` });
      else rowOf.set(`${name}|${kind}`, r);
    }
    for (const { col, year } of yearCols) {
      if (isEmpty(row[col])) continue;
      const amountKr = wholeKronor(row[col]);
      if (amountKr === null) errors.push({ cell: cellRef(r, col), message: 'inte ett heltal' });
      else if (name && kind) cells.push({ name, kind, year, amountKr });
    }
  }
  return { cells, errors };
}

export interface DistributionCell {
  orgUnitId: string;
  amountKr: number;
}

/** Reads a distribution sheet: a unit by its id (column D) or else by its name (column A). */
export function readDistributionSheet(grid: Grid, units: readonly { id: string; name: string }[]) {
  const errors: SheetError[] = [];
  const lines: DistributionCell[] = [];
  const ids = new Set(units.map((u) => u.id));
  const byName = new Map<string, string[]>();
  for (const u of units) {
    const key = u.name.toLocaleLowerCase('sv').trim();
    byName.set(key, [...(byName.get(key) ?? []), u.id]);
  }
  const seen = new Map<string, number>();
  for (let r = 1; r < grid.length; r++) {
    const row = grid[r] ?? [];
    if (row.every((v) => isEmpty(v))) continue;
    let id: string | undefined;
    if (!isEmpty(row[3])) {
      id = text(row[3]);
      if (!ids.has(id)) errors.push({ cell: cellRef(r, 3), message: 'okänd enhet för nämnden' });
    } else {
      const found = byName.get(text(row[0]).toLocaleLowerCase('sv')) ?? [];
      if (found.length === 1) id = found[0];
      else
        errors.push({
          cell: cellRef(r, 0),
          message: found.length ? 'flera enheter har det namnet; ange id i kolumn D' : 'okänd enhet för nämnden',
        });
    }
    if (id && ids.has(id)) {
      const first = seen.get(id);
      if (first !== undefined)
        errors.push({ cell: cellRef(r, isEmpty(row[3]) ? 0 : 3), message: `enheten finns redan på rad ${first + 1}` });
      else seen.set(id, r);
    }
    if (isEmpty(row[2])) continue;
    const amountKr = wholeKronor(row[2]);
    if (amountKr === null) errors.push({ cell: cellRef(r, 2), message: 'inte ett heltal' });
    else if (id && ids.has(id)) lines.push({ orgUnitId: id, amountKr });
  }
  return { lines, errors };
}
