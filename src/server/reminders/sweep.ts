// The reminder sweep: for every unfinished task whose reminder day has come, one reminder per
// responsible person, each becoming a notification and an e-mail. Idempotent: reminders are
// inserted under their unique key (municipality, task, person, kind, days, due date) with
// ON CONFLICT DO NOTHING, and only the rows actually inserted are notified and mailed, so a
// second sweep, a concurrent one or one after a restart sends nothing twice.
import { type Kysely, sql } from 'kysely';
import { type DueReminder, reminderSlot, remindersDue, reminderWindow } from '../../core/reminders/due.js';
import { reminderEmail, reminderText } from '../../core/reminders/messages.js';
import { responsibleByUnit } from '../../core/reminders/responsible.js';
import type { SweepResult } from '../../core/reminders/schemas.js';
import { writeAudit } from '../audit/log.js';
import { today as swedishToday } from '../calendar/tasks.js';
import type { DB } from '../db/schema.js';
import { deliverOutbox, mailSettings, newMailState } from './mail.js';
import { reminderSettingsOf } from './settings.js';
import { stepTitles } from './titles.js';
import { roleActive } from '../auth/activeRole.js';

export interface SweepOptions {
  /** One municipality (an administrator's sweep); all when omitted (the scheduled job, the CLI). */
  municipalityId?: string;
  /** The day to sweep as (YYYY-MM-DD, Swedish time); today by default. */
  today?: string;
  /** Who asked, for the audit row; null for the scheduler. */
  actorId?: string | null;
}

const CHUNK = 500;

export async function sweepReminders(db: Kysely<DB>, opts: SweepOptions = {}): Promise<SweepResult> {
  const today = opts.today ?? swedishToday();
  const municipalities = opts.municipalityId
    ? [opts.municipalityId]
    : (await db.selectFrom('municipality').select('id').execute()).map((r) => r.id);
  const result: SweepResult = {
    today,
    municipalities: municipalities.length,
    tasksConsidered: 0,
    tasksWithoutResponsible: 0,
    remindersCreated: 0,
    emailsHeld: 0,
    emailsSent: 0,
    emailsFailed: 0,
  };
  for (const m of municipalities) {
    const r = await sweepMunicipality(db, m, today, opts.actorId ?? null);
    result.tasksConsidered += r.considered;
    result.tasksWithoutResponsible += r.unassigned;
    result.remindersCreated += r.created;
    result.emailsHeld += r.held;
  }
  const delivered = await deliverOutbox(db, opts.municipalityId);
  result.emailsSent = delivered.sent;
  result.emailsFailed = delivered.failed;
  return result;
}

async function sweepMunicipality(db: Kysely<DB>, municipalityId: string, today: string, actorId: string | null) {
  const { settings } = await reminderSettingsOf(db, municipalityId);
  const { dueFrom, dueTo } = reminderWindow(today, settings);
  const tasks = await db
    .selectFrom('calendar_task')
    .select(['id', 'org_unit_id', 'due_on', 'state', 'year', 'step', 'step_key'])
    .where('municipality_id', '=', municipalityId)
    .where('state', '<>', 'done')
    .where('due_on', '>=', dueFrom)
    .where('due_on', '<=', dueTo)
    .execute();
  const counts = { considered: tasks.length, unassigned: 0, created: 0, held: 0 };
  if (!tasks.length) return counts;

  const units = await db
    .selectFrom('org_unit')
    .select(['id', 'kind', 'name', 'parent_id', 'closed_on'])
    .where('municipality_id', '=', municipalityId)
    .execute();
  const open = units.filter((u) => !u.closed_on || u.closed_on > today);
  const holders = await sql<{ personId: string; orgUnitId: string; role: string }>`
    SELECT ra.person_id AS "personId", ra.org_unit_id AS "orgUnitId", ra.role
    FROM role_assignment ra JOIN person p ON p.municipality_id = ra.municipality_id AND p.id = ra.person_id
    WHERE ra.municipality_id = ${municipalityId} AND p.active
      AND ${roleActive('ra', today)}`.execute(db);
  const responsible = responsibleByUnit(
    open.map((u) => ({ id: u.id, kind: u.kind, parentId: u.parent_id })),
    holders.rows,
  );
  const openIds = new Set(open.map((u) => u.id));
  const live = tasks
    .filter((t) => openIds.has(t.org_unit_id))
    .map((t) => ({ id: t.id, orgUnitId: t.org_unit_id, dueOn: t.due_on, state: t.state }));
  counts.unassigned = live.filter((t) => reminderSlot(t, today, settings) && !responsible.get(t.orgUnitId)?.length).length;
  const due = remindersDue(live, responsible, today, settings);
  if (!due.length) return counts;

  const titles = await stepTitles(db, municipalityId, [...new Set(tasks.map((t) => t.year))]);
  const taskById = new Map(tasks.map((t) => [t.id, t]));
  const unitName = new Map(units.map((u) => [u.id, u.name]));
  const people = new Map(
    (await db.selectFrom('person').select(['id', 'name', 'email']).where('municipality_id', '=', municipalityId).execute()).map((p) => [
      p.id,
      p,
    ]),
  );
  const { appUrl } = mailSettings();
  const mailState = newMailState();

  await db.transaction().execute(async (trx) => {
    for (let i = 0; i < due.length; i += CHUNK) {
      const inserted = await insertReminders(trx, municipalityId, due.slice(i, i + CHUNK));
      for (const r of inserted) {
        const task = taskById.get(r.task_id);
        const person = people.get(r.person_id);
        if (!task || !person) continue;
        const text = reminderText({
          kind: r.kind,
          dueOn: r.due_on,
          today,
          stepTitle: titles.titleOf(task),
          unitName: unitName.get(task.org_unit_id) ?? '',
        });
        await trx
          .insertInto('notification')
          .values({
            municipality_id: municipalityId,
            person_id: r.person_id,
            reminder_id: r.id,
            task_id: r.task_id,
            kind: `reminder_${r.kind}`,
            title: text.title,
            body: text.body,
            link: `/arshjul/${task.year}/steg/${encodeURIComponent(task.step_key)}`,
          })
          .execute();
        const mail = reminderEmail(text, person.name, appUrl);
        await trx
          .insertInto('outbox')
          .values({
            municipality_id: municipalityId,
            reminder_id: r.id,
            person_id: r.person_id,
            to_address: person.email,
            subject: mail.subject,
            body: mail.body,
            state: mailState,
          })
          .execute();
      }
      counts.created += inserted.length;
    }
    if (mailState === 'held') counts.held = counts.created;
    // Nothing new → no audit row: a sweep that changed nothing is not an event.
    if (counts.created) {
      await writeAudit(trx, {
        municipalityId,
        actorId,
        action: 'sweep',
        entityType: 'reminder',
        entityId: today,
        after: { today, reminders: counts.created, emails: mailState },
      });
    }
  });
  return counts;
}

/** Inserts the reminders not already there; returns only those inserted now. */
async function insertReminders(trx: Kysely<DB>, municipalityId: string, due: DueReminder[]) {
  return trx
    .insertInto('reminder')
    .values(
      due.map((d) => ({
        municipality_id: municipalityId,
        task_id: d.taskId,
        person_id: d.personId,
        kind: d.kind,
        days: d.days,
        due_on: d.dueOn,
      })),
    )
    .onConflict((oc) => oc.columns(['municipality_id', 'task_id', 'person_id', 'kind', 'days', 'due_on']).doNothing())
    .returning(['id', 'task_id', 'person_id', 'kind', 'days', 'due_on'])
    .execute();
}
