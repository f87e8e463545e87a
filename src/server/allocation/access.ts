// Rights on the allocation model, from the caller's roles and where they sit in the tree.
import type { Kysely, Transaction } from 'kysely';
import { canEditAllocation } from '../../core/allocation/rights.js';
import { fail } from '../../core/errors.js';
import type { Role } from '../../core/org/kinds.js';
import type { Caller } from '../auth/caller.js';
import type { DB } from '../db/schema.js';
import { ancestry } from '../plans/access.js';

export async function mayEditAllocation(db: Kysely<DB> | Transaction<DB>, caller: Caller): Promise<boolean> {
  const lines = await ancestry(
    db,
    caller.municipalityId,
    caller.roles.map((r) => r.orgUnitId),
  );
  const rolesAtCentre = new Set<Role>();
  for (const r of caller.roles) {
    const line = lines.get(r.orgUnitId) ?? [];
    if (line[0]?.kind === 'fullmaktige' || line.some((u) => u.kind === 'kommunstyrelse')) rolesAtCentre.add(r.role);
  }
  return canEditAllocation({ rolesAtCentre, roles: new Set(caller.roles.map((r) => r.role)) });
}

export async function requireEditAllocation(db: Kysely<DB> | Transaction<DB>, caller: Caller) {
  if (!(await mayEditAllocation(db, caller)))
    throw fail(
      'forbidden',
      'Fördelningsmodellen ändras av controller på kommunstyrelsen eller kommunfullmäktige, eller av en administratör.',
    );
}
