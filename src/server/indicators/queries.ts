// SQL of the indicator area's reads.
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';

export async function targetsOf(db: Kysely<DB>, m: string, indicatorId: string) {
  const rows = await db
    .selectFrom('indicator_target as t')
    .innerJoin('org_unit as u', (j) => j.onRef('u.municipality_id', '=', 't.municipality_id').onRef('u.id', '=', 't.org_unit_id'))
    .select(['t.id', 't.org_unit_id', 'u.name', 't.period', 't.value', 't.value_high', 't.is_baseline', 't.version'])
    .where('t.municipality_id', '=', m)
    .where('t.indicator_id', '=', indicatorId)
    .orderBy('u.name')
    .orderBy('t.period')
    .execute();
  return rows.map((t) => ({
    id: t.id,
    orgUnitId: t.org_unit_id,
    orgUnitName: t.name,
    period: t.period,
    value: Number(t.value),
    valueHigh: t.value_high === null ? null : Number(t.value_high),
    isBaseline: t.is_baseline,
    version: t.version,
  }));
}

export async function measurementsOf(db: Kysely<DB>, m: string, where: { indicatorId: string; id?: string }) {
  let q = db
    .selectFrom('measurement as v')
    .innerJoin('org_unit as u', (j) => j.onRef('u.municipality_id', '=', 'v.municipality_id').onRef('u.id', '=', 'v.org_unit_id'))
    .leftJoin('person as p', (j) => j.onRef('p.municipality_id', '=', 'v.municipality_id').onRef('p.id', '=', 'v.updated_by'))
    .select([
      'v.id',
      'v.org_unit_id',
      'u.name as unit_name',
      'v.period',
      'v.gender',
      'v.value',
      'v.comment',
      'v.source',
      'v.updated_at',
      'p.name as person_name',
      'v.version',
    ])
    .where('v.municipality_id', '=', m)
    .where('v.indicator_id', '=', where.indicatorId);
  if (where.id) q = q.where('v.id', '=', where.id);
  const rows = await q.orderBy('u.name').orderBy('v.period', 'desc').orderBy('v.gender', 'desc').limit(5000).execute();
  return rows.map((v) => ({
    id: v.id,
    orgUnitId: v.org_unit_id,
    orgUnitName: v.unit_name,
    period: v.period,
    gender: v.gender as 'T' | 'K' | 'M',
    value: v.value === null ? null : Number(v.value),
    comment: v.comment,
    source: v.source,
    updatedAt: v.updated_at.toISOString(),
    updatedBy: v.person_name,
    version: v.version,
  }));
}

export async function historyOf(db: Kysely<DB>, m: string, measurementId: string) {
  const rows = await db
    .selectFrom('measurement_history as h')
    .leftJoin('person as p', (j) => j.onRef('p.municipality_id', '=', 'h.municipality_id').onRef('p.id', '=', 'h.changed_by'))
    .select(['h.id', 'h.value_before', 'h.value_after', 'h.comment_before', 'h.comment_after', 'h.source', 'h.changed_at', 'p.name'])
    .where('h.municipality_id', '=', m)
    .where('h.measurement_id', '=', measurementId)
    .orderBy('h.id', 'desc')
    .execute();
  const n = (v: number | null) => (v === null ? null : Number(v));
  return rows.map((h) => ({
    id: h.id,
    valueBefore: n(h.value_before),
    valueAfter: n(h.value_after),
    commentBefore: h.comment_before,
    commentAfter: h.comment_after,
    source: h.source,
    changedAt: h.changed_at.toISOString(),
    changedBy: h.name,
  }));
}
