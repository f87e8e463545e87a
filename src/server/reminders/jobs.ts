// The reminder sweep as a pg-boss job, on PostgreSQL and on the embedded PGlite alike
// (decisions 0011 and 0018: the process's one job system starts pg-boss and calls this). pg-boss
// keeps its tables in its own schema `pgboss` (not in backups: the queue is transient) and fires
// the cron schedule in one process at a time; the sweep itself is idempotent, so a second sweep —
// another process, a retry, a manual one — sends nothing twice.
import type { PgBoss } from 'pg-boss';
import type { Database } from '../db/connection.js';
import { sweepReminders } from './sweep.js';

export const sweepQueue = 'reminder-sweep';
/** Hourly, five past: a reminder goes out within the hour of its day starting. */
export const sweepCron = '5 * * * *';

/**
 * Schedules the hourly sweep and sends one at once (so a server started after a pause catches up
 * right away), and, when this process works jobs, works the queue.
 */
export async function registerReminderJobs(boss: PgBoss, database: Database, opts: { work: boolean }) {
  await boss.createQueue(sweepQueue);
  await boss.schedule(sweepQueue, sweepCron, {}, { tz: 'Europe/Stockholm' });
  // Sent before the worker starts, so its first fetch takes it. A singleton key: several
  // processes starting together queue one catch-up sweep, not one each.
  await boss.send(sweepQueue, {}, { singletonKey: 'startup', singletonSeconds: 60 });
  if (!opts.work) return;
  await boss.work(sweepQueue, { pollingIntervalSeconds: 30 }, async () => {
    const r = await sweepReminders(database.db);
    if (r.remindersCreated || r.emailsSent || r.emailsFailed)
      console.log(
        `Påminnelser ${r.today}: ${r.remindersCreated} nya, ${r.emailsSent} e-brev skickade, ${r.emailsFailed} misslyckade, ${r.emailsHeld} i utkorgen.`,
      );
  });
}
