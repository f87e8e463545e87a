// Kolada's reference data: the KPI catalogue (6,099 KPIs, in the database so it can be searched
// and joined) and the areas (312 municipalities and regions, 3,630 groups, in memory: they are
// only looked up). Both come from the fixture files, not the live API, so they work offline.
// Källa: Kolada.
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { type Kysely, type Selectable, sql } from 'kysely';
import type { DB, KoladaKpiTable } from '../../db/schema.js';

export const dataDir = new URL('../../../../fixtures/kolada/', import.meta.url);
export const readCsv = (name: string): Record<string, string>[] =>
  parse(readFileSync(new URL(name, dataDir), 'utf8'), { columns: true, bom: true, skip_empty_lines: true });

const orNull = (v: string | undefined) => (v === undefined || v === 'NA' || v === '' ? null : v);

export function catalogueRows(file = 'rKolada_kpi_df.csv') {
  return readCsv(file).map((r) => ({
    id: r.id as string,
    title: r.title as string,
    description: orNull(r.description) ?? '',
    is_divided_by_gender: r.is_divided_by_gender === 'TRUE',
    municipality_type: orNull(r.municipality_type),
    operating_area: orNull(r.operating_area),
    perspective: orNull(r.perspective),
    publ_period: orNull(r.publ_period),
  }));
}

const loading = new WeakMap<Kysely<DB>, Promise<void>>();

async function load(db: Kysely<DB>) {
  const { n } = await db
    .selectFrom('kolada_kpi')
    .select((e) => e.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  if (Number(n) > 0) return;
  const rows = catalogueRows();
  await db.transaction().execute(async (trx) => {
    for (let i = 0; i < rows.length; i += 500)
      await trx
        .insertInto('kolada_kpi')
        .values(rows.slice(i, i + 500))
        .onConflict((oc) => oc.column('id').doNothing())
        .execute();
  });
}

/** Loads the KPI catalogue into an empty kolada_kpi table, once per process and database. */
export function ensureCatalogue(db: Kysely<DB>): Promise<void> {
  let p = loading.get(db);
  if (!p) {
    p = load(db).catch((err) => {
      loading.delete(db);
      throw err;
    });
    loading.set(db, p);
  }
  return p;
}

export interface KpiSummary {
  id: string;
  title: string;
  description: string;
  isDividedByGender: boolean;
  municipalityType: string | null;
  operatingArea: string | null;
  perspective: string | null;
}

export const toKpi = (r: Selectable<KoladaKpiTable>): KpiSummary => ({
  id: r.id,
  title: r.title,
  description: r.description,
  isDividedByGender: r.is_divided_by_gender,
  municipalityType: r.municipality_type,
  operatingArea: r.operating_area,
  perspective: r.perspective,
});

/** KPIs whose id starts with, or whose title contains, the text; an exact id first. */
export async function searchKpis(db: Kysely<DB>, q: string | undefined, limit = 50): Promise<KpiSummary[]> {
  await ensureCatalogue(db);
  const text = (q ?? '').trim();
  let query = db.selectFrom('kolada_kpi').selectAll();
  if (text) query = query.where(sql<boolean>`(id ILIKE ${`${text}%`} OR title ILIKE ${`%${text}%`})`);
  const rows = await query.orderBy(sql`id = upper(${text})`, 'desc').orderBy('title').limit(limit).execute();
  return rows.map(toKpi);
}

export async function findKpi(db: Kysely<DB>, id: string): Promise<KpiSummary | null> {
  await ensureCatalogue(db);
  const r = await db.selectFrom('kolada_kpi').selectAll().where('id', '=', id.trim().toUpperCase()).executeTakeFirst();
  return r ? toKpi(r) : null;
}
