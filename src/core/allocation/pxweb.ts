// SCB's PxWeb API (v1 and v2) answers in JSON-stat2: dimensions with ids and sizes, the values in
// one flat array (last dimension fastest). Time, age and region are found by role or id, so a
// table with other dimensions (civil status, sex) works too: those are summed, or their "total"
// category is used when they have one.
import { type ParsedPopulation, type PopulationKind, collect, refuse, toDate } from './populationImport.js';
import { parseBand } from './bands.js';

interface Category {
  index: Record<string, number> | string[];
  label?: Record<string, string>;
}
interface Dimension {
  label?: string;
  category: Category;
}
interface JsonStat {
  class?: string;
  label?: string;
  source?: string;
  id: string[];
  size: number[];
  role?: { time?: string[]; geo?: string[]; metric?: string[] };
  dimension: Record<string, Dimension>;
  value: (number | null)[] | Record<string, number | null>;
}

const codesOf = (c: Category): string[] => {
  if (Array.isArray(c.index)) return c.index;
  return Object.entries(c.index)
    .sort((a, b) => a[1] - b[1])
    .map(([k]) => k);
};
const isTotal = (code: string, label: string) => /\d\+\d/.test(code) || /^tot/i.test(code) || /^totalt?$/i.test(label.trim());

function read(content: string): JsonStat {
  let doc: unknown;
  try {
    doc = JSON.parse(content);
  } catch {
    throw refuse('file', 'Filen är inte giltig JSON.');
  }
  const d = doc as Partial<JsonStat>;
  if (!d || typeof d !== 'object' || !Array.isArray(d.id) || !Array.isArray(d.size) || !d.dimension || d.value === undefined)
    throw refuse('file', 'Filen är inte ett JSON-stat2-svar från PxWeb (id, size, dimension och value saknas).');
  if (d.id.length !== d.size.length) throw refuse('size', 'id och size har olika längd.');
  return d as JsonStat;
}

export function parsePxWeb(content: string, kind?: PopulationKind): ParsedPopulation {
  const doc = read(content);
  const find = (role: string[] | undefined, re: RegExp) => role?.[0] ?? doc.id.find((id) => re.test(id));
  const timeId = find(doc.role?.time, /^(tid|time|year|ar)$/i);
  const ageId = doc.id.find((id) => /alder|ålder|age/i.test(id));
  const regionId = find(doc.role?.geo, /region/i);
  if (!timeId) throw refuse('dimension', 'Tabellen saknar en tidsdimension (Tid).');
  const guessed: PopulationKind = /prognos|framskrivning/i.test(doc.label ?? '') ? 'forecast' : 'actual';
  const dims = doc.id.map((id, i) => {
    const dim = doc.dimension[id];
    if (!dim) throw refuse(`dimension.${id}`, `Dimensionen ${id} saknas.`);
    const codes = codesOf(dim.category);
    if (codes.length !== doc.size[i])
      throw refuse(`dimension.${id}`, `Dimensionen ${id} har ${codes.length} kategorier men size säger ${doc.size[i]}.`);
    const label = (c: string) => dim.category.label?.[c] ?? c;
    const totals = codes.filter((c) => isTotal(c, label(c)));
    // A dimension we do not read (sex, civil status) is summed, unless it has a total of its own.
    const keep = id === timeId || id === ageId || id === regionId ? codes : totals.length ? totals : codes;
    if (id === doc.role?.metric?.[0] && codes.length > 1)
      throw refuse(`dimension.${id}`, `Tabellen har flera tabellinnehåll (${codes.join(', ')}). Hämta bara folkmängden.`);
    return { id, codes, keep: new Set(keep), label };
  });
  const strides = doc.size.map((_, i) => doc.size.slice(i + 1).reduce((a, b) => a * b, 1));
  const total = doc.size.reduce((a, b) => a * b, 1);
  const out = collect();
  for (let flat = 0; flat < total; flat++) {
    const at = dims.map((d, i) => d.codes[Math.floor(flat / (strides[i] ?? 1)) % (doc.size[i] ?? 1)] as string);
    if (dims.some((d, i) => !d.keep.has(at[i] as string))) continue;
    const codeOf = (id: string | undefined) => (id ? at[doc.id.indexOf(id)] : undefined);
    const where = dims.map((d, i) => `${d.id}=${at[i]}`).join(', ');
    const tid = codeOf(timeId) as string;
    const date = toDate(tid);
    if (!date) throw refuse(`dimension.${timeId}`, `Tiden "${tid}" är inget år.`);
    const ageCode = codeOf(ageId);
    const ageDim = dims.find((d) => d.id === ageId);
    if (ageCode !== undefined && ageDim && isTotal(ageCode, ageDim.label(ageCode))) continue;
    const band = ageCode === undefined ? { from: 0, to: null } : (parseBand(ageCode) ?? parseBand(ageDim?.label(ageCode) ?? ''));
    if (!band) throw refuse(`dimension.${ageId}`, `Åldern "${ageCode}" går inte att läsa som ålder eller åldersgrupp.`);
    const value = Array.isArray(doc.value) ? doc.value[flat] : doc.value[String(flat)];
    if (value === null || value === undefined || typeof value !== 'number') throw refuse(`value.${flat}`, `Värde saknas för ${where}.`);
    const region = codeOf(regionId);
    const regionLabel = region === undefined ? null : (dims.find((d) => d.id === regionId)?.label(region) ?? region);
    const sex = dims
      .filter((d) => d.id !== timeId && d.id !== ageId && d.id !== regionId)
      .map((d) => at[doc.id.indexOf(d.id)])
      .join('|');
    out.add(
      {
        region: region === undefined ? null : `${region} ${regionLabel}`.trim(),
        date,
        from: band.from,
        to: band.to,
        count: value,
        kind: kind ?? guessed,
      },
      sex,
      where,
    );
  }
  return { rows: out.rows(), label: doc.label ?? '', source: doc.source ?? 'SCB' };
}
