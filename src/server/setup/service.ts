// First start of a production installation: one administrator, from the environment or
// through a one-time link printed on the console.
import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { fail } from '../../core/errors.js';
import { writeAudit } from '../audit/log.js';
import { hashChosenPassword } from '../auth/passwords.js';
import type { DB } from '../db/schema.js';

const hashToken = (t: string) => createHash('sha256').update(t).digest('base64url');

export interface FirstAdmin {
  municipalityCode: string;
  municipalityName: string;
  name: string;
  email: string;
  password: string;
}

export async function hasUsers(db: Kysely<DB>): Promise<boolean> {
  const row = await db.selectFrom('person').select('id').where('password_hash', 'is not', null).limit(1).executeTakeFirst();
  return row !== undefined;
}

/** Creates the municipality, its fullmäktige as the root of the tree, and an admin on it. */
export async function insertMunicipalityWithAdmin(trx: Kysely<DB>, input: Omit<FirstAdmin, 'password'> & { passwordHash: string }) {
  if (await trx.selectFrom('municipality').select('id').where('code', '=', input.municipalityCode).executeTakeFirst()) {
    throw fail('conflict', 'Kommunkoden används redan.', { fields: [{ field: 'municipalityCode', message: 'Används redan.' }] });
  }
  const m = await trx
    .insertInto('municipality')
    .values({ code: input.municipalityCode, name: input.municipalityName })
    .returning('id')
    .executeTakeFirstOrThrow();
  const kf = await trx
    .insertInto('org_unit')
    .values({ municipality_id: m.id, kind: 'fullmaktige', name: 'Kommunfullmäktige', short_name: 'KF' })
    .returning(['id', 'opened_on'])
    .executeTakeFirstOrThrow();
  await trx
    .insertInto('org_unit_placement')
    .values({ municipality_id: m.id, org_unit_id: kf.id, parent_id: null, valid_from: kf.opened_on, valid_to: null })
    .execute();
  const p = await trx
    .insertInto('person')
    .values({ municipality_id: m.id, name: input.name, email: input.email, password_hash: input.passwordHash })
    .returning('id')
    .executeTakeFirstOrThrow();
  await trx
    .insertInto('role_assignment')
    .values({ municipality_id: m.id, person_id: p.id, org_unit_id: kf.id, role: 'admin', title: 'Systemadministratör' })
    .execute();
  await writeAudit(trx, {
    municipalityId: m.id,
    actorId: p.id,
    action: 'setup',
    entityType: 'municipality',
    entityId: m.id,
    after: { code: input.municipalityCode, name: input.municipalityName, admin: input.email },
  });
  return { municipalityId: m.id, personId: p.id, fullmaktigeId: kf.id };
}

/** The first administrator of an installation without users. */
export async function createFirstAdmin(db: Kysely<DB>, input: FirstAdmin) {
  const { password, ...rest } = input;
  const passwordHash = await hashChosenPassword(password, rest);
  return db.transaction().execute(async (trx) => {
    if (await hasUsers(trx)) throw fail('conflict', 'Installationen har redan en administratör.');
    return insertMunicipalityWithAdmin(trx, { ...rest, passwordHash });
  });
}

export async function issueSetupToken(db: Kysely<DB>): Promise<string> {
  const token = randomBytes(24).toString('base64url');
  await db
    .insertInto('setup_token')
    .values({ id: hashToken(token), expires_at: new Date(Date.now() + 24 * 3_600_000) })
    .execute();
  return token;
}

export async function useSetupToken(db: Kysely<DB>, token: string, input: FirstAdmin) {
  const row = await db.selectFrom('setup_token').selectAll().where('id', '=', hashToken(token)).executeTakeFirst();
  if (!row || row.used_at || row.expires_at < new Date()) {
    throw fail('forbidden', 'Länken för första inloggningen är ogiltig eller förbrukad. Starta om servern för att få en ny.');
  }
  const created = await createFirstAdmin(db, input);
  await db.updateTable('setup_token').set({ used_at: new Date() }).where('id', '=', row.id).execute();
  return created;
}
