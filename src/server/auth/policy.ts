// Authorization on the org subtree: a role held on a unit reaches the unit and all below it.
import { sql, type Kysely, type RawBuilder } from 'kysely';
import { fail } from '../../core/errors.js';
import { type Permission, permissions } from '../../core/auth/permissions.js';
import type { DB } from '../db/schema.js';
import type { Caller } from './caller.js';

export function requireCaller(caller: Caller | null): Caller {
  if (!caller) throw fail('unauthenticated');
  return caller;
}

const activeRole = sql`ra.valid_from <= current_date AND (ra.valid_to IS NULL OR ra.valid_to >= current_date)`;

/** SQL that yields the ids of every org unit where the caller holds the permission. */
export function unitsWhere(caller: Caller, permission: Permission): RawBuilder<{ id: string }> {
  const roleList = [...permissions[permission]];
  return sql<{ id: string }>`WITH RECURSIVE scope(id) AS (
      SELECT ra.org_unit_id FROM role_assignment ra
      WHERE ra.municipality_id = ${caller.municipalityId} AND ra.person_id = ${caller.personId}
        AND ra.role = ANY(${roleList}::text[]) AND ${activeRole}
      UNION
      SELECT u.id FROM org_unit u JOIN scope s ON u.parent_id = s.id
      WHERE u.municipality_id = ${caller.municipalityId}
    ) SELECT id FROM scope`;
}

/** Whether the caller holds the permission on the unit (through the unit or any ancestor). */
export async function holdsOn(db: Kysely<DB>, caller: Caller, permission: Permission, unitId: string): Promise<boolean> {
  const roleList = [...permissions[permission]];
  const { rows } = await sql<{ ok: boolean }>`WITH RECURSIVE anc(id, parent_id) AS (
      SELECT id, parent_id FROM org_unit WHERE municipality_id = ${caller.municipalityId} AND id = ${unitId}
      UNION
      SELECT o.id, o.parent_id FROM org_unit o JOIN anc a ON o.id = a.parent_id
      WHERE o.municipality_id = ${caller.municipalityId}
    ) SELECT EXISTS (
      SELECT 1 FROM role_assignment ra JOIN anc ON ra.org_unit_id = anc.id
      WHERE ra.municipality_id = ${caller.municipalityId} AND ra.person_id = ${caller.personId}
        AND ra.role = ANY(${roleList}::text[]) AND ${activeRole}
    ) AS ok`.execute(db);
  return rows[0]?.ok === true;
}

export async function requireOn(db: Kysely<DB>, caller: Caller, permission: Permission, unitId: string) {
  if (!(await holdsOn(db, caller, permission, unitId))) throw fail('forbidden');
}

/** Whether the caller holds the permission on some unit at all. */
export const holdsAnywhere = (caller: Caller, permission: Permission) =>
  caller.roles.some((r) => (permissions[permission] as readonly string[]).includes(r.role));

export function requireAnywhere(caller: Caller, permission: Permission) {
  if (!holdsAnywhere(caller, permission)) throw fail('forbidden');
}
