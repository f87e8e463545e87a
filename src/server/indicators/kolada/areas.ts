// Kolada's areas: municipalities and regions (rKolada_munic.csv) and municipality groups such as
// "Liknande kommuner … Flen, 2024" (rKolada_munic_g.csv). Read once, kept in memory: they are
// only looked up and searched, never joined. Källa: Kolada.
import { readCsv } from './catalogue.js';

export type AreaKind = 'municipality' | 'region' | 'group';

export interface KoladaArea {
  code: string;
  title: string;
  kind: AreaKind;
  /** A group's member municipalities (codes); empty for a municipality or region. */
  members: string[];
}

let cache: { list: KoladaArea[]; byCode: Map<string, KoladaArea> } | null = null;

function load() {
  const places = readCsv('rKolada_munic.csv').map(
    (r): KoladaArea => ({ code: r.id as string, title: r.title as string, kind: r.type === 'K' ? 'municipality' : 'region', members: [] }),
  );
  // The export joins a group's member codes and then their names with "|"; the codes are the ids.
  const groups = readCsv('rKolada_munic_g.csv').map(
    (r): KoladaArea => ({
      code: r.id as string,
      title: r.title as string,
      kind: 'group',
      members: (r.members ?? '').split('|').filter((m) => /^\d{4}$/.test(m)),
    }),
  );
  const list = [...places, ...groups];
  return { list, byCode: new Map(list.map((a) => [a.code, a])) };
}

export function koladaAreas() {
  cache ??= load();
  return cache;
}

export const areaTitle = (code: string) => koladaAreas().byCode.get(code)?.title ?? code;

/** Areas whose code starts with, or whose title contains, the text (case-insensitive); places first. */
export function searchAreas(q: string | undefined, limit = 50): KoladaArea[] {
  const text = (q ?? '').trim().toLocaleLowerCase('sv');
  const hits = koladaAreas().list.filter(
    (a) => !text || a.code.toLowerCase().startsWith(text) || a.title.toLocaleLowerCase('sv').includes(text),
  );
  return hits.slice(0, limit);
}
