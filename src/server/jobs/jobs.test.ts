// The one job system on the test's own database (PGlite, or PostgreSQL with TEST_DATABASE_URL),
// with several job systems on it standing for several server processes: an import runs as a
// pg-boss job with its progress in import_job; a process starting never fails another's running
// job; a job whose process died is retried, or failed with a clear message, once its lease lapses.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { entry, koladaStub, sendJson } from '../indicators/kolada/stub.js';
import { testApp } from '../testing/harness.js';
import { createImportJob, getJob } from './progress.js';
import { enqueue, importQueue, type JobSystem } from './queue.js';
import { awaitJob, startTestJobs } from './testing.js';

let t: Awaited<ReturnType<typeof testApp>>;
let m: string;
const systems: JobSystem[] = [];
beforeAll(async () => {
  t = await testApp({ demo: false });
  const row = await t.db.insertInto('municipality').values({ code: '0482', name: 'Flen' }).returning('id').executeTakeFirstOrThrow();
  m = row.id;
});
afterAll(async () => {
  for (const s of systems) await s.stop();
  await t.close();
});

/** Another server process's job system on the same database. */
async function process(opts: { work?: boolean } = {}) {
  const s = await startTestJobs(t.database, opts);
  systems.push(s);
  return s;
}

const csv = readFileSync(join(import.meta.dirname, '../../../fixtures/kolada/rKolada_n00945.csv'), 'utf8');
const file = { format: 'csv' as const, name: 'n00945.csv', content: csv };
const fileJob = () => ({ municipalityId: m, actorId: null, params: { format: 'csv', name: 'n00945.csv', rows: null }, input: file });
const bossState = async (id: string) =>
  (await sql<{ state: string }>`SELECT state::text AS state FROM pgboss.job WHERE id = ${id}`.execute(t.db)).rows.map((r) => r.state);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until(what: () => Promise<boolean>, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await what())) {
    if (Date.now() > deadline) throw new Error('timed out');
    await sleep(50);
  }
}

describe('the job system', () => {
  it('runs an import as a pg-boss job and reports its progress to the end', async () => {
    const s = await process();
    const id = await enqueue(t.db, 'kolada_file', fileJob());
    expect(await bossState(id)).toHaveLength(1);
    const seen = new Set<string>();
    await until(async () => {
      const job = await getJob(t.db, m, id);
      seen.add(job.status);
      return job.status === 'done';
    });
    expect(await getJob(t.db, m, id)).toMatchObject({
      status: 'done',
      progress: 63,
      total: 63,
      params: { format: 'csv', name: 'n00945.csv', rows: 63 },
      message: '63 nya, 0 ändrade, 0 oförändrade värden.',
    });
    expect([...seen].at(-1)).toBe('done');
    await until(async () => (await bossState(id))[0] === 'completed');
    await s.stop();
    systems.splice(systems.indexOf(s), 1);
  });

  it("never fails a live process's job when another starts, and recovers the jobs of a process that died", async () => {
    // A process queues two imports, takes them as a worker would, gets a third of the way and dies.
    const dead = await process({ work: false });
    const orphan = await enqueue(t.db, 'kolada_file', fileJob());
    // This one had no tries left: pg-boss hands it to the queue of abandoned imports.
    const last = await createImportJob(t.db, { municipalityId: m, actorId: null, kind: 'kolada_file', params: null });
    const data = { importJobId: last, municipalityId: m, actorId: null, input: file };
    await dead.boss.send(importQueue('kolada_file'), data, { id: last, retryLimit: 0 });
    const claimed = await dead.boss.fetch(importQueue('kolada_file'), { batchSize: 2 });
    expect(claimed.map((j) => j.id).sort()).toEqual([orphan, last].sort());
    await t.db
      .updateTable('import_job')
      .set({ status: 'running', progress: 20, total: 63, message: 'Sparar värden: 20 av 63.' })
      .where('id', 'in', [orphan, last])
      .execute();
    await dead.stop();

    // A live process runs an API import that waits on a slow Kolada.
    let release = () => {};
    const held = new Promise<void>((r) => {
      release = r;
    });
    const stub = await koladaStub((_url, res) => {
      void held.then(() => sendJson(res, { values: [entry('N00090', '0482', 2023, 7.1)], next_url: null }));
    });
    vi.stubEnv('KOLADA_BASE_URL', stub.baseUrl);
    try {
      await process();
      const query = { kpis: ['N00090'], municipalities: ['0482'], years: [2023] };
      const live = await enqueue(t.db, 'kolada_api', { municipalityId: m, actorId: null, params: query, input: query });
      await until(async () => stub.requests.length > 0);
      const liveSince = Date.now();

      // Another process starts: the live job is left alone.
      await process();
      expect(await getJob(t.db, m, live)).toMatchObject({ status: 'running', message: 'Hämtar värden från Kolada.' });

      // The dead process's jobs: retried once their heartbeat lapsed, or failed when no try was left.
      expect(await awaitJob(t.database, orphan, 40_000)).toMatchObject({ status: 'done', progress: 63, total: 63 });
      expect(await awaitJob(t.database, last, 10_000)).toMatchObject({
        status: 'failed',
        message: expect.stringMatching(/^Importen avbröts: servern som körde den slutade svara\. Starta importen igen/),
      });

      // The live job kept its claim by its heartbeat, past the lease, and ends well when Kolada answers.
      await sleep(Math.max(0, liveSince + 12_000 - Date.now()));
      expect((await getJob(t.db, m, live)).status).toBe('running');
      expect(await bossState(live)).toEqual(['active']);
      release();
      expect(await awaitJob(t.database, live)).toMatchObject({ status: 'done', message: expect.stringMatching(/^1 nya/) });
      expect(stub.requests).toHaveLength(1);
    } finally {
      release();
      vi.unstubAllEnvs();
      await stub.close();
    }
  }, 90_000);
});
