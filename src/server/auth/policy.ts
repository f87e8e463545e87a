// Authorization on the org subtree: a role held on a unit reaches the unit and all below it. The
// rules are the predicates of src/core/auth/access.ts, asked with the request's access context.
import { type Kysely, type RawBuilder, sql, type Transaction } from 'kysely';
import { holdsAnywhere as heldAnywhere, holds, holdsAtCentre } from '../../core/auth/access.js';
import { type Permission, permissions } from '../../core/auth/permissions.js';
import { fail } from '../../core/errors.js';
import type { DB } from '../db/schema.js';
import type { Caller } from './caller.js';
import { accessOf } from './context.js';

type Q = Kysely<DB> | Transaction<DB>;

export function requireCaller(caller: Caller | null): Caller {
  if (!caller) throw fail('unauthenticated');
  return caller;
}

/**
 * SQL that yields the ids of every org unit where the caller holds the permission: the subtrees
 * of the caller's roles (which the session already limited to those valid now) that grant it.
 */
export function unitsWhere(caller: Caller, permission: Permission): RawBuilder<{ id: string }> {
  const roots = caller.roles.filter((r) => (permissions[permission] as readonly string[]).includes(r.role)).map((r) => r.orgUnitId);
  return sql<{ id: string }>`WITH RECURSIVE scope(id) AS (
      SELECT id FROM org_unit WHERE municipality_id = ${caller.municipalityId} AND id = ANY(${roots}::uuid[])
      UNION
      SELECT u.id FROM org_unit u JOIN scope s ON u.parent_id = s.id
      WHERE u.municipality_id = ${caller.municipalityId}
    ) SELECT id FROM scope`;
}

/** Whether the caller holds the permission on the unit (through the unit or any ancestor). */
export async function holdsOn(db: Q, caller: Caller, permission: Permission, unitId: string): Promise<boolean> {
  return holds(await accessOf(db, caller, [unitId]), permission, unitId);
}

export async function requireOn(db: Q, caller: Caller, permission: Permission, unitId: string, message?: string) {
  if (!(await holdsOn(db, caller, permission, unitId))) throw fail('forbidden', message);
}

/** Whether the caller holds the permission at the centre (fullmäktige, or the kommunstyrelse's part of the tree). */
export async function holdsCentrally(db: Q, caller: Caller, permission: Permission): Promise<boolean> {
  return holdsAtCentre(await accessOf(db, caller), permission);
}

/** Whether the caller holds the permission on some unit at all. */
export const holdsAnywhere = (caller: Caller, permission: Permission) => heldAnywhere(caller.roles, permission);

export function requireAnywhere(caller: Caller, permission: Permission, message?: string) {
  if (!holdsAnywhere(caller, permission)) throw fail('forbidden', message);
}
