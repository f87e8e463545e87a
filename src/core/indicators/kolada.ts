// Kolada values as they arrive (a v3 or v2 JSON answer, or a CSV export) turned into one row
// shape. Pure: no I/O. A file with any error is refused as a whole, and every error names its
// place (CSV line, or JSON path) and field, so a person can fix the file and try again.
import { parse } from 'csv-parse/sync';
import { type FieldError, fail } from '../errors.js';

export const koladaGenders = ['T', 'K', 'M'] as const;
export type KoladaGender = (typeof koladaGenders)[number];

/** One Kolada value: a KPI for an area (municipality, region or group), a year and a gender. */
export interface KoladaRow {
  kpi: string;
  areaCode: string;
  period: number;
  gender: KoladaGender;
  value: number | null;
  count: number | null;
  status: string;
}

export interface KoladaPage {
  rows: KoladaRow[];
  /** The next page's URL, from v3's next_url or v2's next_page; null on the last page. */
  next: string | null;
}

export type KoladaFormat = 'json' | 'csv';

const KPI = /^[A-Z]\d{5}$/;
const AREA = /^[0-9A-Z]{4,10}$/;
const NUMBER = /^-?\d+(?:[.,]\d+)?(?:[eE][-+]?\d+)?$/;
const MAX_REPORTED = 20;

/** Where a field sits: `field` for the program that shows the error, `label` for the person. */
interface Place {
  field: string;
  label: string;
}

/** Collects what is wrong with a file, so one refusal can name every problem (up to a limit). */
class Problems {
  readonly fields: FieldError[] = [];
  private readonly messages: string[] = [];

  add(at: Place, message: string) {
    if (this.fields.length < MAX_REPORTED) this.fields.push({ field: at.field, message });
    this.messages.push(`${at.label}: ${message}`);
  }

  /** Throws one validation error for the whole file if anything was wrong. */
  throwIfAny(what: string) {
    if (!this.messages.length) return;
    const more = this.messages.length > 1 ? ` (och ${this.messages.length - 1} fel till)` : '';
    const first = (this.messages[0] as string).replace(/\.$/, '');
    throw fail('validation', `${what} kan inte läsas in. ${first}${more}. Inget av den har sparats.`, {
      fields: this.fields,
    });
  }
}

const jsonPlace = (path: string): Place => ({ field: path, label: path });
const linePlace = (line: number | string, column?: string): Place =>
  column ? { field: `rad ${line}: ${column}`, label: `Rad ${line}, fältet ${column}` } : { field: `rad ${line}`, label: `Rad ${line}` };

type Checked<T> = { ok: true; value: T } | { ok: false; message: string };
const good = <T>(value: T): Checked<T> => ({ ok: true, value });
const bad = (message: string): Checked<never> => ({ ok: false, message });
const quote = (v: unknown) => (typeof v === 'string' ? `"${v.slice(0, 40)}"` : (JSON.stringify(v) ?? String(v)));

function checkKpi(v: unknown): Checked<string> {
  return typeof v === 'string' && KPI.test(v.trim()) ? good(v.trim()) : bad(`${quote(v)} är inget Kolada-id (som N00945).`);
}

function checkArea(v: unknown): Checked<string> {
  return typeof v === 'string' && AREA.test(v.trim()) ? good(v.trim()) : bad(`${quote(v)} är ingen kommun- eller gruppkod (som 0482).`);
}

function checkPeriod(v: unknown): Checked<number> {
  const n = typeof v === 'string' && /^\d{4}$/.test(v.trim()) ? Number(v) : v;
  return typeof n === 'number' && Number.isInteger(n) && n >= 1900 && n <= 2200 ? good(n) : bad(`${quote(v)} är inget årtal.`);
}

function checkGender(v: unknown): Checked<KoladaGender> {
  return typeof v === 'string' && (koladaGenders as readonly string[]).includes(v)
    ? good(v as KoladaGender)
    : bad(`${quote(v)} är inget kön som Kolada använder (T, K eller M).`);
}

const isMissing = (v: unknown) => v === null || v === undefined || v === '' || v === 'NA';

function checkValue(v: unknown): Checked<number | null> {
  if (isMissing(v)) return good(null);
  if (typeof v === 'number' && Number.isFinite(v)) return good(v);
  if (typeof v === 'string' && NUMBER.test(v.trim())) return good(Number(v.trim().replace(',', '.')));
  return bad(`${quote(v)} är inget tal.`);
}

function checkCount(v: unknown): Checked<number | null> {
  if (isMissing(v)) return good(null);
  const n = typeof v === 'string' && /^\d+$/.test(v.trim()) ? Number(v) : v;
  return typeof n === 'number' && Number.isInteger(n) && n >= 0 ? good(n) : bad(`${quote(v)} är inget antal (ett heltal, 0 eller mer).`);
}

function checkStatus(v: unknown): Checked<string> {
  if (isMissing(v)) return good('');
  return typeof v === 'string' && v.length <= 100 ? good(v) : bad(`${quote(v)} är ingen giltig status.`);
}

/** The raw fields of one value, wherever they came from, checked into a row. */
interface RawValue {
  kpi: unknown;
  areaCode: unknown;
  period: unknown;
  gender: unknown;
  value: unknown;
  count: unknown;
  status: unknown;
}

const checks: Record<keyof RawValue, (v: unknown) => Checked<unknown>> = {
  kpi: checkKpi,
  areaCode: checkArea,
  period: checkPeriod,
  gender: checkGender,
  value: checkValue,
  count: checkCount,
  status: checkStatus,
};

/** Checks every field; `placeOf` says where each field sits in the file. */
function toRow(raw: RawValue, placeOf: (k: keyof RawValue) => Place, problems: Problems): KoladaRow | null {
  const out: Record<string, unknown> = {};
  let ok = true;
  for (const key of Object.keys(checks) as (keyof RawValue)[]) {
    const r = checks[key](raw[key]);
    if (r.ok) out[key] = r.value;
    else {
      ok = false;
      problems.add(placeOf(key), r.message);
    }
  }
  return ok ? (out as unknown as KoladaRow) : null;
}

interface Located {
  row: KoladaRow;
  at: Place;
}

const keyOf = (r: KoladaRow) => `${r.kpi}|${r.areaCode}|${r.period}|${r.gender}`;
const sameData = (a: KoladaRow, b: KoladaRow) => a.value === b.value && a.count === b.count && a.status === b.status;

/** Drops repeats of the same value; a repeat that disagrees is an error, since either could be right. */
function withoutRepeats(rows: Located[], problems: Problems): KoladaRow[] {
  const seen = new Map<string, Located>();
  for (const r of rows) {
    const first = seen.get(keyOf(r.row));
    if (!first) seen.set(keyOf(r.row), r);
    else if (!sameData(first.row, r.row)) problems.add(r.at, `samma KPI, område, år och kön som ${first.at.field} men ett annat värde.`);
  }
  return [...seen.values()].map((r) => r.row);
}

// ---- JSON: a Kolada data answer, v3 ({ values, next_url }) or v2 ({ values, next_page }) ----

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** One entry of "values": a KPI, area and year with a value per gender. */
function entryRows(entry: unknown, at: string, problems: Problems): Located[] {
  if (!isObject(entry) || !Array.isArray(entry.values)) {
    problems.add(jsonPlace(`${at}.values`), 'ska vara en lista med värden per kön.');
    return [];
  }
  const entryField: Partial<Record<keyof RawValue, string>> = { kpi: 'kpi', areaCode: 'municipality', period: 'period' };
  const out: Located[] = [];
  for (const [j, v] of (entry.values as unknown[]).entries()) {
    const path = `${at}.values[${j}]`;
    if (!isObject(v)) {
      problems.add(jsonPlace(path), 'ska vara ett objekt.');
      continue;
    }
    if (v.isdeleted === true) continue; // Kolada has withdrawn the value: it is no longer data.
    const raw = { kpi: entry.kpi, areaCode: entry.municipality, period: entry.period, gender: v.gender, value: v.value, count: v.count };
    const placeOf = (k: keyof RawValue) => jsonPlace(entryField[k] ? `${at}.${entryField[k]}` : `${path}.${k}`);
    const row = toRow({ ...raw, status: v.status }, placeOf, problems);
    if (row) out.push({ row, at: jsonPlace(path) });
  }
  return out;
}

function jsonRows(doc: unknown, problems: Problems): Located[] {
  if (!isObject(doc) || !Array.isArray(doc.values)) {
    problems.add(jsonPlace('values'), 'svaret ska vara ett objekt med en lista "values".');
    return [];
  }
  return doc.values.flatMap((entry: unknown, i: number) => entryRows(entry, `values[${i}]`, problems));
}

function nextOf(doc: unknown): string | null {
  if (!isObject(doc)) return null;
  const next = doc.next_url ?? doc.next_page;
  return typeof next === 'string' && next ? next : null;
}

/** Checks an already parsed Kolada answer (the API client's pages). */
export function readKoladaPage(doc: unknown, what = 'Svaret från Kolada'): KoladaPage {
  const problems = new Problems();
  const rows = withoutRepeats(jsonRows(doc, problems), problems);
  problems.throwIfAny(what);
  return { rows, next: nextOf(doc) };
}

const positionIn = (err: unknown) => {
  const m = /position (\d+)/.exec(String((err as Error).message));
  return m ? Number(m[1]) : undefined;
};

/** Whether a start of the text is already wrong, rather than just cut short. */
function brokenPrefix(prefix: string): boolean {
  try {
    JSON.parse(prefix);
    return false;
  } catch (err) {
    if (/Unexpected end of JSON input/.test(String((err as Error).message))) return false;
    const pos = positionIn(err);
    return pos === undefined || pos < prefix.length;
  }
}

/** Where in the text JSON.parse gave up, as a line a person can find. V8 leaves out the position
 *  for an unexpected token, so then the shortest broken start of the text is searched for. */
function jsonErrorPlace(text: string, err: unknown): Place {
  let pos = positionIn(err);
  if (pos === undefined) {
    let [lo, hi] = [0, text.length - 1];
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (brokenPrefix(text.slice(0, mid + 1))) hi = mid;
      else lo = mid + 1;
    }
    pos = lo;
  }
  return linePlace(text.slice(0, pos).split('\n').length);
}

export function parseKoladaJson(text: string, what = 'Filen'): KoladaPage {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (err) {
    const problems = new Problems();
    problems.add(jsonErrorPlace(text, err), 'texten är inte giltig JSON.');
    problems.throwIfAny(what);
  }
  return readKoladaPage(doc, what);
}

// ---- CSV: Kolada's export (rKolada) with a header line; column order does not matter ----

/** Accepted column names for each field, first match wins. */
const csvColumns: Record<keyof RawValue, string[]> = {
  kpi: ['kpi'],
  areaCode: ['municipality_id', 'area_code', 'municipality'],
  period: ['year', 'period'],
  gender: ['gender'],
  value: ['value'],
  count: ['count'],
  status: ['status'],
};
const optionalColumns = new Set<keyof RawValue>(['count', 'status']);

type Columns = Record<keyof RawValue, number>;

function columnIndexes(header: string[], problems: Problems): Columns | null {
  const names = header.map((h) => h.trim().toLowerCase());
  const idx = {} as Columns;
  let ok = true;
  for (const key of Object.keys(csvColumns) as (keyof RawValue)[]) {
    idx[key] = csvColumns[key].map((c) => names.indexOf(c)).find((i) => i >= 0) ?? -1;
    if (idx[key] >= 0 || optionalColumns.has(key)) continue;
    ok = false;
    problems.add(linePlace(1, csvColumns[key][0]), `kolumnen saknas (rubrikraden ska ha ${csvColumns[key].join(' eller ')}).`);
  }
  return ok ? idx : null;
}

/** Swedish spreadsheets write semicolons; Kolada's export writes commas. The header tells which. */
function delimiterOf(text: string): string {
  const header = text.split('\n', 1)[0] ?? '';
  return (header.match(/;/g)?.length ?? 0) > (header.match(/,/g)?.length ?? 0) ? ';' : ',';
}

interface CsvRecord {
  record: string[];
  info: { lines: number };
}

function csvRecords(text: string, problems: Problems): CsvRecord[] {
  try {
    const options = { bom: true, info: true, skip_empty_lines: true, relax_column_count: true, delimiter: delimiterOf(text) };
    // With info: true each record comes with where it was read; the library's types miss that.
    return parse(text, options) as unknown as CsvRecord[];
  } catch (err) {
    const e = err as { lines?: number; message: string };
    problems.add(linePlace(e.lines ?? '?'), `raden går inte att läsa som CSV (${e.message}).`);
    return [];
  }
}

function csvRow(rec: CsvRecord, idx: Columns, header: string[], problems: Problems): Located | null {
  const cell = (k: keyof RawValue) => (idx[k] >= 0 ? rec.record[idx[k]] : undefined);
  const raw = { kpi: cell('kpi'), areaCode: cell('areaCode'), period: cell('period'), gender: cell('gender') };
  const full = { ...raw, value: cell('value'), count: cell('count'), status: cell('status') };
  const placeOf = (k: keyof RawValue) => linePlace(rec.info.lines, (header[idx[k]] ?? k).trim());
  const row = toRow(full, placeOf, problems);
  return row ? { row, at: linePlace(rec.info.lines) } : null;
}

export function parseKoladaCsv(text: string, what = 'Filen'): KoladaRow[] {
  const problems = new Problems();
  const [header, ...records] = csvRecords(text, problems);
  if (!header && !problems.fields.length) problems.add(linePlace(1), 'filen är tom; den ska börja med en rubrikrad.');
  const idx = header ? columnIndexes(header.record, problems) : null;
  const rows: Located[] = [];
  for (const rec of idx && header ? records : []) {
    const row = csvRow(rec, idx as Columns, (header as CsvRecord).record, problems);
    if (row) rows.push(row);
  }
  const unique = withoutRepeats(rows, problems);
  problems.throwIfAny(what);
  return unique;
}

/** A file as uploaded or named on the command line; an empty one is refused too. */
export function parseKoladaFile(format: KoladaFormat, content: string): KoladaRow[] {
  const rows = format === 'json' ? parseKoladaJson(content).rows : parseKoladaCsv(content);
  if (!rows.length)
    throw fail('validation', 'Filen innehåller inga Kolada-värden.', { fields: [{ field: 'content', message: 'Inga värden.' }] });
  return rows;
}

/** The format from a file name, else from the first character of its text. */
export const guessFormat = (name: string, content: string): KoladaFormat =>
  /\.json$/i.test(name) ? 'json' : /\.csv$/i.test(name) ? 'csv' : /^\s*[[{]/.test(content) ? 'json' : 'csv';

// ---- What an import asks for ----

/** "2019-2025", "2019,2021" or a list of years, into the list of years. */
export function parseYears(input: string | number[]): number[] {
  const invalid = () =>
    fail('validation', `"${String(input)}" är inga år. Skriv ett intervall (2019-2025) eller en lista (2019,2021).`, {
      fields: [{ field: 'years', message: 'Ogiltiga år.' }],
    });
  const range = typeof input === 'string' ? /^\s*(\d{4})\s*-\s*(\d{4})\s*$/.exec(input) : null;
  const years = range
    ? Array.from({ length: Number(range[2]) - Number(range[1]) + 1 }, (_, i) => Number(range[1]) + i)
    : typeof input === 'string'
      ? input.split(',').map((s) => (/^\s*\d{4}\s*$/.test(s) ? Number(s) : Number.NaN))
      : input;
  if (!years.length || years.length > 200 || years.some((y) => !checkPeriod(y).ok)) throw invalid();
  return [...new Set(years)].sort((a, b) => a - b);
}

/** The unit a KPI's title ends with: "…, andel (%)" → %, "…, kr/inv" → kr/inv, "…, antal" → antal. */
export function unitFromTitle(title: string): string {
  const t = title.toLowerCase().trim();
  if (/\(%\)$|andel \(%\)|procent$/.test(t)) return '%';
  const kr = /kr\/([a-zåäö]+)/.exec(t);
  if (kr) return `kr/${kr[1]}`;
  if (/(^antal\b|, antal$)/.test(t)) return 'antal';
  return '';
}
