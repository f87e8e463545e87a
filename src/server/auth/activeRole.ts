// When a role assignment applies (decision 0003): from valid_from (inclusive) until valid_to,
// the first day it no longer applies (exclusive). Ending a role with today's date therefore
// ends it now. Every query that asks whether a role holds uses this one condition.
import { type RawBuilder, sql } from 'kysely';

/**
 * SQL true when the role_assignment row `alias` applies on `day` (an ISO date), or today by
 * the database's clock when no day is given.
 */
export function roleActive(alias: string, day?: string): RawBuilder<boolean> {
  const on = day === undefined ? sql`current_date` : sql`${day}::date`;
  const from = sql.ref(`${alias}.valid_from`);
  const to = sql.ref(`${alias}.valid_to`);
  return sql<boolean>`(${from} <= ${on} AND (${to} IS NULL OR ${to} > ${on}))`;
}
