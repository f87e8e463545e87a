// The Kolada API as the web app uses it: search, import as a job and follow it, compare, add a KPI.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { JobSystem } from '../../jobs/queue.js';
import { startTestJobs } from '../../jobs/testing.js';
import { type Call, testApp } from '../../testing/harness.js';
import { entry, koladaStub, sendJson } from './stub.js';

let t: Awaited<ReturnType<typeof testApp>>;
let controller: string;
let jobs: JobSystem;
beforeAll(async () => {
  t = await testApp();
  jobs = await startTestJobs(t.database);
  controller = await t.loginAs('controller');
});
afterAll(async () => {
  await jobs.stop();
  await t.close();
});

const fixture = (name: string) => readFileSync(join(import.meta.dirname, '../../../../fixtures/kolada', name), 'utf8');
const valueCount = async () => Number((await sql<{ n: number }>`SELECT count(*)::int AS n FROM kolada_value`.execute(t.db)).rows[0]?.n);

/** Polls the job until it has ended, as the web app does. */
async function finished(jobId: string): Promise<Call> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    const job = await t.call('GET', `/api/import-jobs/${jobId}`, { cookie: controller });
    if (job.status !== 200 || ['done', 'failed'].includes(job.body.status)) return job;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('the job did not end');
}

describe('Kolada routes', () => {
  it('searches the KPI catalogue by id and title', async () => {
    const byId = await t.call('GET', '/api/kolada/kpis?q=n00090', { cookie: controller });
    expect(byId.status).toBe(200);
    expect(byId.body.items[0]).toMatchObject({ id: 'N00090', title: 'Sjukfrånvaro totalt bland anställda, kommun, andel (%)' });
    const byTitle = await t.call('GET', '/api/kolada/kpis?q=behöriga till yrkesprogram&limit=5', { cookie: controller });
    expect(byTitle.body.items.length).toBeGreaterThan(1);
    expect(Number((await sql<{ n: number }>`SELECT count(*)::int AS n FROM kolada_kpi`.execute(t.db)).rows[0]?.n)).toBe(6099);
    expect((await t.call('GET', '/api/kolada/kpis?q=N00090')).status).toBe(401);
  });

  it('finds municipalities and the Liknande kommuner groups for Flen', async () => {
    const flen = await t.call('GET', '/api/kolada/areas?q=flen', { cookie: controller });
    expect(flen.body.items[0]).toEqual({ code: '0482', title: 'Flen', kind: 'municipality', members: [] });
    const similar = await t.call('GET', `/api/kolada/areas?q=${encodeURIComponent('Liknande kommuner socioekonomi, Flen')}`, {
      cookie: controller,
    });
    expect(similar.body.items).toContainEqual(
      expect.objectContaining({ code: 'G176239', kind: 'group', members: ['0761', '0821', '0860', '0862', '1060', '1461', '2182'] }),
    );
  });

  it('imports a file as a job, shows its progress, and then the values for comparison (Källa: Kolada)', async () => {
    const started = await t.call('POST', '/api/kolada/imports', {
      cookie: controller,
      body: { source: 'file', format: 'csv', content: fixture('rKolada_n00945.csv'), name: 'rKolada_n00945.csv' },
    });
    expect(started.status).toBe(202);
    const job = await finished(started.body.jobId);
    expect(job.body).toMatchObject({
      kind: 'kolada_file',
      status: 'done',
      progress: 63,
      total: 63,
      message: '63 nya, 0 ändrade, 0 oförändrade värden.',
    });
    expect(job.body.params).toEqual({ format: 'csv', name: 'rKolada_n00945.csv', rows: 63 });
    const values = await t.call('GET', '/api/kolada/values?kpi=N00945&areas=0180,1280&from=2019', { cookie: controller });
    expect(values.status).toBe(200);
    expect(values.body.source).toBe('Källa: Kolada');
    expect(values.body.kpi.id).toBe('N00945');
    expect(values.body.areas.map((a: { title: string }) => a.title)).toEqual(['Stockholm', 'Malmö']);
    expect(values.body.rows).toHaveLength(4);
    expect(values.body.rows[0]).toEqual({
      areaCode: '0180',
      areaTitle: 'Stockholm',
      period: 2019,
      gender: 'T',
      value: 39.3,
      count: 1,
      status: '',
    });
  });

  it('fails the job of a malformed file with line and field, once (no retry), and stores nothing', async () => {
    const before = await valueCount();
    const lines = fixture('rKolada_grp_data.csv').split('\n');
    lines[4] = lines[4]?.replace(/,(\d+\.\d+),/, ',"12,5x",') ?? '';
    const res = await t.call('POST', '/api/kolada/imports', {
      cookie: controller,
      body: { source: 'file', format: 'csv', content: lines.join('\n') },
    });
    expect(res.status).toBe(202);
    const job = await finished(res.body.jobId);
    expect(job.body).toMatchObject({ status: 'failed', message: expect.stringMatching(/Rad 5, fältet value/) });
    expect(job.body.result.error.fields).toEqual([{ field: 'rad 5: value', message: '"12,5x" är inget tal.' }]);
    const tries = await sql<{ retry_count: number }>`SELECT retry_count FROM pgboss.job WHERE id = ${res.body.jobId}`.execute(t.db);
    expect(tries.rows).toEqual([{ retry_count: 0 }]);
    const json = {
      values: [entry('N03702', '0482', 2020, 1), { ...entry('N03702', '0482', 2021, 2), values: [{ gender: 'F', value: 2 }] }],
    };
    const bad = await t.call('POST', '/api/kolada/imports', {
      cookie: controller,
      body: { source: 'file', format: 'json', content: JSON.stringify(json) },
    });
    expect((await finished(bad.body.jobId)).body.result.error.fields).toEqual([
      { field: 'values[1].values[0].gender', message: '"F" är inget kön som Kolada använder (T, K eller M).' },
    ]);
    expect(await valueCount()).toBe(before);
  });

  it('imports from the API as a job, and records a failure when Kolada stays down after another try', async () => {
    let down = false;
    const stub = await koladaStub((_url, res) =>
      down
        ? sendJson(res, {}, 503)
        : sendJson(res, { values: [entry('N00090', '0482', 2023, 7.1), entry('N00090', '0000', 2023, 6.9)], next_url: null }),
    );
    vi.stubEnv('KOLADA_BASE_URL', stub.baseUrl);
    try {
      const body = { source: 'api', kpis: ['n00090'], municipalities: ['0482', '0000'], years: '2022-2023' };
      const ok = await finished((await t.call('POST', '/api/kolada/imports', { cookie: controller, body })).body.jobId);
      expect(ok.body).toMatchObject({ kind: 'kolada_api', status: 'done', params: { kpis: ['N00090'], years: [2022, 2023] } });
      // The demo follows N00090 (sjukfrånvaro): Flen's own value became a measurement.
      expect(ok.body.result.measurements.inserted).toBeGreaterThanOrEqual(1);
      expect(stub.requests[0]?.pathname).toBe('/v3/data/kpi/N00090/municipality/0482,0000/year/2022,2023');
      down = true;
      const failed = await finished((await t.call('POST', '/api/kolada/imports', { cookie: controller, body })).body.jobId);
      expect(failed.body.status).toBe('failed');
      expect(failed.body.message).toMatch(/^Kolada svarade HTTP 503/);
      expect(failed.body.finishedAt).not.toBeNull();
      // Tried again once (the tests' retry limit), four requests each time (the client's own retries).
      expect(stub.requests.length).toBe(1 + 2 * 4);
    } finally {
      vi.unstubAllEnvs();
      await stub.close();
    }
  }, 30_000);

  it('lets only those who write plans import or add indicators', async () => {
    const staff = await t.loginAs('staff');
    const body = { source: 'file', format: 'csv', content: fixture('rKolada_n00945.csv') };
    expect((await t.call('POST', '/api/kolada/imports', { cookie: staff, body })).status).toBe(403);
    expect((await t.call('POST', '/api/indicators/from-kolada', { cookie: staff, body: { kpi: 'N00003' } })).status).toBe(403);
    expect((await t.call('GET', '/api/kolada/values?kpi=N00945', { cookie: staff })).status).toBe(200);
    const other = await t.call('GET', '/api/import-jobs/00000000-0000-4000-8000-000000000000', { cookie: staff });
    expect(other.status).toBe(404);
  });

  it('adds a KPI as an indicator once, with its unit and gender split', async () => {
    const created = await t.call('POST', '/api/indicators/from-kolada', { cookie: controller, body: { kpi: 'N00003' } });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      name: 'Personalkostnader, kr/inv',
      unit: 'kr/inv',
      koladaKpi: 'N00003',
      direction: 'higher',
      frequency: 'year',
    });
    const audit = await t.db.selectFrom('audit_log').select(['action', 'entity_type']).where('entity_id', '=', created.body.id).execute();
    expect(audit).toEqual([{ action: 'create', entity_type: 'indicator' }]);
    expect((await t.call('POST', '/api/indicators/from-kolada', { cookie: controller, body: { kpi: 'N00003' } })).status).toBe(409);
    expect((await t.call('POST', '/api/indicators/from-kolada', { cookie: controller, body: { kpi: 'N00090' } })).status).toBe(409);
    expect((await t.call('POST', '/api/indicators/from-kolada', { cookie: controller, body: { kpi: 'N99999' } })).status).toBe(404);
  });

  it('documents the Kolada endpoints in the OpenAPI document', async () => {
    const doc = await t.call('GET', '/api/openapi.json');
    for (const p of ['/kolada/kpis', '/kolada/areas', '/kolada/values', '/kolada/imports', '/import-jobs/{id}', '/indicators/from-kolada'])
      expect(Object.keys(doc.body.paths)).toContain(p);
  });
});
