// The sweep as a pg-boss job of the process's job system, on the test's own database (PGlite,
// or PostgreSQL with TEST_DATABASE_URL): the schedule is there, and the catch-up job sent at start reminds.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { today as swedishToday } from '../calendar/tasks.js';
import type { JobSystem } from '../jobs/queue.js';
import { startTestJobs } from '../jobs/testing.js';
import { testApp } from '../testing/harness.js';
import { addTask, unitByName } from './fixtures.js';
import { sweepCron, sweepQueue } from './jobs.js';
import { setMailSettings } from './mail.js';

let t: Awaited<ReturnType<typeof testApp>>;
let jobs: JobSystem | undefined;

beforeAll(async () => {
  setMailSettings({ smtpUrl: null, from: 'Styr <styr@test>', appUrl: 'https://styr.test' });
  t = await testApp();
  await t.db.deleteFrom('calendar_task').execute();
  await addTask(t.db, await unitByName(t.db, 'Socialförvaltningen'), swedishToday(), 3);
});
afterAll(async () => {
  await jobs?.stop();
  setMailSettings(null);
  await t.close();
});

describe('the reminder job', () => {
  it('is scheduled hourly and sweeps once at start, on this database', async () => {
    jobs = await startTestJobs(t.database);
    const schedules = await jobs.boss.getSchedules();
    expect(schedules).toEqual([expect.objectContaining({ name: sweepQueue, cron: sweepCron, timezone: 'Europe/Stockholm' })]);
    const count = async () => (await t.db.selectFrom('reminder').select('id').execute()).length;
    const deadline = Date.now() + 60_000;
    while ((await count()) < 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 500));
    expect(await count()).toBe(2);
    const pgboss = await sql<{ n: number }>`SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = 'pgboss'`.execute(
      t.db,
    );
    expect(pgboss.rows[0]?.n).toBeGreaterThan(0);
  }, 90_000);
});
