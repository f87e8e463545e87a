// SQL of the budget area.
import { type Kysely, sql, type Transaction } from 'kysely';
import type { TreeUnit } from '../../core/budget/distribution.js';
import type { Frame } from '../../core/budget/frames.js';
import { type FrameKind, frameBodyKinds, type VersionKind, type VersionStatus } from '../../core/budget/kinds.js';
import { inForce } from '../../core/budget/lifecycle.js';
import type { Body, BudgetVersion } from '../../core/budget/schemas.js';
import { fail } from '../../core/errors.js';
import type { OrgUnitKind } from '../../core/org/kinds.js';
import type { DB } from '../db/schema.js';

export type Q = Kysely<DB> | Transaction<DB>;

const order: Record<string, number> = { kommunstyrelse: 0, namnd: 1, bolag: 2 };

/** KS, the nämnder and the bolag: the bodies that get frames, KS first, then by name. */
export async function listBodies(db: Q, m: string): Promise<Body[]> {
  const rows = await db
    .selectFrom('org_unit')
    .select(['id', 'name', 'kind'])
    .where('municipality_id', '=', m)
    .where('kind', 'in', [...frameBodyKinds])
    .where('closed_on', 'is', null)
    .orderBy('name')
    .execute();
  return rows
    .map((r) => ({ id: r.id, name: r.name, kind: r.kind as OrgUnitKind }))
    .sort((a, b) => (order[a.kind] ?? 9) - (order[b.kind] ?? 9) || a.name.localeCompare(b.name, 'sv'));
}

type VersionRow = {
  id: string;
  budget_year: number;
  seq: number;
  kind: string;
  title: string;
  status: string;
  decided_on: string | null;
  decided_by: string | null;
  diarienummer: string | null;
  based_on_id: string | null;
  source_scenario_id: string | null;
  source_scenario_version: number | null;
  source_scenario_name: string | null;
  version: number;
};

const versionColumns = [
  'id',
  'budget_year',
  'seq',
  'kind',
  'title',
  'status',
  'decided_on',
  'decided_by',
  'diarienummer',
  'based_on_id',
  'source_scenario_id',
  'source_scenario_version',
  'source_scenario_name',
  'version',
] as const;

const toVersion = (r: VersionRow, inForceId: string | null): BudgetVersion => ({
  id: r.id,
  budgetYear: r.budget_year,
  seq: r.seq,
  kind: r.kind as VersionKind,
  title: r.title,
  status: r.status as VersionStatus,
  decidedOn: r.decided_on,
  decidedBy: r.decided_by,
  diarienummer: r.diarienummer,
  basedOnId: r.based_on_id,
  sourceScenario:
    r.source_scenario_name === null
      ? null
      : { id: r.source_scenario_id, name: r.source_scenario_name, version: r.source_scenario_version ?? 0 },
  inForce: r.id === inForceId,
  version: r.version,
});

/** A year's versions in the order they were made, the one in force marked. */
export async function versionsOfYear(db: Q, m: string, year: number): Promise<BudgetVersion[]> {
  const rows = await db
    .selectFrom('budget_version')
    .select(versionColumns)
    .where('municipality_id', '=', m)
    .where('budget_year', '=', year)
    .orderBy('seq')
    .execute();
  const lines = rows.map((r) => toVersion(r, null));
  const current = inForce(lines);
  return lines.map((v) => ({ ...v, inForce: v.id === current?.id }));
}

export async function mustFindVersion(db: Q, m: string, id: string): Promise<BudgetVersion> {
  const row = await db
    .selectFrom('budget_version')
    .select(versionColumns)
    .where('municipality_id', '=', m)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw fail('not_found', 'Budgetversionen finns inte.');
  return (await versionsOfYear(db, m, row.budget_year)).find((v) => v.id === id) as BudgetVersion;
}

export async function framesOf(db: Q, m: string, versionId: string): Promise<Frame[]> {
  const rows = await db
    .selectFrom('budget_frame')
    .select(['org_unit_id', 'kind', 'year', 'amount_kr'])
    .where('municipality_id', '=', m)
    .where('version_id', '=', versionId)
    .orderBy('year')
    .execute();
  return rows.map((r) => ({ orgUnitId: r.org_unit_id, kind: r.kind as FrameKind, year: r.year, amountKr: Number(r.amount_kr) }));
}

/** A body's open units below it (itself included), for its internal distribution. */
export async function subtreeOf(db: Q, m: string, rootId: string): Promise<TreeUnit[]> {
  const { rows } = await sql<{ id: string; name: string; kind: string; parent_id: string | null }>`
    WITH RECURSIVE t(id, name, kind, parent_id) AS (
      SELECT id, name, kind, parent_id FROM org_unit WHERE municipality_id = ${m} AND id = ${rootId}
      UNION ALL
      SELECT u.id, u.name, u.kind, u.parent_id FROM org_unit u JOIN t ON u.parent_id = t.id
      WHERE u.municipality_id = ${m} AND u.closed_on IS NULL
    ) SELECT id, name, kind, parent_id FROM t`.execute(db);
  return rows
    .map((r) => ({ id: r.id, name: r.name, kind: r.kind as OrgUnitKind, parentId: r.id === rootId ? null : r.parent_id }))
    .sort((a, b) => a.name.localeCompare(b.name, 'sv'));
}

export async function mustFindBody(db: Q, m: string, id: string, kinds: readonly string[]): Promise<Body> {
  const row = await db
    .selectFrom('org_unit')
    .select(['id', 'name', 'kind'])
    .where('municipality_id', '=', m)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row || !kinds.includes(row.kind)) throw fail('not_found', 'Nämnden finns inte.');
  return { id: row.id, name: row.name, kind: row.kind as OrgUnitKind };
}
