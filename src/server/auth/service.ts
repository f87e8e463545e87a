// Signing in and out (decision 0003).
import { setTimeout as sleep } from 'node:timers/promises';
import { type Kysely, sql } from 'kysely';
import { slowdownMs, throttledMessage } from '../../core/auth/throttle.js';
import { fail } from '../../core/errors.js';
import { writeAudit } from '../audit/log.js';
import type { DB } from '../db/schema.js';
import type { Caller } from './caller.js';
import { verifyPassword } from './passwords.js';
import { createSession, endSession } from './sessions.js';
import { recordFailure, recordSuccess, reserveAttempt } from './throttleStore.js';

export interface LoginInput {
  municipality: string;
  email: string;
  password: string;
}

const findPerson = (db: Kysely<DB>, m: string, email: string) =>
  db
    .selectFrom('person')
    .select(['id', 'password_hash', 'active'])
    .where('municipality_id', '=', m)
    .where(sql<boolean>`lower(email) = lower(${email})`)
    .executeTakeFirst();

/** The audit row of a refused sign-in: the e-mail as entered and the source, never the password. */
const auditFailure = (db: Kysely<DB>, m: string, personId: string | undefined, email: string, source: string, reason: string) =>
  writeAudit(db, {
    municipalityId: m,
    actorId: null,
    action: 'login_failed',
    entityType: 'person',
    entityId: personId ?? email,
    after: { email, source, reason },
  });

/**
 * Signs in: the attempt is counted before the password is verified, so the counters refuse an
 * attempt past the limit without verifying it (and parallel attempts cannot slip past).
 */
export async function login(db: Kysely<DB>, input: LoginInput, source: string): Promise<{ token: string; personId: string }> {
  const municipality = await db.selectFrom('municipality').select('id').where('code', '=', input.municipality).executeTakeFirst();
  if (!municipality)
    throw fail('validation', 'Kommunen finns inte.', { fields: [{ field: 'municipality', message: 'Välj en kommun i listan.' }] });
  const m = municipality.id;
  const person = await findPerson(db, m, input.email);
  const reservation = await reserveAttempt(db, m, input.email, source);
  if (!reservation.allowed) {
    await auditFailure(db, m, person?.id, input.email, source, 'throttled');
    throw fail('throttled', throttledMessage(reservation.minutes));
  }
  const wait = slowdownMs(reservation.accountFailures);
  if (wait > 0) await sleep(wait);
  const valid = (await verifyPassword(person?.password_hash ?? null, input.password)) && person?.active === true;
  if (!valid || !person) {
    await recordFailure(db, m, input.email);
    await auditFailure(db, m, person?.id, input.email, source, 'bad_credentials');
    throw fail('bad_credentials');
  }
  await recordSuccess(db, m, input.email, source, reservation.sourceWindow);
  const token = await createSession(db, m, person.id);
  await writeAudit(db, {
    municipalityId: m,
    actorId: person.id,
    action: 'login',
    entityType: 'session',
    entityId: person.id,
    after: { source },
  });
  return { token, personId: person.id };
}

export async function logout(db: Kysely<DB>, caller: Caller) {
  await db.transaction().execute(async (trx) => {
    await endSession(trx, caller);
    await writeAudit(trx, {
      municipalityId: caller.municipalityId,
      actorId: caller.personId,
      action: 'logout',
      entityType: 'session',
      entityId: caller.personId,
    });
  });
}
