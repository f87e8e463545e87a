// Rows copied from Excel: tab-separated cells, one value a line. The columns are Enhet (name or
// id), Period, Kön (optional), Värde and Kommentar (optional). Kön is told apart by its content:
// a value is never "T", "K", "M" or their words. A first line headed "Enhet" is skipped.
import type { Gender, MeasurementRowInput } from '../../indicatorApi.js';
import { isPeriod, normalisePeriod, parseDecimal } from '../../parseInput.js';

export type PasteProblem = 'unit' | 'period' | 'gender' | 'value' | 'columns';

export interface PastedRow {
  /** 1-based line in the pasted text, as the person sees it in Excel. */
  line: number;
  unitText: string;
  orgUnitId: string | null;
  orgUnitName: string | null;
  period: string;
  gender: Gender;
  value: number | null;
  comment: string;
  problems: PasteProblem[];
}

const genderWords: Record<string, Gender> = {
  t: 'T',
  k: 'K',
  m: 'M',
  totalt: 'T',
  total: 'T',
  kvinnor: 'K',
  kvinna: 'K',
  women: 'K',
  female: 'K',
  män: 'M',
  man: 'M',
  men: 'M',
  male: 'M',
};
const genderOf = (s: string): Gender | undefined => genderWords[s.trim().toLocaleLowerCase('sv')];

const headerWords = /^(enhet|organisationsenhet|unit|org unit)$/i;

export interface UnitRef {
  id: string;
  name: string;
  shortName?: string | null;
}

function unitMatcher(units: UnitRef[]) {
  const byKey = new Map<string, UnitRef>();
  for (const u of units) {
    byKey.set(u.id.toLowerCase(), u);
    byKey.set(u.name.trim().toLocaleLowerCase('sv'), u);
    if (u.shortName) byKey.set(u.shortName.trim().toLocaleLowerCase('sv'), u);
  }
  return (text: string) => byKey.get(text.trim().toLocaleLowerCase('sv')) ?? null;
}

export function parsePaste(text: string, units: UnitRef[]): PastedRow[] {
  const find = unitMatcher(units);
  const rows: PastedRow[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    if (raw.trim() === '') return;
    const cells = raw.split('\t').map((c) => c.trim());
    const withGender = cells.length >= 4 && genderOf(cells[2] ?? '') !== undefined;
    const [unitText = '', periodCell = '', ...rest] = cells;
    const genderCell = withGender ? (rest.shift() ?? '') : '';
    const [valueCell = '', ...commentCells] = rest;
    const value = parseDecimal(valueCell);
    const period = normalisePeriod(periodCell);
    // A header names its columns; a line of data with a wrong period is kept, to be pointed out.
    if (rows.length === 0 && headerWords.test(unitText) && !isPeriod(period)) return;
    const unit = find(unitText);
    const problems: PasteProblem[] = [];
    if (cells.length < 3) problems.push('columns');
    if (!unit) problems.push('unit');
    if (!isPeriod(period)) problems.push('period');
    if (value !== null && Number.isNaN(value)) problems.push('value');
    rows.push({
      line: i + 1,
      unitText,
      orgUnitId: unit?.id ?? null,
      orgUnitName: unit?.name ?? null,
      // Shown as written when it is not a period, so the person recognises their own text.
      period: isPeriod(period) ? period : periodCell,
      gender: withGender ? (genderOf(genderCell) ?? 'T') : 'T',
      value: value === null || Number.isNaN(value) ? null : value,
      comment: commentCells.join(' ').trim(),
      problems,
    });
  });
  return rows;
}

/** The rows as the bulk endpoint takes them; only called when no row has a problem. */
export const toBulkRows = (rows: PastedRow[]): MeasurementRowInput[] =>
  rows.map((r) => ({ orgUnitId: r.orgUnitId ?? '', period: r.period, gender: r.gender, value: r.value, comment: r.comment }));

/** The server names a refused row as "rows.3.period": the row's index and its field. */
export function rowErrorIndex(field: string): { index: number; field: string } | null {
  const m = /^rows\.(\d+)\.?(.*)$/.exec(field);
  return m ? { index: Number(m[1]), field: m[2] ?? '' } : null;
}
