// The one way to write a row that carries a `version` (decision 0015). The version condition is
// in the statement itself, so the database decides who wins: on PostgreSQL the UPDATE takes the
// row lock, a second writer with the same version waits, then finds the version moved and gets
// zero rows. A check in JavaScript followed by an unconditioned UPDATE lets both win.
//
// The caller checks the right first (403/404 before any 409), reads its audit "before" before
// calling, and writes the parent row here before touching child rows, so a losing writer fails
// before it has changed anything.
import { type Insertable, type Kysely, type Selectable, sql, type Transaction, type Updateable } from 'kysely';
import { fail } from '../../core/errors.js';
import type { DB } from './schema.js';

/** Tables whose rows carry a municipality and a version. */
export type VersionedTable = {
  [T in keyof DB]: DB[T] extends { municipality_id: string; version: unknown } ? T : never;
}[keyof DB];

/** The columns naming one row: always the municipality, then its id or its natural key. */
export type RowKey<T extends VersionedTable> = { municipality_id: string } & Partial<Selectable<DB[T]>>;

/** For writes made by the server itself (no version read by a person): the version moves on atomically. */
export const nextVersion = sql<number>`version + 1`;

// Kysely cannot type a query over "any versioned table"; the exported signatures keep callers typed.
// biome-ignore lint/suspicious/noExplicitAny: see above
type Loose = Kysely<any>;
// biome-ignore lint/suspicious/noExplicitAny: see above
type AnyQuery = any;

function whereKey(q: AnyQuery, key: Record<string, unknown>): AnyQuery {
  let out = q;
  for (const [column, value] of Object.entries(key)) out = out.where(column, '=', value);
  return out;
}

/**
 * Why zero rows: a row that is not there (deleted meanwhile, or never in this municipality) is
 * 404; a row that is there has moved on from the version the caller read, 409.
 */
async function refusal<T extends VersionedTable>(trx: Transaction<DB>, table: T, key: RowKey<T>) {
  const q = (trx as unknown as Loose).selectFrom(table as string).select(sql`1`.as('one'));
  const found = await whereKey(q, key).executeTakeFirst();
  return found ? fail('stale_version') : fail('not_found');
}

/** UPDATE … SET values, version = version + 1 WHERE key AND version = expected RETURNING *. */
export async function updateVersioned<T extends VersionedTable>(
  trx: Transaction<DB>,
  table: T,
  key: RowKey<T>,
  expected: number,
  values: Updateable<DB[T]>,
): Promise<Selectable<DB[T]>> {
  const q = (trx as unknown as Loose)
    .updateTable(table as string)
    .set({ ...(values as object), version: nextVersion })
    .where('version', '=', expected);
  const row = await whereKey(q, key).returningAll().executeTakeFirst();
  if (!row) throw await refusal(trx, table, key);
  return row as Selectable<DB[T]>;
}

/** DELETE … WHERE key AND version = expected RETURNING *. */
export async function deleteVersioned<T extends VersionedTable>(
  trx: Transaction<DB>,
  table: T,
  key: RowKey<T>,
  expected: number,
): Promise<Selectable<DB[T]>> {
  const q = (trx as unknown as Loose).deleteFrom(table as string).where('version', '=', expected);
  const row = await whereKey(q, key).returningAll().executeTakeFirst();
  if (!row) throw await refusal(trx, table, key);
  return row as Selectable<DB[T]>;
}

/**
 * SELECT … WHERE key AND version = expected FOR UPDATE: holds the row at the version read, for a
 * delete that must first clear the rows pointing at it (a writer racing it waits, then fails).
 */
export async function lockVersioned<T extends VersionedTable>(
  trx: Transaction<DB>,
  table: T,
  key: RowKey<T>,
  expected: number,
): Promise<Selectable<DB[T]>> {
  const q = (trx as unknown as Loose)
    .selectFrom(table as string)
    .selectAll()
    .where('version', '=', expected)
    .forUpdate();
  const row = await whereKey(q, key).executeTakeFirst();
  if (!row) throw await refusal(trx, table, key);
  return row as Selectable<DB[T]>;
}

/**
 * A row that version 0 means "not created yet" (settings, a unit's figure for a year): version 0
 * inserts, ON CONFLICT DO NOTHING, so of two first saves one creates and the other gets 409;
 * any other version updates as above.
 */
export async function saveVersioned<T extends VersionedTable>(
  trx: Transaction<DB>,
  table: T,
  key: RowKey<T>,
  expected: number,
  values: Updateable<DB[T]>,
): Promise<{ row: Selectable<DB[T]>; created: boolean }> {
  if (expected !== 0) return { row: await updateVersioned(trx, table, key, expected, values), created: false };
  const row = await (trx as unknown as Loose)
    .insertInto(table as string)
    .values({ ...values, ...key } as Insertable<DB[T]>)
    .onConflict((oc) => oc.columns(Object.keys(key)).doNothing())
    .returningAll()
    .executeTakeFirst();
  if (!row) throw fail('stale_version');
  return { row: row as Selectable<DB[T]>, created: true };
}
