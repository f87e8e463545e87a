// Frames: their check, their sums per kind and year, and the difference between two versions.
import type { FieldError } from '../errors.js';
import type { OrgUnitKind } from '../org/kinds.js';
import { type FrameKind, frameKindName, frameKinds, frameKindsOf, yearsOf } from './kinds.js';

export interface Frame {
  orgUnitId: string;
  kind: FrameKind;
  year: number;
  amountKr: number;
}

export interface BodyLine {
  id: string;
  name: string;
  kind: OrgUnitKind;
}

/** Every problem with a set of frames for a budget year, each naming the frame's position. */
export function checkFrames(frames: readonly Frame[], bodies: readonly BodyLine[], budgetYear: number): FieldError[] {
  const byId = new Map(bodies.map((b) => [b.id, b]));
  const years = new Set(yearsOf(budgetYear));
  const seen = new Set<string>();
  const errors: FieldError[] = [];
  frames.forEach((f, i) => {
    const field = `frames.${i}`;
    const body = byId.get(f.orgUnitId);
    if (!body) errors.push({ field: `${field}.orgUnitId`, message: 'Ramar ges till kommunstyrelsen, nämnder och bolag.' });
    else if (!frameKindsOf[body.kind]?.includes(f.kind)) {
      errors.push({ field: `${field}.kind`, message: `${body.name} kan inte ha ${frameKindName[f.kind]}.` });
    }
    if (!years.has(f.year)) errors.push({ field: `${field}.year`, message: `Året ska vara ${budgetYear}–${budgetYear + 3}.` });
    const key = `${f.orgUnitId}|${f.kind}|${f.year}`;
    if (seen.has(key)) errors.push({ field, message: 'Samma ram finns två gånger.' });
    seen.add(key);
  });
  return errors;
}

/** The sum of each kind per year, for the years given. */
export function frameTotals(frames: readonly Frame[], years: readonly number[]): Record<FrameKind, number[]> {
  const out = Object.fromEntries(frameKinds.map((k) => [k, years.map(() => 0)])) as Record<FrameKind, number[]>;
  for (const f of frames) {
    const i = years.indexOf(f.year);
    if (i >= 0) out[f.kind][i] = (out[f.kind][i] ?? 0) + f.amountKr;
  }
  return out;
}

export interface DiffCell {
  year: number;
  fromKr: number | null;
  toKr: number | null;
  /** to − from, where a missing frame counts as 0. */
  changeKr: number;
}

export interface DiffRow {
  orgUnitId: string;
  kind: FrameKind;
  cells: DiffCell[];
}

/**
 * The difference between two versions per body, kind and calendar year. The versions may be of
 * different budget years: the years are the union of both, so overlapping plan years compare.
 */
export function diffFrames(from: readonly Frame[], to: readonly Frame[]): { years: number[]; rows: DiffRow[]; totals: DiffRow[] } {
  const years = [...new Set([...from, ...to].map((f) => f.year))].sort((a, b) => a - b);
  const key = (f: { orgUnitId: string; kind: string }) => `${f.orgUnitId}|${f.kind}`;
  const cell = (f: Frame) => `${key(f)}|${f.year}`;
  const a = new Map(from.map((f) => [cell(f), f.amountKr]));
  const b = new Map(to.map((f) => [cell(f), f.amountKr]));
  const rowKeys = new Map<string, { orgUnitId: string; kind: FrameKind }>();
  for (const f of [...from, ...to]) rowKeys.set(key(f), { orgUnitId: f.orgUnitId, kind: f.kind });
  const rows = [...rowKeys.values()].map((r) => ({
    ...r,
    cells: years.map((year) => {
      const fromKr = a.get(`${key(r)}|${year}`) ?? null;
      const toKr = b.get(`${key(r)}|${year}`) ?? null;
      return { year, fromKr, toKr, changeKr: (toKr ?? 0) - (fromKr ?? 0) };
    }),
  }));
  const totals = frameKinds
    .map((kind) => ({
      orgUnitId: '',
      kind,
      cells: years.map((year, i) => {
        const of = rows.filter((r) => r.kind === kind).map((r) => r.cells[i] as DiffCell);
        const fromKr = of.reduce((s, c) => s + (c.fromKr ?? 0), 0);
        const toKr = of.reduce((s, c) => s + (c.toKr ?? 0), 0);
        return { year, fromKr, toKr, changeKr: toKr - fromKr };
      }),
    }))
    .filter((t) => rows.some((r) => r.kind === t.kind));
  return { years, rows, totals };
}
