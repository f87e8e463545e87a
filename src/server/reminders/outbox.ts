// The outbox as administrators read it: every e-mail Styr made, with its state.
import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import type { OutboxList } from '../../core/reminders/schemas.js';
import type { Caller } from '../auth/caller.js';
import { requireAnywhere } from '../auth/policy.js';
import type { DB } from '../db/schema.js';
import { mailSettings } from './mail.js';

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

export async function listOutbox(db: Kysely<DB>, caller: Caller, opts: { limit: number; offset: number }): Promise<OutboxList> {
  requireAnywhere(caller, 'manageOrg');
  const base = db.selectFrom('outbox as o').where('o.municipality_id', '=', caller.municipalityId);
  const [rows, total] = await Promise.all([
    base
      .leftJoin('person as p', (j) => j.onRef('p.municipality_id', '=', 'o.municipality_id').onRef('p.id', '=', 'o.person_id'))
      .selectAll('o')
      .select('p.name as person_name')
      .orderBy('o.created_at', 'desc')
      .orderBy('o.id')
      .limit(opts.limit)
      .offset(opts.offset)
      .execute(),
    base.select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow(),
  ]);
  return {
    items: rows.map((r) => ({
      id: r.id,
      to: r.to_address,
      personName: r.person_name,
      subject: r.subject,
      body: r.body,
      state: r.state,
      attempts: r.attempts,
      lastError: r.last_error,
      createdAt: iso(r.created_at) as string,
      sentAt: iso(r.sent_at),
    })),
    total: total.n,
    smtpConfigured: mailSettings().smtpUrl !== null,
  };
}
