// The one per-request access context: the caller's roles (already only those valid now, from the
// session) and the ancestry of the units a request concerns, read once and kept with the caller
// object, which lives exactly as long as its request. The rules are the predicates of
// src/core/auth/access.ts; areas ask through `accessOf` and never walk the tree themselves.
import { type Kysely, sql, type Transaction } from 'kysely';
import type { AccessContext, UnitNode } from '../../core/auth/access.js';
import type { OrgUnitKind } from '../../core/org/kinds.js';
import type { DB } from '../db/schema.js';
import type { Caller } from './caller.js';

type Q = Kysely<DB> | Transaction<DB>;

/** Each given unit with its ancestors, nearest first (the unit itself at index 0); unknown ids are left out. */
export async function ancestry(db: Q, municipalityId: string, unitIds: string[]): Promise<Map<string, UnitNode[]>> {
  const result = new Map<string, UnitNode[]>();
  if (unitIds.length === 0) return result;
  const { rows } = await sql<{ start: string; id: string; kind: string; parent_id: string | null; depth: number }>`
    WITH RECURSIVE a(start, id, kind, parent_id, depth) AS (
      SELECT id, id, kind, parent_id, 0 FROM org_unit WHERE municipality_id = ${municipalityId} AND id = ANY(${unitIds}::uuid[])
      UNION ALL
      SELECT a.start, o.id, o.kind, o.parent_id, a.depth + 1 FROM org_unit o JOIN a ON o.id = a.parent_id
      WHERE o.municipality_id = ${municipalityId}
    ) SELECT start, id, kind, parent_id, depth FROM a ORDER BY start, depth`.execute(db);
  for (const r of rows)
    result.set(r.start, [...(result.get(r.start) ?? []), { id: r.id, kind: r.kind as OrgUnitKind, parentId: r.parent_id }]);
  return result;
}

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const lines = new WeakMap<Caller, Map<string, UnitNode[] | null>>();

/**
 * The caller's access context, holding the lines of their role units and of `unitIds`. Lines
 * already read for this caller are not read again; a unit not in the caller's municipality (or
 * not a unit at all) gets no line, so no rule grants anything on it.
 */
export async function accessOf(db: Q, caller: Caller, unitIds: readonly (string | null | undefined)[] = []): Promise<AccessContext> {
  let known = lines.get(caller);
  if (!known) {
    known = new Map();
    lines.set(caller, known);
  }
  const wanted = [...new Set([...caller.roles.map((r) => r.orgUnitId), ...unitIds])].filter(
    (id): id is string => typeof id === 'string' && !known.has(id),
  );
  const valid = wanted.filter((id) => uuid.test(id));
  const found = await ancestry(db, caller.municipalityId, valid);
  for (const id of wanted) known.set(id, found.get(id) ?? null);
  const map = new Map<string, UnitNode[]>();
  for (const [id, line] of known) if (line) map.set(id, line);
  return { personId: caller.personId, roles: caller.roles, ancestry: map };
}
