// Population files into rows of (region, date, ages, count): SCB's PxWeb API answer (JSON-stat2)
// and CSV, single years or bands, summed over sex. Pure: the server stores what this returns.
import { fail, type FieldError } from '../errors.js';
import { parseBand } from './bands.js';

export const populationKinds = ['actual', 'forecast'] as const;
export type PopulationKind = (typeof populationKinds)[number];

export interface PopulationRow {
  region: string | null;
  date: string;
  from: number;
  to: number | null;
  count: number;
  kind: PopulationKind | null;
}

export interface ParsedPopulation {
  rows: PopulationRow[];
  /** The table's own label, e.g. "Folkmängd efter region, …"; a forecast says so there. */
  label: string;
  source: string;
}

export const refuse = (field: string, message: string) => fail('validation', message, { fields: [{ field, message }] });

/** "2024" or "2024-12-31" → the year end or the date; null otherwise. */
export function toDate(s: string): string | null {
  const t = s.trim();
  if (/^\d{4}$/.test(t)) return `${t}-12-31`;
  if (/^\d{4}-\d{2}-\d{2}$/.test(t) && !Number.isNaN(Date.parse(t))) return t;
  return null;
}

/** Adds a row; the same region, date, ages and sex twice is an error, different sexes are summed. */
export function collect() {
  const rows = new Map<string, PopulationRow>();
  const seen = new Map<string, string>();
  return {
    add(row: PopulationRow, sex: string, where: string) {
      const key = `${row.region}|${row.date}|${row.from}|${row.to}|${row.kind}`;
      const first = seen.get(`${key}|${sex}`);
      if (first) throw refuse(where, `${where}: samma region, datum och ålder${sex ? ' och kön' : ''} som ${first}.`);
      seen.set(`${key}|${sex}`, where);
      const existing = rows.get(key);
      if (existing) existing.count += row.count;
      else rows.set(key, { ...row });
    },
    rows: () => [...rows.values()],
  };
}

/** Keeps one region's rows: the one asked for, or the only one, or the one that names the municipality. */
export function selectRegion(rows: PopulationRow[], wanted: { region?: string; code?: string; name?: string }): PopulationRow[] {
  const regions = [...new Set(rows.map((r) => r.region).filter((r): r is string => r !== null))];
  if (regions.length <= 1 && !wanted.region) return rows;
  const norm = (s: string) => s.trim().toLocaleLowerCase('sv');
  // PxWeb regions read "0482 Flen": the code, the name, or both may be asked for.
  const names = (r: string) => {
    const [code, ...rest] = r.split(' ');
    return /^\d+$/.test(code ?? '') && rest.length ? [norm(r), norm(code ?? ''), norm(rest.join(' '))] : [norm(r)];
  };
  const pick = wanted.region
    ? regions.find((r) => names(r).includes(norm(wanted.region as string)))
    : regions.find((r) => names(r).some((n) => n === wanted.code || (wanted.name && norm(wanted.name).startsWith(n))));
  if (!pick) {
    throw refuse(
      'region',
      wanted.region
        ? `Regionen "${wanted.region}" finns inte i filen. Där finns: ${regions.join(', ')}.`
        : `Filen har flera regioner (${regions.join(', ')}). Ange vilken.`,
    );
  }
  return rows.filter((r) => r.region === pick);
}

export function checkRows(rows: PopulationRow[]): PopulationRow[] {
  if (!rows.length) throw refuse('file', 'Filen innehåller ingen befolkning.');
  const errors: FieldError[] = [];
  for (const r of rows) if (!(r.count >= 0)) errors.push({ field: 'count', message: `Negativt antal för ${r.date}.` });
  if (errors.length) throw fail('validation', errors[0]?.message, { fields: errors });
  return rows;
}

export const ageOf = (s: string) => parseBand(s);
