// Meetings of fullmäktige, kommunstyrelse and nämnder: entered by hand or imported from a
// sammanträdesplan (CSV, iCalendar). An import is checked whole before anything is stored.
import type { Kysely, Transaction } from 'kysely';
import type { z } from 'zod';
import {
  meetingOrganKinds,
  type OrganRef,
  type ParsedMeeting,
  parseMeetingsCsv,
  parseMeetingsIcal,
} from '../../core/calendar/meetingImport.js';
import type { Meeting, MeetingChanged, meetingImportInput, meetingInput, meetingUpdate } from '../../core/calendar/records.js';
import { fail } from '../../core/errors.js';
import { writeAudit } from '../audit/log.js';
import type { Caller } from '../auth/caller.js';
import { holdsOn } from '../auth/policy.js';
import type { DB } from '../db/schema.js';
import { deleteVersioned, lockVersioned, updateVersioned } from '../db/versioned.js';
import { followMeetings } from './taskSync.js';

type Db = Kysely<DB> | Transaction<DB>;

/** The open units that hold meetings: fullmäktige, kommunstyrelse and the nämnder. */
export async function organsOf(db: Db, municipalityId: string): Promise<OrganRef[]> {
  const rows = await db
    .selectFrom('org_unit')
    .select(['id', 'name', 'short_name'])
    .where('municipality_id', '=', municipalityId)
    .where('kind', 'in', [...meetingOrganKinds])
    .where('closed_on', 'is', null)
    .orderBy('name')
    .execute();
  return rows.map((r) => ({ id: r.id, name: r.name, shortName: r.short_name }));
}

function select(db: Db, municipalityId: string) {
  return db
    .selectFrom('meeting as m')
    .innerJoin('org_unit as u', (j) => j.onRef('u.municipality_id', '=', 'm.municipality_id').onRef('u.id', '=', 'm.org_unit_id'))
    .select(['m.id', 'm.org_unit_id', 'u.name as unit_name', 'm.held_on', 'm.title', 'm.source', 'm.external_uid', 'm.version'])
    .where('m.municipality_id', '=', municipalityId);
}

type Row = Awaited<ReturnType<ReturnType<typeof select>['executeTakeFirstOrThrow']>>;
const toMeeting = (r: Row): Meeting => ({
  id: r.id,
  orgUnitId: r.org_unit_id,
  orgUnitName: r.unit_name,
  heldOn: r.held_on,
  title: r.title,
  source: r.source,
  externalUid: r.external_uid,
  version: r.version,
});

export async function listMeetings(db: Db, caller: Caller, q: { year?: number; orgUnitId?: string }): Promise<Meeting[]> {
  let query = select(db, caller.municipalityId);
  if (q.year) query = query.where('m.held_on', '>=', `${q.year}-01-01`).where('m.held_on', '<=', `${q.year}-12-31`);
  if (q.orgUnitId) query = query.where('m.org_unit_id', '=', q.orgUnitId);
  return (await query.orderBy('m.held_on').orderBy('u.name').execute()).map(toMeeting);
}

async function organ(db: Db, caller: Caller, orgUnitId: string): Promise<OrganRef> {
  const found = (await organsOf(db, caller.municipalityId)).find((o) => o.id === orgUnitId);
  if (!found)
    throw fail('validation', 'Välj fullmäktige, kommunstyrelsen eller en nämnd.', {
      fields: [{ field: 'orgUnitId', message: 'Bara fullmäktige, kommunstyrelsen och nämnder har sammanträden i årshjulet.' }],
    });
  if (!(await holdsOn(db, caller, 'planMeetings', orgUnitId)))
    throw fail('forbidden', `Du får inte lägga in sammanträden för ${found.name}.`);
  return found;
}

const taken = (name: string, day: string) =>
  fail('conflict', `${name} har redan ett sammanträde ${day}.`, {
    fields: [{ field: 'heldOn', message: 'Det finns redan ett sammanträde den dagen.' }],
  });

async function clash(trx: Db, m: string, orgUnitId: string, heldOn: string, except?: string) {
  let q = trx
    .selectFrom('meeting')
    .select('id')
    .where('municipality_id', '=', m)
    .where('org_unit_id', '=', orgUnitId)
    .where('held_on', '=', heldOn);
  if (except) q = q.where('id', '<>', except);
  return (await q.executeTakeFirst()) !== undefined;
}

const audit = (trx: Db, caller: Caller, action: string, id: string, unit: string, before: unknown, after: unknown) =>
  writeAudit(trx, {
    municipalityId: caller.municipalityId,
    actorId: caller.personId,
    action,
    entityType: 'meeting',
    entityId: id,
    orgUnitId: unit,
    before,
    after,
  });

export async function createMeeting(db: Kysely<DB>, caller: Caller, input: z.infer<typeof meetingInput>): Promise<MeetingChanged> {
  const m = caller.municipalityId;
  return db.transaction().execute(async (trx) => {
    const o = await organ(trx, caller, input.orgUnitId);
    if (await clash(trx, m, o.id, input.heldOn)) throw taken(o.name, input.heldOn);
    const { id } = await trx
      .insertInto('meeting')
      .values({
        municipality_id: m,
        org_unit_id: o.id,
        held_on: input.heldOn,
        title: input.title?.trim() || o.name,
        source: 'manual',
        external_uid: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const meeting = toMeeting(await select(trx, m).where('m.id', '=', id).executeTakeFirstOrThrow());
    await audit(trx, caller, 'create', id, o.id, null, meeting);
    const tasksMoved = await followMeetings(trx, m, caller.personId, [meeting.heldOn], { meeting: id, action: 'create' });
    return { ...meeting, tasksMoved };
  });
}

async function existing(trx: Db, caller: Caller, id: string): Promise<Meeting> {
  const row = await select(trx, caller.municipalityId).where('m.id', '=', id).executeTakeFirst();
  if (!row) throw fail('not_found', 'Sammanträdet finns inte.');
  return toMeeting(row);
}

export async function updateMeeting(
  db: Kysely<DB>,
  caller: Caller,
  id: string,
  input: z.infer<typeof meetingUpdate>,
): Promise<MeetingChanged> {
  const m = caller.municipalityId;
  return db.transaction().execute(async (trx) => {
    const before = await existing(trx, caller, id);
    await organ(trx, caller, before.orgUnitId);
    const o = await organ(trx, caller, input.orgUnitId);
    if (await clash(trx, m, o.id, input.heldOn, id)) throw taken(o.name, input.heldOn);
    await updateVersioned(trx, 'meeting', { municipality_id: m, id }, input.version, {
      org_unit_id: o.id,
      held_on: input.heldOn,
      title: input.title?.trim() || o.name,
    });
    const after = await existing(trx, caller, id);
    await audit(trx, caller, 'update', id, o.id, before, after);
    // A new title moves nothing; a new day or organ may move tasks of the cycles both days reach.
    const placed = before.heldOn !== after.heldOn || before.orgUnitId !== after.orgUnitId;
    const tasksMoved = placed
      ? await followMeetings(trx, m, caller.personId, [before.heldOn, after.heldOn], { meeting: id, action: 'update' })
      : 0;
    return { ...after, tasksMoved };
  });
}

/** Deletes a meeting; returns how many unfinished tasks followed (to another meeting or the month's end). */
export async function deleteMeeting(db: Kysely<DB>, caller: Caller, id: string, version: number): Promise<{ tasksMoved: number }> {
  return db.transaction().execute(async (trx) => {
    const before = await existing(trx, caller, id);
    await organ(trx, caller, before.orgUnitId);
    const key = { municipality_id: caller.municipalityId, id };
    // Held at the version read before the tasks let go of it, so a racing writer fails first.
    await lockVersioned(trx, 'meeting', key, version);
    // A done task placed on this meeting keeps its date; unfinished ones follow the placement below.
    await trx
      .updateTable('calendar_task')
      .set({ meeting_id: null })
      .where('municipality_id', '=', caller.municipalityId)
      .where('meeting_id', '=', id)
      .execute();
    await deleteVersioned(trx, 'meeting', key, version);
    await audit(trx, caller, 'delete', id, before.orgUnitId, before, null);
    const tasksMoved = await followMeetings(trx, caller.municipalityId, caller.personId, [before.heldOn], {
      meeting: id,
      action: 'delete',
    });
    return { tasksMoved };
  });
}

/**
 * Imports a sammanträdesplan for one year. The whole file is parsed and every organ checked before
 * anything is written; a meeting already there (same organ and day) is kept, its title updated,
 * so importing the same file twice changes nothing.
 */
export async function importMeetings(db: Kysely<DB>, caller: Caller, input: z.infer<typeof meetingImportInput>) {
  const m = caller.municipalityId;
  return db.transaction().execute(async (trx) => {
    const organs = await organsOf(trx, m);
    const parsed: ParsedMeeting[] =
      input.format === 'csv' ? parseMeetingsCsv(input.content, organs, input.year) : parseMeetingsIcal(input.content, organs, input.year);
    for (const id of new Set(parsed.map((p) => p.orgUnitId))) await organ(trx, caller, id);
    const count = { read: parsed.length, added: 0, updated: 0, unchanged: 0, tasksMoved: 0 };
    const addedDays: string[] = [];
    for (const p of parsed) {
      const row = await trx
        .selectFrom('meeting')
        .select(['id', 'title', 'external_uid', 'version'])
        .where('municipality_id', '=', m)
        .where('org_unit_id', '=', p.orgUnitId)
        .where('held_on', '=', p.heldOn)
        .executeTakeFirst();
      if (!row) {
        const { id } = await trx
          .insertInto('meeting')
          .values({
            municipality_id: m,
            org_unit_id: p.orgUnitId,
            held_on: p.heldOn,
            title: p.title,
            source: input.format,
            external_uid: p.externalUid,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        await audit(trx, caller, 'import', id, p.orgUnitId, null, p);
        addedDays.push(p.heldOn);
        count.added++;
      } else if (row.title !== p.title || (p.externalUid && row.external_uid !== p.externalUid)) {
        // The file carries no version: the one just read is expected, so a change made meanwhile is not lost.
        await updateVersioned(trx, 'meeting', { municipality_id: m, id: row.id }, row.version, {
          title: p.title,
          external_uid: p.externalUid ?? row.external_uid,
        });
        await audit(trx, caller, 'import', row.id, p.orgUnitId, row, p);
        count.updated++;
      } else count.unchanged++;
    }
    // Once for the whole file: titles move nothing, so only new meetings are followed.
    if (addedDays.length)
      count.tasksMoved = await followMeetings(trx, m, caller.personId, addedDays, { import: input.format, added: count.added });
    return count;
  });
}
