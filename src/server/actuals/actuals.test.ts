// Actuals through the API: the demo ledger, imports as jobs (idempotent, replacing a period,
// refusing a malformed file with nothing stored), the ansvar mapping, outcome against budget
// equal to the core function's, the forecast with its versions and rights, and the Excel export.
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeSie } from '../../core/actuals/decode.js';
import { ledgerFromSie } from '../../core/actuals/ledger.js';
import { computeOutcome } from '../../core/actuals/outcome.js';
import { categoryOf, kommunBasRules } from '../../core/actuals/rules.js';
import { parseSie } from '../../core/actuals/sie.js';
import type { JobSystem } from '../jobs/queue.js';
import { awaitJob, startTestJobs } from '../jobs/testing.js';
import { DEMO_LEDGER, UNMAPPED_DEMO_CODE } from '../seed/actuals.js';
import { type Call, testApp } from '../testing/harness.js';

let t: Awaited<ReturnType<typeof testApp>>;
let admin: string;
let controller: string;
let staff: string;
let unitId: (name: string) => Promise<string>;
let jobs: JobSystem;
beforeAll(async () => {
  t = await testApp();
  jobs = await startTestJobs(t.database);
  [admin, controller, staff] = await Promise.all([t.loginAs('admin'), t.loginAs('controller'), t.loginAs('staff')]);
  unitId = async (name) => (await t.db.selectFrom('org_unit').select('id').where('name', '=', name).executeTakeFirstOrThrow()).id;
});
afterAll(async () => {
  await jobs.stop();
  await t.close();
});

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
const rowCount = async (year: number) =>
  Number((await sql<{ n: number }>`SELECT count(*)::int AS n FROM ledger_amount WHERE year = ${year}`.execute(t.db)).rows[0]?.n);
const auditCount = async () =>
  Number((await sql<{ n: number }>`SELECT count(*)::int AS n FROM audit_log WHERE action = 'ledger_import'`.execute(t.db)).rows[0]?.n);

async function imported(name: string, content: string, cookie = admin): Promise<Call> {
  const started = await t.call('POST', '/api/actuals/imports', { cookie, body: { name, contentBase64: b64(content) } });
  expect(started.status, JSON.stringify(started.body)).toBe(202);
  await awaitJob(t.database, started.body.jobId);
  return t.call('GET', `/api/import-jobs/${started.body.jobId}`, { cookie });
}

/**
 * 2026 has KF's adopted budget in the demo (the allocation model's last year's frames): each
 * nämnd's and KS's operating frame, read through the budget's own API; no distribution for 2026.
 */
async function operatingFrames2026() {
  const list = await t.call('GET', '/api/budget/versions?year=2026', { cookie: controller });
  const inForce = list.body.versions.find((v: { inForce: boolean }) => v.inForce);
  const version = await t.call('GET', `/api/budget/versions/${inForce.id}`, { cookie: controller });
  return (version.body.frames as { orgUnitId: string; kind: string; year: number; amountKr: number }[]).filter(
    (f) => f.kind === 'operating' && f.year === 2026,
  );
}

/** The demo file's drift amounts (accounts 3000–7999 in Kommun-Bas) of one kind, in öre, per ansvar code, months up to `through`. */
function fileDrift(kind: 'outcome' | 'budget', through = 12) {
  const data = ledgerFromSie(parseSie(decodeSie(readFileSync(DEMO_LEDGER)).text));
  const per = new Map<string, number>();
  for (const r of data.rows)
    if (r.kind === kind && Number(r.month.slice(5)) <= through && categoryOf(r.account, kommunBasRules).startsWith('drift'))
      per.set(r.ansvar, (per.get(r.ansvar) ?? 0) + r.amountOre);
  return per;
}
const sumOre = (m: Map<string, number>, codes: (c: string) => boolean) => [...m].reduce((s, [c, ore]) => s + (codes(c) ? ore : 0), 0);

describe('the demo ledger', () => {
  it('gives outcome against budget equal to the core function over the same file and mapping', async () => {
    const m = t.demo?.municipalityId as string;
    const api = await t.call('GET', '/api/actuals/outcome?year=2026', { cookie: controller });
    expect(api.status).toBe(200);
    const data = ledgerFromSie(parseSie(decodeSie(readFileSync(DEMO_LEDGER)).text));
    const mapping = await t.db.selectFrom('ansvar_mapping').select(['code', 'org_unit_id']).where('municipality_id', '=', m).execute();
    const units = await t.db
      .selectFrom('org_unit')
      .select(['id', 'parent_id', 'name', 'kind'])
      .where('municipality_id', '=', m)
      .orderBy('name')
      .execute();
    const forecasts = await t.db.selectFrom('year_forecast').selectAll().execute();
    const frames2026 = await operatingFrames2026();
    expect(frames2026.length).toBeGreaterThan(3);
    const expected = computeOutcome({
      year: 2026,
      unitId: units.find((u) => u.parent_id === null)?.id as string,
      units: units.map((u) => ({ id: u.id, parentId: u.parent_id, name: u.name, kind: u.kind })),
      mapping: new Map(mapping.map((r) => [r.code, r.org_unit_id])),
      rules: kommunBasRules,
      rows: data.rows.map((r) => ({ ...r, month: Number(r.month.slice(5)) })),
      // The ledger's #PBUDGET goes first unit by unit; a nämnd's frame gives it the remainder. No annual budgets yet.
      distributions: frames2026.map((f) => ({ bodyId: f.orgUnitId, frameKr: f.amountKr, lines: [] })),
      annualBudgets: [],
      forecasts: forecasts.map((f) => ({
        unitId: f.org_unit_id,
        amountKr: Number(f.amount_kr),
        comment: f.comment,
        version: f.version,
        updatedAt: new Date(f.updated_at).toISOString(),
      })),
    });
    const { canForecast, canManageLedger, canSetAnnualBudget, ...figures } = api.body;
    expect(figures).toEqual(expected);
    expect([canForecast, canManageLedger, canSetAnnualBudget]).toEqual([false, false, false]);
    expect(figures.throughMonth).toBe(10);
    // Every nämnd's budget comes from the ledger's #PBUDGET, which over its codes is its frame.
    expect(figures.budgetSource).toBe('ledger');
    expect(figures.unmapped.map((u: { ansvar: string }) => u.ansvar)).toEqual([UNMAPPED_DEMO_CODE]);
  });

  it('tells one story with the adopted budget 2026: each nämnd’s ledger budget is its frame, and the year runs near it', async () => {
    const m = t.demo?.municipalityId as string;
    const frames = await operatingFrames2026();
    const budget = fileDrift('budget');
    const unmappedOre = budget.get(UNMAPPED_DEMO_CODE) as number;
    expect(unmappedOre).toBeGreaterThan(0);
    for (const f of frames) {
      const r = await t.call('GET', `/api/actuals/outcome?year=2026&unitId=${f.orgUnitId}`, { cookie: controller });
      // Socialnämnden's code 3390 waits for a unit: until it is mapped its budget is not the nämnd's.
      const waiting = r.body.name === 'Socialnämnden' ? unmappedOre / 100 : 0;
      expect(r.body.budgetKr + waiting, r.body.name).toBe(f.amountKr);
      expect(r.body.budgetSource, r.body.name).toBe('ledger');
      // Outcome January–October within a few per cent of the budget to date, nämnd by nämnd.
      expect(Math.abs(r.body.outcomeToDateKr / r.body.budgetToDateKr - 1), r.body.name).toBeLessThan(0.04);
    }
    // KF: to date, the file's mapped codes summed (each unit's figure rounded on its own).
    const mapped = new Set(
      (
        await t.db
          .selectFrom('ansvar_mapping')
          .select('code')
          .where('municipality_id', '=', m)
          .where('org_unit_id', 'is not', null)
          .execute()
      ).map((r) => r.code),
    );
    const kf = (await t.call('GET', '/api/actuals/outcome?year=2026', { cookie: controller })).body;
    const units = (await t.db.selectFrom('org_unit').select('id').where('municipality_id', '=', m).execute()).length;
    expect(Math.abs(kf.outcomeToDateKr - sumOre(fileDrift('outcome', 10), (c) => mapped.has(c)) / 100)).toBeLessThanOrEqual(units);
    expect(Math.abs(kf.budgetToDateKr - sumOre(fileDrift('budget', 10), (c) => mapped.has(c)) / 100)).toBeLessThanOrEqual(units);
    expect(kf.budgetKr).toBe(frames.reduce((s, f) => s + f.amountKr, 0) - unmappedOre / 100);
    // The only forecast (IFO Barn och unga) is the whole deviation.
    const forecasts = await t.db
      .selectFrom('year_forecast')
      .select(['org_unit_id', 'amount_kr'])
      .where('municipality_id', '=', m)
      .execute();
    expect(forecasts).toHaveLength(1);
    const ifo = await t.call('GET', `/api/actuals/outcome?year=2026&unitId=${forecasts[0]?.org_unit_id}`, { cookie: controller });
    expect(kf.deviationKr).toBe(Number(forecasts[0]?.amount_kr) - ifo.body.budgetKr);
    expect(ifo.body.deviationKr).toBeGreaterThan(0);
    // Most codes run near their budget, a few clearly over.
    const outcome = fileDrift('outcome', 10);
    const pace = [...fileDrift('budget', 10)].map(([c, ore]) => (outcome.get(c) ?? 0) / ore);
    expect(pace.filter((p) => p > 1.04).length).toBeGreaterThanOrEqual(2);
    expect(pace.filter((p) => Math.abs(p - 1) < 0.04).length).toBeGreaterThan(pace.length / 2);
  });

  it('rolls a förvaltning up from its units and shows a unit’s forecast and deviation', async () => {
    const sof = await t.call('GET', `/api/actuals/outcome?year=2026&unitId=${await unitId('Socialförvaltningen')}`, { cookie: controller });
    expect(sof.body.canForecast).toBe(true);
    const sum = (k: string) => sof.body.children.reduce((s: number, c: Record<string, number>) => s + (c[k] as number), 0);
    // Its own code 3100 (drift accounts 3000–7999), straight from the stored ledger.
    const { rows } = await sql<{ ore: number }>`SELECT coalesce(sum(amount_ore), 0)::bigint AS ore FROM ledger_amount
      WHERE kind = 'outcome' AND year = 2026 AND ansvar = '3100' AND account >= '3000' AND account < '8000'`.execute(t.db);
    const ownKr = Math.round(Number(rows[0]?.ore) / 100);
    expect(ownKr).toBeGreaterThan(10_000_000);
    // Each figure is rounded to whole kronor on its own: at most half a krona apart per part.
    expect(Math.abs(sof.body.outcomeToDateKr - sum('outcomeToDateKr') - ownKr)).toBeLessThanOrEqual(sof.body.children.length);
    const ifo = sof.body.children.find((c: { name: string }) => c.name === 'Individ- och familjeomsorg');
    expect(ifo).toMatchObject({ forecastSource: 'units' });
    expect(ifo.deviationKr).toBe(ifo.forecastKr - ifo.budgetKr);
  });

  it('refuses a bad year and an unknown unit', async () => {
    const bad = await t.call('GET', '/api/actuals/outcome?year=tjugo', { cookie: controller });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields[0].field).toBe('year');
    const unknown = await t.call('GET', '/api/actuals/outcome?year=2026&unitId=00000000-0000-4000-8000-000000000000', {
      cookie: controller,
    });
    expect(unknown.status).toBe(404);
    expect((await t.call('GET', '/api/actuals/outcome?year=2026')).status).toBe(401);
  });
});

describe('imports', () => {
  const csv =
    'period;ansvar;konto;belopp\n2025-01;3230;5010;100 000,00\n2025-01;3230;3110;-5000\n2025-02;3230;5010;90000\n2025-02;7777;5010;1\n';

  it('imports a CSV as a job; the same file again changes nothing', async () => {
    const audits = await auditCount();
    const job = await imported('utfall-2025.csv', csv);
    expect(job.body).toMatchObject({ status: 'done', kind: 'ledger_csv', result: { inserted: 4, updated: 0, deleted: 0, newCodes: 1 } });
    expect(job.body.message).toContain('Utfall 2025-01–2025-02: 4 nya');
    expect(await rowCount(2025)).toBe(4);
    expect(await auditCount()).toBe(audits + 1);
    const again = await imported('utfall-2025.csv', csv);
    expect(again.body.result).toMatchObject({ inserted: 0, updated: 0, deleted: 0, unchanged: 4, newCodes: 0 });
    expect(await auditCount()).toBe(audits + 1);
    const hemtjanst = await unitId('Hemtjänst Flen');
    const r = await t.call('GET', `/api/actuals/outcome?year=2025&unitId=${hemtjanst}`, { cookie: controller });
    expect(r.body.months.slice(0, 2).map((m: { outcomeKr: number }) => m.outcomeKr)).toEqual([95_000, 90_000]);
  });

  it('a new file for the same period replaces that period', async () => {
    const job = await imported('utfall-2025-ny.csv', 'period;ansvar;konto;belopp\n2025-01;3230;5010;100000\n2025-02;3230;5010;95000\n');
    expect(job.body.result).toMatchObject({ inserted: 0, updated: 1, deleted: 2, unchanged: 1 });
    expect(await rowCount(2025)).toBe(2);
  });

  it('fails the job of a malformed SIE file with line and reason, storing nothing', async () => {
    const before = await rowCount(2026);
    const audits = await auditCount();
    const text = decodeSie(readFileSync(DEMO_LEDGER)).text.replace(/#TRANS 5010 \{1 "1000"\} ([-\d.]+)/, '#TRANS 5010 {1 "1000"}');
    const r = await imported('flen.se', text);
    expect(r.body.status).toBe('failed');
    const line = text.split(/\r?\n/).indexOf('#TRANS 5010 {1 "1000"}') + 1;
    expect(r.body.message).toContain(`rad ${line}: #TRANS saknar belopp`);
    expect(r.body.result.error.fields[0]).toEqual({ field: `rad ${line}`, message: '#TRANS saknar belopp' });
    expect([await rowCount(2026), await auditCount()]).toEqual([before, audits]);
  });

  it('reads the demo SIE file in PC8 and finds it unchanged', async () => {
    const started = await t.call('POST', '/api/actuals/imports', {
      cookie: admin,
      body: { name: 'flen-2026.se', contentBase64: readFileSync(DEMO_LEDGER).toString('base64') },
    });
    await awaitJob(t.database, started.body.jobId);
    const job = await t.call('GET', `/api/import-jobs/${started.body.jobId}`, { cookie: admin });
    expect(job.body).toMatchObject({
      status: 'done',
      kind: 'ledger_sie',
      params: { encoding: 'cp437', company: 'Flens kommun (exempeldata)' },
    });
    expect(job.body.result).toMatchObject({ inserted: 0, updated: 0, deleted: 0 });
  });

  it('lets only the central finance function import', async () => {
    const r = await t.call('POST', '/api/actuals/imports', { cookie: controller, body: { name: 'x.csv', contentBase64: b64(csv) } });
    expect(r.status).toBe(403);
    const empty = await t.call('POST', '/api/actuals/imports', { cookie: admin, body: { name: 'x.csv', contentBase64: '' } });
    expect(empty.status).toBe(400);
    expect(empty.body.error.fields[0].field).toBe('contentBase64');
  });
});

describe('mapping', () => {
  it('lists unmapped codes and lets a controller map one to a unit of theirs, with versions', async () => {
    const list = await t.call('GET', '/api/actuals/mappings', { cookie: controller });
    const night = list.body.items.find((i: { code: string }) => i.code === UNMAPPED_DEMO_CODE);
    expect(night).toMatchObject({ name: 'Nattpatrull hemtjänst', orgUnitId: null, version: 1 });
    const hemtjanst = await unitId('Hemtjänst Flen');
    const before = await t.call('GET', `/api/actuals/outcome?year=2026&unitId=${hemtjanst}`, { cookie: controller });
    const ok = await t.call('PUT', `/api/actuals/mappings/${UNMAPPED_DEMO_CODE}`, {
      cookie: controller,
      body: { orgUnitId: hemtjanst, version: 1 },
    });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ orgUnitId: hemtjanst, version: 2 });
    const after = await t.call('GET', `/api/actuals/outcome?year=2026&unitId=${hemtjanst}`, { cookie: controller });
    expect(after.body.outcomeToDateKr).toBeGreaterThan(before.body.outcomeToDateKr + 3_000_000);
    // Mapped, the code's budget joins Socialnämnden's, which is now its frame exactly.
    const sn = await unitId('Socialnämnden');
    const frame = (await operatingFrames2026()).find((f) => f.orgUnitId === sn)?.amountKr;
    expect((await t.call('GET', `/api/actuals/outcome?year=2026&unitId=${sn}`, { cookie: controller })).body.budgetKr).toBe(frame);
    const stale = await t.call('PUT', `/api/actuals/mappings/${UNMAPPED_DEMO_CODE}`, {
      cookie: controller,
      body: { orgUnitId: null, version: 1 },
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('stale_version');
    const ks = await unitId('Kommunstyrelsen');
    const foreign = await t.call('PUT', '/api/actuals/mappings/1000', { cookie: controller, body: { orgUnitId: ks, version: 1 } });
    expect(foreign.status).toBe(403);
    const audit = await t.db.selectFrom('audit_log').select('after').where('entity_type', '=', 'ansvar_mapping').execute();
    expect(audit).toHaveLength(1);
  });
});

describe('forecast', () => {
  it('is entered by the unit’s manager or controller with versions, and gives the deviation', async () => {
    const unit = await unitId('Hemtjänst Flen');
    const path = `/api/actuals/forecasts/${unit}/2026`;
    expect((await t.call('PUT', path, { cookie: staff, body: { amountKr: 1, version: 0 } })).status).toBe(403);
    const first = await t.call('PUT', path, { cookie: controller, body: { amountKr: 33_000_000, comment: 'Fler brukare', version: 0 } });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ amountKr: 33_000_000, comment: 'Fler brukare', version: 1 });
    const stale = await t.call('PUT', path, { cookie: controller, body: { amountKr: 1, version: 0 } });
    expect(stale.status).toBe(409);
    const bad = await t.call('PUT', path, { cookie: controller, body: { amountKr: 12.5, version: 1 } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields[0]).toEqual({ field: 'amountKr', message: 'Beloppet ska vara hela kronor.' });
    const r = await t.call('GET', `/api/actuals/outcome?year=2026&unitId=${unit}`, { cookie: controller });
    expect(r.body).toMatchObject({ forecastKr: 33_000_000, forecastSource: 'entered', deviationKr: 33_000_000 - r.body.budgetKr });
    const audit = await t.db.selectFrom('audit_log').selectAll().where('entity_type', '=', 'year_forecast').executeTakeFirstOrThrow();
    expect(audit).toMatchObject({ action: 'create', entity_id: `${unit}/2026`, org_unit_id: unit });
  });

  it('annual budget as a fallback, set by the unit’s controller, spread evenly', async () => {
    const unit = await unitId('Hemtjänst Hälleforsnäs och Mellösa');
    const put = await t.call('PUT', `/api/actuals/annual-budgets/${unit}/2026`, {
      cookie: controller,
      body: { amountKr: 12_000_005, version: 0 },
    });
    expect(put.status).toBe(200);
    const r = await t.call('GET', `/api/actuals/outcome?year=2026&unitId=${unit}`, { cookie: controller });
    expect(r.body).toMatchObject({ budgetKr: 12_000_005, budgetSource: 'annual' });
    expect(r.body.months[0].budgetKr).toBe(1_000_001);
    const ks = await unitId('Kommunstyrelsen');
    expect(
      (await t.call('PUT', `/api/actuals/annual-budgets/${ks}/2026`, { cookie: controller, body: { amountKr: 1, version: 0 } })).status,
    ).toBe(403);
  });
});

describe('settings and export', () => {
  it('shows the Kommun-Bas defaults and refuses rules that cannot work', async () => {
    const s = await t.call('GET', '/api/actuals/settings', { cookie: controller });
    expect(s.body).toMatchObject({ ansvarDimension: 1, customRules: false, version: 0 });
    const bad = await t.call('PUT', '/api/actuals/settings', {
      cookie: admin,
      body: { ansvarDimension: 1, rules: [{ from: '3999', to: '3000', category: 'drift_revenue' }], version: 0 },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields[0].field).toBe('rules.0.to');
    const overlap = await t.call('PUT', '/api/actuals/settings', {
      cookie: admin,
      body: {
        ansvarDimension: 1,
        rules: [
          { from: '3000', to: '3999', category: 'drift_revenue' },
          { from: '3500', to: '4999', category: 'drift_cost' },
        ],
        version: 0,
      },
    });
    expect(overlap.status).toBe(400);
    expect(overlap.body.error.fields).toEqual([
      { field: 'rules.1.from', message: 'Rad 2: 3500–4999 överlappar rad 1 (3000–3999). Ett konto får bara höra till ett intervall.' },
    ]);
    const good = await t.call('PUT', '/api/actuals/settings', { cookie: admin, body: { ansvarDimension: 1, rules: null, version: 0 } });
    expect(good.body).toMatchObject({ version: 1, customRules: false });
    const stale = await t.call('PUT', '/api/actuals/settings', { cookie: admin, body: { ansvarDimension: 1, rules: null, version: 0 } });
    expect(stale.status).toBe(409);
    const audits = await t.db.selectFrom('audit_log').select('id').where('entity_type', '=', 'ledger_settings').execute();
    expect(audits).toHaveLength(1);
    expect(
      (await t.call('PUT', '/api/actuals/settings', { cookie: controller, body: { ansvarDimension: 2, rules: null, version: 1 } })).status,
    ).toBe(403);
  });

  it('exports the outcome table to Excel with the same figures', async () => {
    const r = await t.call('GET', '/api/actuals/outcome?year=2026', { cookie: controller });
    const res = await t.app.request('/api/actuals/outcome.xlsx?year=2026', { headers: { cookie: controller } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await res.arrayBuffer());
    const ws = wb.getWorksheet('Utfall 2026');
    expect(ws?.getRow(5).values).toEqual([undefined, 'Januari', ...Object.values(r.body.months[0]).slice(1)]);
  });
});
