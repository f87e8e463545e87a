// The reminder sweep as a pg-boss job, on PostgreSQL and on the embedded PGlite alike
// (decision 0011). pg-boss keeps its tables in its own schema `pgboss` (not in backups: the
// queue is transient) and fires the cron schedule in one process at a time; the sweep itself is
// idempotent, so a second sweep — another process, a retry, a manual one — sends nothing twice.
import { fromPglite, PgBoss } from 'pg-boss';
import type { Database } from '../db/connection.js';
import { sweepReminders } from './sweep.js';

export const sweepQueue = 'reminder-sweep';
/** Hourly, five past: a reminder goes out within the hour of its day starting. */
export const sweepCron = '5 * * * *';

export interface ReminderJobs {
  boss: PgBoss;
  stop: () => Promise<void>;
}

/**
 * Starts pg-boss on the app's database, schedules the hourly sweep and sends one at once (so a
 * server started after a pause catches up right away), and works the queue in this process.
 * `databaseUrl` is the PostgreSQL URL; for PGlite the embedded engine is shared.
 */
export async function startReminderJobs(database: Database, databaseUrl: string | null): Promise<ReminderJobs> {
  const boss =
    database.kind === 'pglite' && database.pglite
      ? new PgBoss({ db: fromPglite(database.pglite as never), backend: 'pglite', schema: 'pgboss' })
      : new PgBoss({ connectionString: databaseUrl ?? undefined, schema: 'pgboss', max: 2 });
  boss.on('error', (err) => console.error(`[${new Date().toISOString()}] pg-boss`, err));
  await boss.start();
  await boss.createQueue(sweepQueue);
  await boss.schedule(sweepQueue, sweepCron, {}, { tz: 'Europe/Stockholm' });
  // Sent before the worker starts, so its first fetch takes it. A singleton key: several
  // processes starting together queue one catch-up sweep, not one each.
  await boss.send(sweepQueue, {}, { singletonKey: 'startup', singletonSeconds: 60 });
  await boss.work(sweepQueue, { pollingIntervalSeconds: 30 }, async () => {
    const r = await sweepReminders(database.db);
    if (r.remindersCreated || r.emailsSent || r.emailsFailed)
      console.log(
        `Påminnelser ${r.today}: ${r.remindersCreated} nya, ${r.emailsSent} e-brev skickade, ${r.emailsFailed} misslyckade, ${r.emailsHeld} i utkorgen.`,
      );
  });
  return { boss, stop: () => boss.stop({ graceful: true, timeout: 10_000 }) };
}
