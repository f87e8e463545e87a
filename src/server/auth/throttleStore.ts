// The sign-in counters in the database (migration 0010). Each upsert is one atomic statement,
// so on PostgreSQL as on PGlite parallel attempts get distinct counts and the limit holds; the
// rules and figures are in src/core/auth/throttle.ts.
import { type Kysely, sql } from 'kysely';
import { type Counter, signInLimits, verdict } from '../../core/auth/throttle.js';
import type { DB } from '../db/schema.js';

const ALL_SOURCES = '';
const expired = sql<boolean>`c.window_start <= now() - make_interval(mins => ${signInLimits.windowMinutes})`;

const toCounter = (r: { failures: number; window_start: Date } | undefined): Counter => ({
  failures: r?.failures ?? 0,
  windowStart: r?.window_start ?? new Date(),
});

async function bumpSource(db: Kysely<DB>, source: string): Promise<Counter> {
  const { rows } = await sql<{ failures: number; window_start: Date }>`
    INSERT INTO sign_in_source AS c (source, window_start, failures) VALUES (${source}, now(), 1)
    ON CONFLICT (source) DO UPDATE SET
      failures = CASE WHEN ${expired} THEN 1 ELSE c.failures + 1 END,
      window_start = CASE WHEN ${expired} THEN now() ELSE c.window_start END
    RETURNING failures, window_start`.execute(db);
  return toCounter(rows[0]);
}

async function bumpAccount(db: Kysely<DB>, m: string, email: string, source: string): Promise<Counter> {
  const { rows } = await sql<{ failures: number; window_start: Date }>`
    INSERT INTO sign_in_account AS c (municipality_id, email, source, window_start, failures)
    VALUES (${m}, ${email}, ${source}, now(), 1)
    ON CONFLICT (municipality_id, email, source) DO UPDATE SET
      failures = CASE WHEN ${expired} THEN 1 ELSE c.failures + 1 END,
      window_start = CASE WHEN ${expired} THEN now() ELSE c.window_start END
    RETURNING failures, window_start`.execute(db);
  return toCounter(rows[0]);
}

export type Reservation = { allowed: true; sourceWindow: Date; accountFailures: number } | { allowed: false; minutes: number };

/**
 * Counts the attempt as a failure before its password is verified and says whether it may be
 * verified at all. `accountFailures` are the account's failures from every source so far.
 */
export async function reserveAttempt(db: Kysely<DB>, m: string, email: string, source: string): Promise<Reservation> {
  const key = email.toLowerCase();
  const bySource = await bumpSource(db, source);
  const byAccount = await bumpAccount(db, m, key, source);
  const v = verdict(bySource, byAccount, new Date());
  if (!v.allowed) return v;
  const all = await db
    .selectFrom('sign_in_account as c')
    .select(['failures', sql<boolean>`${expired}`.as('expired')])
    .where('municipality_id', '=', m)
    .where('email', '=', key)
    .where('source', '=', ALL_SOURCES)
    .executeTakeFirst();
  return { allowed: true, sourceWindow: bySource.windowStart, accountFailures: all && !all.expired ? all.failures : 0 };
}

/** A verified failure also counts against the account from every source (which only slows). */
export async function recordFailure(db: Kysely<DB>, m: string, email: string) {
  await bumpAccount(db, m, email.toLowerCase(), ALL_SOURCES);
}

/**
 * A success takes its attempt back from the source (a shared office address is not penalised
 * for people signing in) and clears the account's counters for this source and overall; other
 * sources that failed stay refused. Expired counters are swept on the way.
 */
export async function recordSuccess(db: Kysely<DB>, m: string, email: string, source: string, sourceWindow: Date) {
  const key = email.toLowerCase();
  await db
    .updateTable('sign_in_source')
    .set({ failures: sql`greatest(failures - 1, 0)` })
    .where('source', '=', source)
    // The window as JavaScript read it (to the millisecond): a newer window keeps its count.
    .where('window_start', '>', new Date(sourceWindow.getTime() - 1))
    .where('window_start', '<', new Date(sourceWindow.getTime() + 1))
    .execute();
  await db
    .deleteFrom('sign_in_account')
    .where('municipality_id', '=', m)
    .where('email', '=', key)
    .where('source', 'in', [source, ALL_SOURCES])
    .execute();
  const stale = sql<boolean>`window_start <= now() - make_interval(mins => ${signInLimits.windowMinutes})`;
  await db.deleteFrom('sign_in_source').where(stale).execute();
  await db.deleteFrom('sign_in_account').where(stale).execute();
}
