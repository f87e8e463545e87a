// Server-side sessions: the cookie holds a random token, the database only its hash.
import { createHash, randomBytes } from 'node:crypto';
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { Kysely, Transaction } from 'kysely';
import type { Role } from '../../core/org/kinds.js';
import type { DB } from '../db/schema.js';
import type { AppEnv } from '../http/context.js';
import { roleActive } from './activeRole.js';
import type { Caller } from './caller.js';

export const SESSION_COOKIE = 'styr_session';
const SESSION_HOURS = 12;

const tokenHash = (token: string) => createHash('sha256').update(token).digest('base64url');

export async function createSession(db: Kysely<DB>, municipalityId: string, personId: string): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await db
    .insertInto('session')
    .values({
      municipality_id: municipalityId,
      id: tokenHash(token),
      person_id: personId,
      expires_at: new Date(Date.now() + SESSION_HOURS * 3_600_000),
    })
    .execute();
  return token;
}

export function setSessionCookie(c: Context<AppEnv>, token: string) {
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'Lax',
    secure: c.get('secureCookies'),
    path: '/',
    maxAge: SESSION_HOURS * 3600,
  });
}

export function clearSessionCookie(c: Context<AppEnv>) {
  deleteCookie(c, SESSION_COOKIE, { path: '/', secure: c.get('secureCookies') });
}

export async function endSession(db: Kysely<DB>, caller: Caller) {
  await db.deleteFrom('session').where('municipality_id', '=', caller.municipalityId).where('id', '=', caller.sessionId).execute();
}

/** Ends the session a browser presents, if any: signing in always starts a new one. */
export async function endPresentedSession(db: Kysely<DB>, c: Context<AppEnv>) {
  const token = getCookie(c, SESSION_COOKIE);
  if (token) await db.deleteFrom('session').where('id', '=', tokenHash(token)).execute();
}

/**
 * Ends every session of a person (password changed, deactivated, a role ended now), except
 * `keep`: the session of someone changing their own password stays signed in.
 */
export async function endSessionsOf(db: Kysely<DB> | Transaction<DB>, municipalityId: string, personId: string, keep?: string) {
  let q = db.deleteFrom('session').where('municipality_id', '=', municipalityId).where('person_id', '=', personId);
  if (keep) q = q.where('id', '!=', keep);
  await q.execute();
}

/** The caller behind the request's cookie, or null; sliding expiry is renewed as it is used. */
export async function callerFromCookie(c: Context<AppEnv>): Promise<Caller | null> {
  const token = getCookie(c, SESSION_COOKIE);
  if (!token) return null;
  const { db } = c.get('database');
  const row = await db
    .selectFrom('session as s')
    .innerJoin('person as p', (j) => j.onRef('p.municipality_id', '=', 's.municipality_id').onRef('p.id', '=', 's.person_id'))
    .select(['s.id as sessionId', 's.municipality_id', 's.person_id', 's.last_seen_at', 'p.name', 'p.email', 'p.active'])
    .where('s.id', '=', tokenHash(token))
    .where('s.expires_at', '>', new Date())
    .executeTakeFirst();
  if (!row?.active) return null;
  if (Date.now() - row.last_seen_at.getTime() > 60_000) {
    await db
      .updateTable('session')
      .set({ last_seen_at: new Date(), expires_at: new Date(Date.now() + SESSION_HOURS * 3_600_000) })
      .where('municipality_id', '=', row.municipality_id)
      .where('id', '=', row.sessionId)
      .execute();
  }
  const roles = await db
    .selectFrom('role_assignment as ra')
    .select(['ra.role', 'ra.org_unit_id', 'ra.title'])
    .where('ra.municipality_id', '=', row.municipality_id)
    .where('ra.person_id', '=', row.person_id)
    .where(roleActive('ra'))
    .execute();
  return {
    sessionId: row.sessionId,
    personId: row.person_id,
    municipalityId: row.municipality_id,
    name: row.name,
    email: row.email,
    roles: roles.map((r) => ({ role: r.role as Role, orgUnitId: r.org_unit_id, title: r.title })),
  };
}
