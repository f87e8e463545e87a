// Stores Kolada values for one municipality: an idempotent upsert into kolada_value, then the
// municipality's own values into the measurements of the indicators that follow those KPIs.
// The same data twice changes nothing: no row, no history, no audit row.
import { randomUUID } from 'node:crypto';
import { type Kysely, sql, type Transaction } from 'kysely';
import type { KoladaRow } from '../../../core/indicators/kolada.js';
import { writeAudit } from '../../audit/log.js';
import type { DB } from '../../db/schema.js';

export interface StoreResult {
  inserted: number;
  updated: number;
  unchanged: number;
  /** The municipality's own values as measurements of its indicators. */
  measurements: { inserted: number; updated: number };
}

export interface StoreOptions {
  /** Rows per statement; each statement stands alone, so others get the database in between. */
  batchSize?: number;
  /** The import job, named in the audit row. */
  importId?: string;
}

export type Progress = (done: number, total: number) => void | Promise<void>;

const keyOf = (r: KoladaRow) => `${r.kpi}|${r.areaCode}|${r.period}|${r.gender}`;

/** One row per key, the last one winning: a statement cannot update the same row twice. */
const unique = (rows: KoladaRow[]) => [...new Map(rows.map((r) => [keyOf(r), r])).values()];

const asJson = (rows: KoladaRow[]) =>
  JSON.stringify(rows.map((r) => ({ k: r.kpi, a: r.areaCode, p: r.period, g: r.gender, v: r.value, c: r.count, s: r.status })));

/** Upserts one batch; a row whose value, count and status are the same is left alone. */
async function upsertBatch(db: Kysely<DB>, m: string, rows: KoladaRow[]) {
  const { rows: out } = await sql<{ inserted: number; updated: number }>`
    WITH up AS (
      INSERT INTO kolada_value (municipality_id, kpi, area_code, period, gender, value, count, status)
      SELECT ${m}::uuid, r.k, r.a, r.p, r.g, r.v, r.c, coalesce(r.s, '')
      FROM json_to_recordset(${asJson(rows)}::json) AS r(k text, a text, p int, g text, v numeric, c int, s text)
      ON CONFLICT (municipality_id, kpi, area_code, period, gender) DO UPDATE
        SET value = excluded.value, count = excluded.count, status = excluded.status
        WHERE (kolada_value.value, kolada_value.count, kolada_value.status)
          IS DISTINCT FROM (excluded.value, excluded.count, excluded.status)
      -- xmax is 0 on a row this statement inserted, not on one it updated.
      RETURNING (xmax = 0) AS fresh
    )
    SELECT count(*) FILTER (WHERE fresh)::int AS inserted, count(*) FILTER (WHERE NOT fresh)::int AS updated FROM up`.execute(db);
  return { inserted: Number(out[0]?.inserted ?? 0), updated: Number(out[0]?.updated ?? 0) };
}

/** The municipality's code and its fullmäktige, where its own Kolada values are measured. */
async function ownPlace(trx: Transaction<DB>, m: string) {
  return trx
    .selectFrom('municipality as mu')
    .leftJoin('org_unit as u', (j) =>
      j
        .onRef('u.municipality_id', '=', 'mu.id')
        .on('u.kind', '=', 'fullmaktige')
        .on('u.parent_id', 'is', null)
        .on('u.closed_on', 'is', null),
    )
    .select(['mu.code', 'u.id as unitId'])
    .where('mu.id', '=', m)
    .executeTakeFirstOrThrow();
}

/** Own values into measurement, for every indicator with that KPI; a changed value gets a
 *  history row. A missing value (null) is no measurement and does not erase one. */
async function syncMeasurements(trx: Transaction<DB>, m: string, rows: KoladaRow[], actorId: string | null) {
  const place = await ownPlace(trx, m);
  const own = rows.filter((r) => r.areaCode === place.code && r.value !== null);
  if (!place.unitId || !own.length) return { inserted: 0, updated: 0, unitId: place.unitId };
  const { rows: out } = await sql<{ inserted: number; updated: number }>`
    WITH src AS (
      SELECT i.id AS indicator_id, r.p::text AS period, r.g AS gender, r.v AS value
      FROM json_to_recordset(${asJson(own)}::json) AS r(k text, p int, g text, v numeric)
      JOIN indicator i ON i.municipality_id = ${m}::uuid AND i.kolada_kpi = r.k
    ), changed AS (
      SELECT ms.id, ms.value AS before, ms.comment, s.value AS after
      FROM measurement ms JOIN src s ON ms.indicator_id = s.indicator_id AND ms.period = s.period AND ms.gender = s.gender
      WHERE ms.municipality_id = ${m}::uuid AND ms.org_unit_id = ${place.unitId}::uuid AND ms.value IS DISTINCT FROM s.value
    ), history AS (
      INSERT INTO measurement_history (municipality_id, measurement_id, value_before, value_after, comment_before, comment_after, source, changed_by)
      SELECT ${m}::uuid, id, before, after, comment, comment, 'kolada', ${actorId}::uuid FROM changed
    ), up AS (
      INSERT INTO measurement (municipality_id, indicator_id, org_unit_id, period, gender, value, source, updated_by)
      SELECT ${m}::uuid, indicator_id, ${place.unitId}::uuid, period, gender, value, 'kolada', ${actorId}::uuid FROM src
      ON CONFLICT (municipality_id, indicator_id, org_unit_id, period, gender) DO UPDATE
        SET value = excluded.value, source = 'kolada', version = measurement.version + 1, updated_by = excluded.updated_by, updated_at = now()
        WHERE measurement.value IS DISTINCT FROM excluded.value
      RETURNING (xmax = 0) AS fresh
    )
    SELECT count(*) FILTER (WHERE fresh)::int AS inserted, count(*) FILTER (WHERE NOT fresh)::int AS updated FROM up`.execute(trx);
  return { inserted: Number(out[0]?.inserted ?? 0), updated: Number(out[0]?.updated ?? 0), unitId: place.unitId };
}

/** What the audit row says about an import: counts and what it covered, not every value. */
function summary(rows: KoladaRow[], r: StoreResult) {
  const kpis = [...new Set(rows.map((x) => x.kpi))];
  let [first, last] = [Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY];
  for (const x of rows) [first, last] = [Math.min(first, x.period), Math.max(last, x.period)];
  return {
    values: { inserted: r.inserted, updated: r.updated, unchanged: r.unchanged },
    measurements: r.measurements,
    kpis: kpis.slice(0, 50),
    kpiCount: kpis.length,
    areaCount: new Set(rows.map((x) => x.areaCode)).size,
    years: rows.length ? [first, last] : [],
  };
}

export async function storeValues(
  db: Kysely<DB>,
  municipalityId: string,
  input: KoladaRow[],
  actorId: string | null,
  onProgress?: Progress,
  opts: StoreOptions = {},
): Promise<StoreResult> {
  const rows = unique(input);
  const size = opts.batchSize ?? 1000;
  const result: StoreResult = { inserted: 0, updated: 0, unchanged: 0, measurements: { inserted: 0, updated: 0 } };
  for (let i = 0; i < rows.length; i += size) {
    const r = await upsertBatch(db, municipalityId, rows.slice(i, i + size));
    result.inserted += r.inserted;
    result.updated += r.updated;
    await onProgress?.(Math.min(i + size, rows.length), rows.length);
  }
  result.unchanged = rows.length - result.inserted - result.updated;
  // Measurements are the municipality's own data: they change together with their audit row.
  await db.transaction().execute(async (trx) => {
    const ms = await syncMeasurements(trx, municipalityId, rows, actorId);
    result.measurements = { inserted: ms.inserted, updated: ms.updated };
    if (result.inserted + result.updated + ms.inserted + ms.updated === 0) return;
    await writeAudit(trx, {
      municipalityId,
      actorId,
      action: 'import',
      entityType: 'kolada_import',
      entityId: opts.importId ?? randomUUID(),
      orgUnitId: ms.unitId,
      after: summary(rows, result),
    });
  });
  return result;
}
