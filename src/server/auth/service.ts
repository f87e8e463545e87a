// Signing in and out.
import { sql, type Kysely } from 'kysely';
import { lockoutMinutesLeft, loginThrottle } from '../../core/auth/throttle.js';
import { fail } from '../../core/errors.js';
import { writeAudit } from '../audit/log.js';
import type { DB } from '../db/schema.js';
import type { Caller } from './caller.js';
import { verifyPassword } from './passwords.js';
import { createSession, endSession } from './sessions.js';

export interface LoginInput {
  municipality: string;
  email: string;
  password: string;
}

export async function login(db: Kysely<DB>, input: LoginInput): Promise<{ token: string; personId: string }> {
  const municipality = await db.selectFrom('municipality').select('id').where('code', '=', input.municipality).executeTakeFirst();
  if (!municipality)
    throw fail('validation', 'Kommunen finns inte.', { fields: [{ field: 'municipality', message: 'Välj en kommun i listan.' }] });
  const m = municipality.id;
  const failures = await db
    .selectFrom('login_attempt')
    .select('attempted_at')
    .where('municipality_id', '=', m)
    .where(sql<boolean>`lower(email) = lower(${input.email})`)
    .where('succeeded', '=', false)
    .where(sql<boolean>`attempted_at > now() - make_interval(mins => ${loginThrottle.windowMinutes})`)
    .execute();
  const wait = lockoutMinutesLeft(
    failures.map((f) => f.attempted_at),
    new Date(),
  );
  if (wait > 0)
    throw fail('throttled', `För många misslyckade inloggningsförsök. Försök igen om ${wait} ${wait === 1 ? 'minut' : 'minuter'}.`);
  const person = await db
    .selectFrom('person')
    .select(['id', 'password_hash', 'active'])
    .where('municipality_id', '=', m)
    .where(sql<boolean>`lower(email) = lower(${input.email})`)
    .executeTakeFirst();
  const valid = (await verifyPassword(person?.password_hash ?? null, input.password)) && person?.active === true;
  await db.insertInto('login_attempt').values({ municipality_id: m, email: input.email, succeeded: valid }).execute();
  if (!valid || !person) throw fail('bad_credentials');
  const token = await createSession(db, m, person.id);
  await writeAudit(db, { municipalityId: m, actorId: person.id, action: 'login', entityType: 'session', entityId: person.id });
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
