// A person changes their own password (decision 0003): the current one is checked under the
// same throttling as signing in, the new one against the policy; their other sessions end.
import type { Kysely } from 'kysely';
import { throttledMessage } from '../../core/auth/throttle.js';
import { fail } from '../../core/errors.js';
import { writeAudit } from '../audit/log.js';
import type { DB } from '../db/schema.js';
import type { Caller } from './caller.js';
import { hashChosenPassword, verifyPassword } from './passwords.js';
import { endSessionsOf } from './sessions.js';
import { recordFailure, recordSuccess, reserveAttempt } from './throttleStore.js';

export interface OwnPasswordInput {
  currentPassword: string;
  newPassword: string;
}

const fieldError = (field: string, message: string) => fail('validation', message, { fields: [{ field, message }] });

export async function changeOwnPassword(db: Kysely<DB>, caller: Caller, input: OwnPasswordInput, source: string) {
  const m = caller.municipalityId;
  const reservation = await reserveAttempt(db, m, caller.email, source);
  if (!reservation.allowed) throw fail('throttled', throttledMessage(reservation.minutes));
  const person = await db
    .selectFrom('person')
    .select(['password_hash'])
    .where('municipality_id', '=', m)
    .where('id', '=', caller.personId)
    .executeTakeFirstOrThrow();
  if (!(await verifyPassword(person.password_hash, input.currentPassword))) {
    await recordFailure(db, m, caller.email);
    throw fieldError('currentPassword', 'Det nuvarande lösenordet stämmer inte.');
  }
  await recordSuccess(db, m, caller.email, source, reservation.sourceWindow);
  if (input.newPassword === input.currentPassword)
    throw fieldError('newPassword', 'Det nya lösenordet måste skilja sig från det nuvarande.');
  const hash = await hashChosenPassword(input.newPassword, caller, 'newPassword');
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('person')
      .set((eb) => ({ password_hash: hash, version: eb('version', '+', 1), updated_at: new Date() }))
      .where('municipality_id', '=', m)
      .where('id', '=', caller.personId)
      .execute();
    await endSessionsOf(trx, m, caller.personId, caller.sessionId);
    await writeAudit(trx, {
      municipalityId: m,
      actorId: caller.personId,
      action: 'password_change',
      entityType: 'person',
      entityId: caller.personId,
      after: { passwordChanged: true, otherSessionsEnded: true, source },
    });
  });
}
