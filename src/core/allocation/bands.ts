// Age bands ("åldersgrupper") as SKR's cost-equalisation writes them: "6", "7-9", "80-w" (w = and
// older). A model's bands are configurable; single years and coarser imported bands are mapped
// onto them here, in one place.
import { fail, type FieldError } from '../errors.js';

export interface AgeBand {
  label: string;
  from: number;
  /** Inclusive; null = no upper limit ("80-w"). */
  to: number | null;
}

/** The bands of SKR's cost-equalisation, with 0-year-olds and 19–64 so every age belongs somewhere. */
export const defaultAgeBands = ['0', '1-5', '6', '7-9', '10-12', '13-15', '16-18', '19-64', '65-79', '80-w'];

const OPEN = /^(\d{1,3})\s*(?:-\s*(?:w|W)?|\+)$/;
const RANGE = /^(\d{1,3})\s*-\s*(\d{1,3})$/;
const SINGLE = /^(\d{1,3})$/;

/** "7-9" → 7..9, "6" → 6..6, "80-w", "80-", "100+" → 80.. ; null when the label is not an age band. */
export function parseBand(label: string): AgeBand | null {
  const s = label.trim().replace(/\s*år$/i, '');
  const single = SINGLE.exec(s);
  if (single) return { label: s, from: Number(single[1]), to: Number(single[1]) };
  const range = RANGE.exec(s);
  if (range) {
    const from = Number(range[1]);
    const to = Number(range[2]);
    return to >= from ? { label: `${from}-${to}`, from, to } : null;
  }
  const open = OPEN.exec(s);
  if (open) return { label: `${Number(open[1])}-w`, from: Number(open[1]), to: null };
  return null;
}

/** The canonical label of a band: "7-9", "6", "80-w". */
export const bandLabel = (b: { from: number; to: number | null }) =>
  b.to === null ? `${b.from}-w` : b.from === b.to ? String(b.from) : `${b.from}-${b.to}`;

const within = (inner: AgeBand, outer: AgeBand) =>
  inner.from >= outer.from && (outer.to === null || (inner.to !== null && inner.to <= outer.to));
const overlap = (a: AgeBand, b: AgeBand) => a.from <= (b.to ?? Infinity) && b.from <= (a.to ?? Infinity);

/** Parses and checks a model's bands: each valid, none overlapping; sorted by age. */
export function parseBands(labels: readonly string[], field = 'ageBands'): AgeBand[] {
  const errors: FieldError[] = [];
  const bands: AgeBand[] = [];
  labels.forEach((label, i) => {
    const band = parseBand(label);
    if (!band) errors.push({ field: `${field}.${i}`, message: `"${label}" är ingen åldersgrupp. Skriv t.ex. 7-9, 6 eller 80-w.` });
    else {
      const clash = bands.find((b) => overlap(b, band));
      if (clash) errors.push({ field: `${field}.${i}`, message: `Åldersgruppen ${band.label} överlappar ${clash.label}.` });
      else bands.push(band);
    }
  });
  if (labels.length === 0) errors.push({ field, message: 'Ange minst en åldersgrupp.' });
  if (errors.length) throw fail('validation', errors[0]?.message, { fields: errors });
  return bands.sort((a, b) => a.from - b.from);
}

/** The band a single-year age belongs to, or null when no band covers it. */
export function bandOf(age: number, bands: readonly AgeBand[]): AgeBand | null {
  return bands.find((b) => age >= b.from && (b.to === null || age <= b.to)) ?? null;
}

export interface AgedCount {
  from: number;
  to: number | null;
  count: number;
}

/**
 * Sums counts (single years or bands) into the model's bands. A count whose ages straddle two
 * bands cannot be split without guessing, so it is refused; a band nothing falls into is missing.
 */
export function toBands(
  counts: readonly AgedCount[],
  bands: readonly AgeBand[],
): { sums: Map<string, number>; straddling: AgedCount[]; missing: string[] } {
  const sums = new Map<string, number>();
  const straddling: AgedCount[] = [];
  for (const c of counts) {
    const row: AgeBand = { label: '', from: c.from, to: c.to };
    const band = bands.find((b) => within(row, b));
    if (band) sums.set(band.label, (sums.get(band.label) ?? 0) + c.count);
    else if (bands.some((b) => overlap(row, b))) straddling.push(c);
  }
  return { sums, straddling, missing: bands.filter((b) => !sums.has(b.label)).map((b) => b.label) };
}
