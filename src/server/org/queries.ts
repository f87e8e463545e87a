// SQL of the organisation area.
import { sql, type Kysely, type Transaction } from 'kysely';
import type { OrgUnit } from '../../core/org/schemas.js';
import type { OrgUnitKind } from '../../core/org/kinds.js';
import type { DB } from '../db/schema.js';

type Q = Kysely<DB> | Transaction<DB>;

export const unitColumns = ['id', 'kind', 'name', 'short_name', 'parent_id', 'opened_on', 'closed_on', 'version'] as const;

export interface UnitRow {
  id: string;
  kind: string;
  name: string;
  short_name: string | null;
  parent_id: string | null;
  opened_on: string;
  closed_on: string | null;
  version: number;
}

export const toUnit = (r: UnitRow): OrgUnit => ({
  id: r.id,
  kind: r.kind as OrgUnitKind,
  name: r.name,
  shortName: r.short_name,
  parentId: r.parent_id,
  openedOn: r.opened_on,
  closedOn: r.closed_on,
  version: r.version,
});

export async function findUnit(db: Q, municipalityId: string, id: string): Promise<UnitRow | undefined> {
  return db
    .selectFrom('org_unit')
    .select(unitColumns)
    .where('municipality_id', '=', municipalityId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function listUnits(db: Q, municipalityId: string, includeClosed: boolean) {
  let q = db.selectFrom('org_unit').select(unitColumns).where('municipality_id', '=', municipalityId);
  if (!includeClosed) q = q.where('closed_on', 'is', null);
  return q.orderBy('name').execute();
}

export async function childUnits(db: Q, municipalityId: string, parentId: string) {
  return db
    .selectFrom('org_unit')
    .select(unitColumns)
    .where('municipality_id', '=', municipalityId)
    .where('parent_id', '=', parentId)
    .orderBy('name')
    .execute();
}

export async function countOpen(db: Q, municipalityId: string, where: { kind?: string; parentId?: string }, except?: string) {
  let q = db
    .selectFrom('org_unit')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('municipality_id', '=', municipalityId)
    .where('closed_on', 'is', null);
  if (where.kind) q = q.where('kind', '=', where.kind);
  if (where.parentId) q = q.where('parent_id', '=', where.parentId);
  if (except) q = q.where('id', '!=', except);
  return Number((await q.executeTakeFirstOrThrow()).n);
}

export async function subtreeIds(db: Q, municipalityId: string, rootId: string): Promise<Set<string>> {
  const { rows } = await sql<{ id: string }>`WITH RECURSIVE t(id) AS (
      SELECT ${rootId}::uuid
      UNION
      SELECT u.id FROM org_unit u JOIN t ON u.parent_id = t.id WHERE u.municipality_id = ${municipalityId}
    ) SELECT id FROM t`.execute(db);
  return new Set(rows.map((r) => r.id));
}

export async function ancestors(db: Q, municipalityId: string, id: string) {
  const { rows } = await sql<{
    id: string;
    name: string;
    kind: string;
    depth: number;
  }>`WITH RECURSIVE anc(id, parent_id, name, kind, depth) AS (
      SELECT id, parent_id, name, kind, 0 FROM org_unit WHERE municipality_id = ${municipalityId} AND id = ${id}
      UNION ALL
      SELECT o.id, o.parent_id, o.name, o.kind, a.depth + 1 FROM org_unit o JOIN anc a ON o.id = a.parent_id
      WHERE o.municipality_id = ${municipalityId}
    ) SELECT id, name, kind, depth FROM anc WHERE depth > 0 ORDER BY depth DESC`.execute(db);
  return rows.map((r) => ({ id: r.id, name: r.name, kind: r.kind as OrgUnitKind }));
}

export async function placements(db: Q, municipalityId: string, unitId: string) {
  return db
    .selectFrom('org_unit_placement as p')
    .leftJoin('org_unit as parent', (j) =>
      j.onRef('parent.municipality_id', '=', 'p.municipality_id').onRef('parent.id', '=', 'p.parent_id'),
    )
    .select(['p.parent_id', 'parent.name as parent_name', 'p.valid_from', 'p.valid_to'])
    .where('p.municipality_id', '=', municipalityId)
    .where('p.org_unit_id', '=', unitId)
    .orderBy('p.valid_from')
    .execute();
}
