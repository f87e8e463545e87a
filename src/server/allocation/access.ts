// Rights on the allocation model: the rule is canEditAllocation in core, asked with the request's
// access context.
import type { Kysely, Transaction } from 'kysely';
import { canEditAllocation } from '../../core/allocation/rights.js';
import { fail } from '../../core/errors.js';
import type { Caller } from '../auth/caller.js';
import { accessOf } from '../auth/context.js';
import type { DB } from '../db/schema.js';

export async function mayEditAllocation(db: Kysely<DB> | Transaction<DB>, caller: Caller): Promise<boolean> {
  return canEditAllocation(await accessOf(db, caller));
}

export async function requireEditAllocation(db: Kysely<DB> | Transaction<DB>, caller: Caller) {
  if (!(await mayEditAllocation(db, caller)))
    throw fail(
      'forbidden',
      'Fördelningsmodellen ändras av controller på kommunstyrelsen eller kommunfullmäktige, eller av en administratör där.',
    );
}
