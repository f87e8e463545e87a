// iCalendar feeds a calendar program subscribes to without a session: the URL carries a secret
// token, of which only the SHA-256 is stored. A person makes a feed of their own or of a unit,
// sees the token once, and can revoke it; a revoked or unknown token is a 404.
import { createHash, randomBytes } from 'node:crypto';
import ical, { ICalCalendarMethod } from 'ical-generator';
import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import { addDays } from '../../core/calendar/dates.js';
import { stepKey, taskState, taskStateName } from '../../core/calendar/tasks.js';
import { fail, invalidField } from '../../core/errors.js';
import { type FeedStep, type FeedTask, feedEvents } from '../../core/reminders/feed.js';
import { responsibleByUnit } from '../../core/reminders/responsible.js';
import type { Feed, FeedCreated } from '../../core/reminders/schemas.js';
import { writeAudit } from '../audit/log.js';
import type { Caller } from '../auth/caller.js';
import { today as swedishToday } from '../calendar/tasks.js';
import type { DB } from '../db/schema.js';
import type { CalendarFeedTable } from '../db/schema/reminders.js';
import { stepTitles } from './titles.js';
import type { Selectable } from 'kysely';
import { roleActive } from '../auth/activeRole.js';

export const tokenPattern = /^[A-Za-z0-9_-]{43}$/;
const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');
const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());
export const feedPath = (token: string) => `/api/calendar/feeds/${token}.ics`;

async function unitName(db: Kysely<DB>, municipalityId: string, id: string | null) {
  if (!id) return null;
  const row = await db
    .selectFrom('org_unit')
    .select('name')
    .where('municipality_id', '=', municipalityId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row?.name ?? null;
}

export async function listFeeds(db: Kysely<DB>, caller: Caller): Promise<Feed[]> {
  const rows = await db
    .selectFrom('calendar_feed as f')
    .leftJoin('org_unit as u', (j) => j.onRef('u.municipality_id', '=', 'f.municipality_id').onRef('u.id', '=', 'f.org_unit_id'))
    .select(['f.id', 'f.org_unit_id', 'u.name', 'f.created_at', 'f.last_used_at'])
    .where('f.municipality_id', '=', caller.municipalityId)
    .where('f.person_id', '=', caller.personId)
    .where('f.revoked_at', 'is', null)
    .orderBy('f.created_at')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    orgUnitId: r.org_unit_id,
    orgUnitName: r.name,
    createdAt: iso(r.created_at) as string,
    lastUsedAt: iso(r.last_used_at),
  }));
}

/**
 * Makes a new feed for the caller (their own when `orgUnitId` is null, else the unit's). An
 * earlier feed of the same kind is revoked in the same transaction: "a new link" replaces the old.
 */
export async function createFeed(db: Kysely<DB>, caller: Caller, orgUnitId: string | null): Promise<FeedCreated> {
  const m = caller.municipalityId;
  const name = await unitName(db, m, orgUnitId);
  if (orgUnitId && !name) throw invalidField('orgUnitId', 'Enheten finns inte.');
  const token = randomBytes(32).toString('base64url');
  return db.transaction().execute(async (trx) => {
    let old = trx
      .updateTable('calendar_feed')
      .set({ revoked_at: new Date(), version: sql`version + 1` })
      .where('municipality_id', '=', m)
      .where('person_id', '=', caller.personId)
      .where('revoked_at', 'is', null);
    old = orgUnitId ? old.where('org_unit_id', '=', orgUnitId) : old.where('org_unit_id', 'is', null);
    const replaced = await old.returning('id').execute();
    const row = await trx
      .insertInto('calendar_feed')
      .values({ municipality_id: m, person_id: caller.personId, org_unit_id: orgUnitId, token_hash: hashToken(token) })
      .returning(['id', 'created_at'])
      .executeTakeFirstOrThrow();
    // The token itself is never logged: the audit log is readable by more people than the owner.
    await writeAudit(trx, {
      municipalityId: m,
      actorId: caller.personId,
      action: 'create',
      entityType: 'calendar_feed',
      entityId: row.id,
      orgUnitId,
      after: { orgUnitId, replaced: replaced.map((r) => r.id) },
    });
    return {
      id: row.id,
      orgUnitId,
      orgUnitName: name,
      createdAt: iso(row.created_at) as string,
      lastUsedAt: null,
      token,
      path: feedPath(token),
    };
  });
}

export async function revokeFeed(db: Kysely<DB>, caller: Caller, id: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const row = await trx
      .updateTable('calendar_feed')
      .set({ revoked_at: new Date(), version: sql`version + 1` })
      .where('municipality_id', '=', caller.municipalityId)
      .where('person_id', '=', caller.personId)
      .where('id', '=', id)
      .where('revoked_at', 'is', null)
      .returning(['id', 'org_unit_id'])
      .executeTakeFirst();
    if (!row) throw fail('not_found', 'Kalenderlänken finns inte eller är redan återkallad.');
    await writeAudit(trx, {
      municipalityId: caller.municipalityId,
      actorId: caller.personId,
      action: 'revoke',
      entityType: 'calendar_feed',
      entityId: id,
      orgUnitId: row.org_unit_id,
    });
  });
}

/** The live feed of a token: not revoked, and its person still active. */
export async function feedByToken(db: Kysely<DB>, token: string): Promise<Selectable<CalendarFeedTable> | null> {
  if (!tokenPattern.test(token)) return null;
  const row = await db
    .selectFrom('calendar_feed as f')
    .innerJoin('person as p', (j) => j.onRef('p.municipality_id', '=', 'f.municipality_id').onRef('p.id', '=', 'f.person_id'))
    .selectAll('f')
    .where('f.token_hash', '=', hashToken(token))
    .where('f.revoked_at', 'is', null)
    .where('p.active', '=', true)
    .executeTakeFirst();
  if (!row) return null;
  // Calendar programs poll often; once an hour is enough to tell the owner the link is in use.
  if (!row.last_used_at || Date.now() - new Date(row.last_used_at).getTime() > 3_600_000) {
    await db
      .updateTable('calendar_feed')
      .set({ last_used_at: new Date() })
      .where('municipality_id', '=', row.municipality_id)
      .where('id', '=', row.id)
      .execute();
  }
  return row;
}

/** The units a feed covers: the unit, or every unit the person answers for or holds a role on. */
async function feedUnits(db: Kysely<DB>, feed: Selectable<CalendarFeedTable>, today: string): Promise<string[]> {
  if (feed.org_unit_id) return [feed.org_unit_id];
  const m = feed.municipality_id;
  const [units, holders] = await Promise.all([
    db.selectFrom('org_unit').select(['id', 'kind', 'parent_id']).where('municipality_id', '=', m).execute(),
    sql<{ personId: string; orgUnitId: string; role: string }>`
      SELECT ra.person_id AS "personId", ra.org_unit_id AS "orgUnitId", ra.role
      FROM role_assignment ra JOIN person p ON p.municipality_id = ra.municipality_id AND p.id = ra.person_id
      WHERE ra.municipality_id = ${m} AND p.active
        AND ${roleActive('ra', today)}`.execute(db),
  ]);
  const responsible = responsibleByUnit(
    units.map((u) => ({ id: u.id, kind: u.kind, parentId: u.parent_id })),
    holders.rows,
  );
  const mine = new Set(holders.rows.filter((h) => h.personId === feed.person_id).map((h) => h.orgUnitId));
  for (const [unitId, people] of responsible) if (people.includes(feed.person_id)) mine.add(unitId);
  return [...mine];
}

/** The feed as iCalendar text: last year's, this year's and next year's cycle. */
export async function renderFeed(db: Kysely<DB>, feed: Selectable<CalendarFeedTable>): Promise<string> {
  const m = feed.municipality_id;
  const today = swedishToday();
  const year = Number(today.slice(0, 4));
  const years = [year - 1, year, year + 1];
  const unitIds = await feedUnits(db, feed, today);
  const titles = await stepTitles(db, m, years);
  const steps: FeedStep[] = titles.steps.map((s) => ({
    stepKey: stepKey(s),
    title: s.title,
    start: s.start,
    due: s.due,
    owner: s.owner,
    produces: s.produces,
  }));
  const [taskRows, meetingRows, owner, unit] = await Promise.all([
    unitIds.length
      ? db
          .selectFrom('calendar_task as t')
          .innerJoin('org_unit as u', (j) => j.onRef('u.municipality_id', '=', 't.municipality_id').onRef('u.id', '=', 't.org_unit_id'))
          .select(['t.step', 't.step_key', 't.org_unit_id', 'u.name', 't.due_on', 't.state', 't.updated_at'])
          .where('t.municipality_id', '=', m)
          .where('t.org_unit_id', 'in', unitIds)
          .where('t.year', 'in', years)
          .execute()
      : [],
    unitIds.length
      ? db
          .selectFrom('meeting as mt')
          .innerJoin('org_unit as u', (j) => j.onRef('u.municipality_id', '=', 'mt.municipality_id').onRef('u.id', '=', 'mt.org_unit_id'))
          .select(['mt.id', 'mt.org_unit_id', 'u.name', 'mt.held_on', 'mt.title'])
          .where('mt.municipality_id', '=', m)
          .where('mt.org_unit_id', 'in', unitIds)
          .where('mt.held_on', '>=', `${year - 1}-01-01`)
          .where('mt.held_on', '<=', `${year + 2}-01-31`)
          .execute()
      : [],
    db.selectFrom('person').select('name').where('municipality_id', '=', m).where('id', '=', feed.person_id).executeTakeFirstOrThrow(),
    unitName(db, m, feed.org_unit_id),
  ]);
  const tasks: FeedTask[] = taskRows.map((t) => {
    const state = taskState({ state: t.state, dueOn: t.due_on }, today);
    return {
      stepKey: t.step_key,
      title: titles.titleOf(t),
      orgUnitId: t.org_unit_id,
      unitName: t.name,
      dueOn: t.due_on,
      state,
      stateName: taskStateName[state],
      updatedAt: new Date(t.updated_at).toISOString(),
    };
  });
  const meetings = meetingRows.map((r) => ({ id: r.id, orgUnitId: r.org_unit_id, unitName: r.name, heldOn: r.held_on, title: r.title }));
  const cal = ical({
    name: `Styr – ${unit ?? owner.name}`,
    description: unit ? `Årshjulet, uppgifter och sammanträden för ${unit}` : `Årshjulet och dina enheters uppgifter och sammanträden`,
    prodId: { company: 'Styr', product: 'Styr', language: 'SV' },
    method: ICalCalendarMethod.PUBLISH,
    ttl: 3600,
  });
  const day = (d: string) => new Date(`${d}T00:00:00Z`);
  for (const e of feedEvents(m, steps, tasks, meetings)) {
    cal.createEvent({
      id: e.uid,
      start: day(e.date),
      end: day(addDays(e.date, 1)),
      allDay: true,
      summary: e.summary,
      description: e.description,
      stamp: new Date(e.stamp),
      lastModified: new Date(e.stamp),
      categories: [{ name: e.category === 'step' ? 'Årshjulet' : e.category === 'task' ? 'Uppgift' : 'Sammanträde' }],
    });
  }
  return cal.toString();
}
