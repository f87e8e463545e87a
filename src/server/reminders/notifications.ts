// A person's notifications: the list (newest first), the unread count, marking read.
import { type Kysely, type Selectable, sql } from 'kysely';
import { fail } from '../../core/errors.js';
import type { Notification, NotificationList } from '../../core/reminders/schemas.js';
import { writeAudit } from '../audit/log.js';
import type { Caller } from '../auth/caller.js';
import type { DB } from '../db/schema.js';
import type { NotificationTable } from '../db/schema/reminders.js';

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

const toNotification = (r: Selectable<NotificationTable>): Notification => ({
  id: r.id,
  kind: r.kind,
  title: r.title,
  body: r.body,
  link: r.link,
  createdAt: iso(r.created_at) as string,
  readAt: iso(r.read_at),
});

const mine = (db: Kysely<DB>, caller: Caller) =>
  db.selectFrom('notification').where('municipality_id', '=', caller.municipalityId).where('person_id', '=', caller.personId);

export async function unreadCount(db: Kysely<DB>, caller: Caller): Promise<number> {
  const r = await mine(db, caller).where('read_at', 'is', null).select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow();
  return r.n;
}

export async function listNotifications(
  db: Kysely<DB>,
  caller: Caller,
  opts: { unreadOnly: boolean; limit: number; offset: number },
): Promise<NotificationList> {
  let q = mine(db, caller);
  if (opts.unreadOnly) q = q.where('read_at', 'is', null);
  const [rows, total, unread] = await Promise.all([
    q.selectAll().orderBy('created_at', 'desc').orderBy('id').limit(opts.limit).offset(opts.offset).execute(),
    q.select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow(),
    unreadCount(db, caller),
  ]);
  return { items: rows.map(toNotification), total: total.n, unread };
}

/** Marks one notification read (or unread again); a person reaches only their own. */
export async function markNotification(db: Kysely<DB>, caller: Caller, id: string, read: boolean): Promise<Notification> {
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .updateTable('notification')
      .set({ read_at: read ? sql`coalesce(read_at, now())` : null })
      .where('municipality_id', '=', caller.municipalityId)
      .where('person_id', '=', caller.personId)
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirst();
    if (!row) throw fail('not_found', 'Aviseringen finns inte.');
    await writeAudit(trx, {
      municipalityId: caller.municipalityId,
      actorId: caller.personId,
      action: read ? 'read' : 'unread',
      entityType: 'notification',
      entityId: id,
    });
    return toNotification(row);
  });
}

/** Marks every unread notification of the caller read; returns how many. */
export async function markAllRead(db: Kysely<DB>, caller: Caller): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const r = await trx
      .updateTable('notification')
      .set({ read_at: new Date() })
      .where('municipality_id', '=', caller.municipalityId)
      .where('person_id', '=', caller.personId)
      .where('read_at', 'is', null)
      .executeTakeFirst();
    const n = Number(r.numUpdatedRows);
    if (n) {
      await writeAudit(trx, {
        municipalityId: caller.municipalityId,
        actorId: caller.personId,
        action: 'read',
        entityType: 'notification',
        entityId: caller.personId,
        after: { marked: n },
      });
    }
    return n;
  });
}
