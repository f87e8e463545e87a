// Storing Kolada values: idempotent, the municipality's own values into its indicators'
// measurements with history, one audit row per import that changed something.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type KoladaRow, parseKoladaCsv } from '../../../core/indicators/kolada.js';
import { testApp } from '../../testing/harness.js';
import { storeValues } from './store.js';

let t: Awaited<ReturnType<typeof testApp>>;
let m: string;
beforeAll(async () => {
  t = await testApp();
  m = (await t.db.selectFrom('municipality').select('id').where('code', '=', '0482').executeTakeFirstOrThrow()).id;
});
afterAll(() => t.close());

const fixture = (name: string) => readFileSync(join(import.meta.dirname, '../../../../fixtures/kolada', name), 'utf8');
const count = async (table: 'kolada_value' | 'measurement_history' | 'audit_log', where = sql`true`) =>
  Number((await sql<{ n: number }>`SELECT count(*)::int AS n FROM ${sql.table(table)} WHERE ${where}`.execute(t.db)).rows[0]?.n);
const koladaAudits = () => count('audit_log', sql`entity_type = 'kolada_import'`);

describe('storing Kolada values', () => {
  it('imports the real N00945 file once; the second time changes nothing (Källa: Kolada)', async () => {
    const rows = parseKoladaCsv(fixture('rKolada_n00945.csv'));
    const audits = await koladaAudits();
    const progress: number[] = [];
    const first = await storeValues(t.db, m, rows, null, (done) => void progress.push(done), { batchSize: 25 });
    expect(first).toEqual({ inserted: 63, updated: 0, unchanged: 0, measurements: { inserted: 0, updated: 0 } });
    expect(progress).toEqual([25, 50, 63]);
    expect(await koladaAudits()).toBe(audits + 1);
    const second = await storeValues(t.db, m, rows, null);
    expect(second).toEqual({ inserted: 0, updated: 0, unchanged: 63, measurements: { inserted: 0, updated: 0 } });
    expect(await koladaAudits()).toBe(audits + 1);
    const stockholm2000 = await t.db
      .selectFrom('kolada_value')
      .selectAll()
      .where('municipality_id', '=', m)
      .where('area_code', '=', '0180')
      .where('period', '=', 2000)
      .executeTakeFirstOrThrow();
    expect(Number(stockholm2000.value)).toBe(31.32959689);
  });

  it('updates a changed value, counts it, and leaves the rest', async () => {
    const rows = parseKoladaCsv(fixture('rKolada_grp_data.csv'));
    await storeValues(t.db, m, rows, null);
    const changed = rows.map((r, i) => (i === 5 ? { ...r, value: 1 } : i === 6 ? { ...r, value: null, status: 'Missing' } : r));
    expect(await storeValues(t.db, m, changed, null)).toMatchObject({ inserted: 0, updated: 2, unchanged: 190 });
  });

  it('puts the own values into the indicator that follows the KPI, with history of a change', async () => {
    const cookie = await t.loginAs('controller');
    const ind = await t.call('POST', '/api/indicators/from-kolada', { cookie, body: { kpi: 'N00945' } });
    expect(ind.status).toBe(201);
    const kf = await t.db
      .selectFrom('org_unit')
      .select('id')
      .where('municipality_id', '=', m)
      .where('kind', '=', 'fullmaktige')
      .executeTakeFirstOrThrow();
    const own = (year: number, value: number | null, gender: 'T' | 'K' = 'T'): KoladaRow => ({
      kpi: 'N00945',
      areaCode: '0482',
      period: year,
      gender,
      value,
      count: 1,
      status: '',
    });
    const nation = { ...own(2023, 30), areaCode: '0000' };
    const first = await storeValues(t.db, m, [own(2022, 27.5), own(2023, 28.25), own(2023, 29, 'K'), own(2024, null), nation], null);
    expect(first.measurements).toEqual({ inserted: 3, updated: 0 });
    const measured = await t.db
      .selectFrom('measurement')
      .select(['period', 'gender', 'value', 'source', 'org_unit_id', 'version'])
      .where('indicator_id', '=', ind.body.id)
      .orderBy('period')
      .orderBy('gender')
      .execute();
    expect(measured.map((r) => [r.period, r.gender, Number(r.value), r.source, r.org_unit_id, r.version])).toEqual([
      ['2022', 'T', 27.5, 'kolada', kf.id, 1],
      ['2023', 'K', 29, 'kolada', kf.id, 1],
      ['2023', 'T', 28.25, 'kolada', kf.id, 1],
    ]);
    const history = await count('measurement_history');
    const audits = await koladaAudits();
    const again = await storeValues(t.db, m, [own(2022, 27.5), own(2023, 28.5), own(2023, 29, 'K')], null);
    expect(again).toMatchObject({ inserted: 0, updated: 1, unchanged: 2, measurements: { inserted: 0, updated: 1 } });
    expect(await count('measurement_history')).toBe(history + 1);
    const h = await t.db.selectFrom('measurement_history').selectAll().orderBy('id', 'desc').executeTakeFirstOrThrow();
    expect([Number(h.value_before), Number(h.value_after), h.source]).toEqual([28.25, 28.5, 'kolada']);
    expect(await koladaAudits()).toBe(audits + 1);
    await storeValues(t.db, m, [own(2022, 27.5), own(2023, 28.5), own(2023, 29, 'K')], null);
    expect(await count('measurement_history')).toBe(history + 1);
    expect(await koladaAudits()).toBe(audits + 1);
  });
});
