// Population as CSV, in the shapes people have: long (date, age or band, count, maybe sex, region
// and kind), wide (one column per band, as regionfakta.com publishes it) or totals only. Comma or
// semicolon separated; a semicolon file may use decimal commas. Errors name the line and column.
import { parse } from 'csv-parse/sync';
import { AppError, type FieldError, fail } from '../errors.js';
import { parseBand } from './bands.js';
import { type ParsedPopulation, type PopulationKind, collect, refuse, toDate } from './populationImport.js';

const col = {
  date: /^(datum|date|tid|år|ar|year|period)$/i,
  region: /^(region|kommun|municipality|område|omrade)$/i,
  age: /^(ålder|alder|age|ageband|age_band|åldersgrupp|aldersgrupp)$/i,
  count: /^(antal|count|folkmängd|folkmangd|befolkning|population|value|värde|varde)$/i,
  sex: /^(kön|kon|sex|gender)$/i,
  kind: /^(kind|typ|slag)$/i,
  total: /^(totalt|total|summa)$/i,
};

const MAX_LINE_ERRORS = 50;

const kindOf = (s: string): PopulationKind | null | undefined => {
  const t = s.trim().toLowerCase();
  if (!t) return null;
  if (/^(actual|utfall|faktisk)$/.test(t)) return 'actual';
  if (/^(forecast|prognos|framskrivning)$/.test(t)) return 'forecast';
  return undefined;
};

export function parsePopulationCsv(content: string, kind?: PopulationKind): ParsedPopulation {
  const firstLine = content.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(content, {
      delimiter,
      bom: true,
      trim: true,
      skip_empty_lines: true,
      info: true,
      relax_quotes: true,
    }) as unknown as typeof records;
  } catch (e) {
    const line = (e as { lines?: number }).lines;
    throw refuse(line ? `rad ${line}` : 'file', `${line ? `Rad ${line}: ` : ''}filen går inte att läsa som CSV (${(e as Error).message}).`);
  }
  const [head, ...body] = records;
  if (!head) throw refuse('file', 'Filen är tom.');
  const header = head.record;
  const at = (re: RegExp) => header.findIndex((h) => re.test(h));
  const dateCol = at(col.date);
  if (dateCol < 0) throw refuse('rad 1', 'Rad 1: en kolumn med datum eller år saknas (datum, date, år).');
  const regionCol = at(col.region);
  const ageCol = at(col.age);
  const countCol = at(col.count);
  const sexCol = at(col.sex);
  const kindCol = at(col.kind);
  const totalCol = at(col.total);
  // Wide: every header cell that reads as an age band is a column of counts.
  const bandCols = ageCol < 0 ? header.map((h, i) => ({ i, band: parseBand(h) })).filter((b) => b.band !== null) : [];
  if (ageCol >= 0 && countCol < 0) throw refuse('rad 1', 'Rad 1: en kolumn med antal saknas (antal, count, folkmängd).');
  if (ageCol < 0 && bandCols.length === 0 && countCol < 0 && totalCol < 0)
    throw refuse('rad 1', 'Rad 1: hittar varken ålder, åldersgrupper som kolumner eller antal.');
  const number = (s: string, line: number, name: string) => {
    const t = s.replace(/[\s\u00a0]/g, '').replace('−', '-');
    const n = Number(delimiter === ';' ? t.replace(',', '.') : t);
    if (t === '' || !Number.isFinite(n)) throw refuse(`rad ${line}.${name}`, `Rad ${line}, kolumn ${name}: "${s}" är inget tal.`);
    if (n < 0) throw refuse(`rad ${line}.${name}`, `Rad ${line}, kolumn ${name}: antalet får inte vara negativt.`);
    return n;
  };
  const out = collect();
  // Every bad line is reported (up to a limit), so a person fixes the file in one go.
  const problems: FieldError[] = [];
  for (const { record, info } of body) {
    try {
      const line = info.lines;
      const cell = (i: number) => (i >= 0 ? (record[i] ?? '') : '');
      const date = toDate(cell(dateCol));
      if (!date)
        throw refuse(
          `rad ${line}.${header[dateCol]}`,
          `Rad ${line}, kolumn ${header[dateCol]}: "${cell(dateCol)}" är inget datum (ÅÅÅÅ-MM-DD) eller år.`,
        );
      const rowKind = kindCol >= 0 ? kindOf(cell(kindCol)) : null;
      if (rowKind === undefined)
        throw refuse(`rad ${line}.${header[kindCol]}`, `Rad ${line}, kolumn ${header[kindCol]}: skriv utfall eller prognos.`);
      const base = { region: regionCol >= 0 ? cell(regionCol) || null : null, date, kind: kind ?? rowKind ?? null };
      const where = `rad ${line}`;
      if (ageCol >= 0) {
        const band = parseBand(cell(ageCol));
        if (!band)
          throw refuse(
            `${where}.${header[ageCol]}`,
            `Rad ${line}, kolumn ${header[ageCol]}: "${cell(ageCol)}" är ingen ålder eller åldersgrupp.`,
          );
        out.add(
          { ...base, from: band.from, to: band.to, count: number(cell(countCol), line, header[countCol] ?? '') },
          cell(sexCol),
          where,
        );
      } else if (bandCols.length) {
        let sum = 0;
        for (const { i, band } of bandCols) {
          if (!band) continue;
          const n = number(cell(i), line, header[i] ?? '');
          sum += n;
          out.add({ ...base, from: band.from, to: band.to, count: n }, cell(sexCol), where);
        }
        // The total column is a check of the bands, not one more count.
        if (totalCol >= 0 && cell(totalCol) !== '' && Math.abs(number(cell(totalCol), line, header[totalCol] ?? '') - sum) > 1e-6)
          throw refuse(
            `${where}.${header[totalCol]}`,
            `Rad ${line}: åldersgrupperna summerar till ${sum}, men ${header[totalCol]} är ${cell(totalCol)}.`,
          );
      } else {
        const c = countCol >= 0 ? countCol : totalCol;
        out.add({ ...base, from: 0, to: null, count: number(cell(c), line, header[c] ?? '') }, cell(sexCol), where);
      }
    } catch (e) {
      if (!(e instanceof AppError)) throw e;
      problems.push(...e.fields);
      if (problems.length >= MAX_LINE_ERRORS) break;
    }
  }
  if (problems.length) throw fail('validation', problems[0]?.message, { fields: problems });
  return { rows: out.rows(), label: '', source: 'CSV' };
}
