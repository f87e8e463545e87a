// People and their role assignments.
import { sql, type Kysely, type Transaction } from 'kysely';
import type { z } from 'zod';
import { fail } from '../../core/errors.js';
import type { Role } from '../../core/org/kinds.js';
import type {
  createPersonInput,
  createRoleAssignmentInput,
  endRoleAssignmentInput,
  Person,
  RoleAssignment,
  updatePersonInput,
} from '../../core/org/schemas.js';
import { writeAudit } from '../audit/log.js';
import type { Caller } from '../auth/caller.js';
import { endSessionsOf } from '../auth/sessions.js';
import { hashChosenPassword } from '../auth/passwords.js';
import { requireAnywhere, requireOn } from '../auth/policy.js';
import type { DB } from '../db/schema.js';
import { updateVersioned } from '../db/versioned.js';

type Q = Kysely<DB> | Transaction<DB>;
const today = () => new Date().toISOString().slice(0, 10);
const personColumns = ['id', 'name', 'email', 'active', 'version'] as const;

const emailTaken = () =>
  fail('conflict', 'E-postadressen används redan av en annan person.', { fields: [{ field: 'email', message: 'Används redan.' }] });

async function emailInUse(db: Q, municipalityId: string, email: string, except?: string) {
  let q = db
    .selectFrom('person')
    .select('id')
    .where('municipality_id', '=', municipalityId)
    .where(sql<boolean>`lower(email) = lower(${email})`);
  if (except) q = q.where('id', '!=', except);
  return (await q.executeTakeFirst()) !== undefined;
}

/** People matching the search, at most `limit` of them, and how many match in all. */
export async function listPeople(db: Q, caller: Caller, q: string | undefined, limit: number): Promise<{ items: Person[]; total: number }> {
  let query = db.selectFrom('person').where('municipality_id', '=', caller.municipalityId);
  if (q) query = query.where(sql<boolean>`(name ILIKE ${`%${q}%`} OR email ILIKE ${`%${q}%`})`);
  const total = Number((await query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  const items = await query.select(personColumns).orderBy('name').limit(limit).execute();
  return { items, total };
}

export async function getPerson(db: Q, caller: Caller, id: string) {
  const person = await db
    .selectFrom('person')
    .select(personColumns)
    .where('municipality_id', '=', caller.municipalityId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!person) throw fail('not_found', 'Personen finns inte.');
  return { ...person, roles: await listAssignments(db, caller.municipalityId, { personId: id }) };
}

const findAssignment = async (db: Q, municipalityId: string, id: string) => (await listAssignments(db, municipalityId, { id }))[0];

export async function listAssignments(
  db: Q,
  municipalityId: string,
  by: { id?: string; personId?: string; orgUnitId?: string },
): Promise<RoleAssignment[]> {
  let q = db
    .selectFrom('role_assignment as ra')
    .innerJoin('person as p', (j) => j.onRef('p.municipality_id', '=', 'ra.municipality_id').onRef('p.id', '=', 'ra.person_id'))
    .innerJoin('org_unit as u', (j) => j.onRef('u.municipality_id', '=', 'ra.municipality_id').onRef('u.id', '=', 'ra.org_unit_id'))
    .select([
      'ra.id',
      'ra.person_id',
      'p.name as person_name',
      'ra.org_unit_id',
      'u.name as unit_name',
      'ra.role',
      'ra.title',
      'ra.valid_from',
      'ra.valid_to',
      'ra.version',
    ])
    .where('ra.municipality_id', '=', municipalityId);
  if (by.id) q = q.where('ra.id', '=', by.id);
  if (by.personId) q = q.where('ra.person_id', '=', by.personId);
  if (by.orgUnitId) q = q.where('ra.org_unit_id', '=', by.orgUnitId);
  const rows = await q
    .orderBy('ra.valid_to', (o) => o.desc().nullsFirst())
    .orderBy('p.name')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    personId: r.person_id,
    personName: r.person_name,
    orgUnitId: r.org_unit_id,
    orgUnitName: r.unit_name,
    role: r.role as Role,
    title: r.title,
    validFrom: r.valid_from,
    validTo: r.valid_to,
    version: r.version,
  }));
}

export async function createPerson(db: Kysely<DB>, caller: Caller, input: z.infer<typeof createPersonInput>) {
  requireAnywhere(caller, 'manageOrg');
  const m = caller.municipalityId;
  const passwordHash = input.password ? await hashChosenPassword(input.password, input) : null;
  return db.transaction().execute(async (trx) => {
    if (await emailInUse(trx, m, input.email)) throw emailTaken();
    const person = await trx
      .insertInto('person')
      .values({ municipality_id: m, name: input.name, email: input.email, password_hash: passwordHash })
      .returning(personColumns)
      .executeTakeFirstOrThrow();
    await writeAudit(trx, {
      municipalityId: m,
      actorId: caller.personId,
      action: 'create',
      entityType: 'person',
      entityId: person.id,
      after: { ...person, passwordSet: !!passwordHash },
    });
    return person;
  });
}

export async function updatePerson(db: Kysely<DB>, caller: Caller, id: string, input: z.infer<typeof updatePersonInput>) {
  requireAnywhere(caller, 'manageOrg');
  const m = caller.municipalityId;
  const passwordHash = input.password ? await hashChosenPassword(input.password, input) : undefined;
  return db.transaction().execute(async (trx) => {
    const before = await trx
      .selectFrom('person')
      .select(personColumns)
      .where('municipality_id', '=', m)
      .where('id', '=', id)
      .executeTakeFirst();
    if (!before) throw fail('not_found', 'Personen finns inte.');
    if (await emailInUse(trx, m, input.email, id)) throw emailTaken();
    if (id === caller.personId && !input.active) {
      throw fail('validation', 'Du kan inte inaktivera dig själv.', {
        fields: [{ field: 'active', message: 'Du kan inte inaktivera dig själv.' }],
      });
    }
    const row = await updateVersioned(trx, 'person', { municipality_id: m, id }, input.version, {
      name: input.name,
      email: input.email,
      active: input.active,
      updated_at: new Date(),
      ...(passwordHash ? { password_hash: passwordHash } : {}),
    });
    const after = { id: row.id, name: row.name, email: row.email, active: row.active, version: row.version };
    // An inactivated person, or one whose password was set, is signed out everywhere at once
    // (an administrator setting their own keeps the session they are using).
    if (!after.active || passwordHash) await endSessionsOf(trx, m, id, id === caller.personId ? caller.sessionId : undefined);
    await writeAudit(trx, {
      municipalityId: m,
      actorId: caller.personId,
      action: 'update',
      entityType: 'person',
      entityId: id,
      before,
      after: { ...after, ...(passwordHash ? { passwordChanged: true } : {}) },
    });
    return after;
  });
}

export async function createAssignment(db: Kysely<DB>, caller: Caller, input: z.infer<typeof createRoleAssignmentInput>) {
  const m = caller.municipalityId;
  return db.transaction().execute(async (trx) => {
    const unit = await trx
      .selectFrom('org_unit')
      .select(['id', 'closed_on'])
      .where('municipality_id', '=', m)
      .where('id', '=', input.orgUnitId)
      .executeTakeFirst();
    if (!unit) throw fail('validation', 'Enheten finns inte.', { fields: [{ field: 'orgUnitId', message: 'Finns inte.' }] });
    await requireOn(trx, caller, 'manageOrg', unit.id);
    if (unit.closed_on) throw fail('org_rule', 'Enheten är avvecklad och kan inte få nya roller.', { rule: 'unit_closed' });
    const person = await trx
      .selectFrom('person')
      .select('id')
      .where('municipality_id', '=', m)
      .where('id', '=', input.personId)
      .executeTakeFirst();
    if (!person) throw fail('validation', 'Personen finns inte.', { fields: [{ field: 'personId', message: 'Finns inte.' }] });
    const row = await trx
      .insertInto('role_assignment')
      .values({
        municipality_id: m,
        person_id: input.personId,
        org_unit_id: input.orgUnitId,
        role: input.role,
        title: input.title ?? null,
        valid_from: input.validFrom ?? today(),
      })
      .returning(['id'])
      .executeTakeFirstOrThrow();
    const created = (await findAssignment(trx, m, row.id)) as RoleAssignment;
    await writeAudit(trx, {
      municipalityId: m,
      actorId: caller.personId,
      action: 'create',
      entityType: 'role_assignment',
      entityId: row.id,
      orgUnitId: input.orgUnitId,
      after: created,
    });
    return created as RoleAssignment;
  });
}

export async function endAssignment(db: Kysely<DB>, caller: Caller, id: string, input: z.infer<typeof endRoleAssignmentInput>) {
  const m = caller.municipalityId;
  return db.transaction().execute(async (trx) => {
    const before = await findAssignment(trx, m, id);
    if (!before) throw fail('not_found', 'Rolltilldelningen finns inte.');
    await requireOn(trx, caller, 'manageOrg', before.orgUnitId);
    if (before.version !== input.version) throw fail('stale_version');
    if (before.validTo) throw fail('conflict', 'Rollen är redan avslutad.');
    if (input.validTo < before.validFrom) {
      throw fail('validation', 'Slutdatum kan inte ligga före startdatum.', {
        fields: [{ field: 'validTo', message: `Välj ${before.validFrom} eller senare.` }],
      });
    }
    return endOne(trx, caller, before, input.validTo);
  });
}

/**
 * Ends one role from `validTo`, the first day it no longer applies (decision 0003), and audits it
 * in the same shape as it is read. A role that ends now also ends the person's sessions.
 */
async function endOne(trx: Transaction<DB>, caller: Caller, before: RoleAssignment, validTo: string) {
  const m = caller.municipalityId;
  await updateVersioned(trx, 'role_assignment', { municipality_id: m, id: before.id }, before.version, { valid_to: validTo });
  const after = (await findAssignment(trx, m, before.id)) as RoleAssignment;
  await writeAudit(trx, {
    municipalityId: m,
    actorId: caller.personId,
    action: 'end',
    entityType: 'role_assignment',
    entityId: before.id,
    orgUnitId: before.orgUnitId,
    before,
    after,
  });
  if (validTo <= today()) await endSessionsOf(trx, m, before.personId);
  return after;
}

/** When a unit closes, its open role assignments end the same day (history stays). */
export async function endAssignmentsOfUnit(trx: Transaction<DB>, caller: Caller, unitId: string, on: string) {
  const open = (await listAssignments(trx, caller.municipalityId, { orgUnitId: unitId })).filter(
    (a) => a.validTo === null || a.validTo > on,
  );
  for (const before of open) await endOne(trx, caller, before, on);
}
