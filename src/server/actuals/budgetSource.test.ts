// Budget in actuals from Styr's own budget: the demo's adopted budget 2027 with Socialnämnden's
// distribution, read through the budget area's own API for the expected figures; the precedence
// ledger > adopted distribution > annual budget, unit by unit; nothing read before adoption.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spreadEvenly } from '../../core/actuals/money.js';
import type { JobSystem } from '../jobs/queue.js';
import { awaitJob, startTestJobs } from '../jobs/testing.js';
import { testApp } from '../testing/harness.js';

let t: Awaited<ReturnType<typeof testApp>>;
let admin: string;
let controller: string;
let unitId: (name: string) => Promise<string>;

let jobs: JobSystem;
beforeAll(async () => {
  t = await testApp();
  jobs = await startTestJobs(t.database);
  [admin, controller] = await Promise.all([t.loginAs('admin'), t.loginAs('controller')]);
  unitId = async (name) => (await t.db.selectFrom('org_unit').select('id').where('name', '=', name).executeTakeFirstOrThrow()).id;
});
afterAll(async () => {
  await jobs.stop();
  await t.close();
});

interface Node {
  id: string;
  name: string;
  kind: string;
  parentId: string | null;
  amountKr: number | null;
}
const outcome = async (year: number, unit: string) => {
  const r = await t.call('GET', `/api/actuals/outcome?year=${year}&unitId=${unit}`, { cookie: controller });
  expect(r.status, JSON.stringify(r.body)).toBe(200);
  return r.body;
};

describe('the adopted distribution as the budget', () => {
  it('gives each unit its line less the lines below it, and rolls up to the frame exactly once', async () => {
    const sn = await unitId('Socialnämnden');
    const d = await t.call('GET', `/api/budget/distribution/${sn}?year=2027`, { cookie: controller });
    expect(d.status).toBe(200);
    expect(d.body.reference.inForce).toBe(true);
    const nodes = d.body.nodes as Node[];
    const frame = d.body.frameKr as number;
    expect(frame).toBeGreaterThan(0);

    // The nämnd: its frame, from the budget in force.
    const n = await outcome(2027, sn);
    expect(n).toMatchObject({ budgetKr: frame, budgetSource: 'distribution', ownBudgetSource: 'distribution' });

    // Every distributed unit's subtree equals its line; its own part is the line less the lines below.
    const stated = nodes.filter((x) => x.id !== sn && x.amountKr !== null);
    expect(stated.length).toBeGreaterThan(10);
    for (const u of stated.slice(0, 8)) {
      const r = await outcome(2027, u.id);
      expect(r.budgetKr, u.name).toBe(u.amountKr);
      // A unit with nothing below it: its line spread over the months in whole kronor.
      if (!nodes.some((x) => x.parentId === u.id))
        expect(r.months.map((m: { budgetKr: number }) => m.budgetKr)).toEqual(spreadEvenly(u.amountKr as number));
    }
    // An avdelning that keeps part of its line: the rest of its line stays with it, not counted again.
    const keeper = nodes.find(
      (x) =>
        x.kind === 'avdelning' &&
        (d.body.nodes as (Node & { undistributedKr: number | null })[]).find((y) => y.id === x.id)?.undistributedKr,
    );
    expect(keeper).toBeDefined();
    const k = await outcome(2027, keeper?.id as string);
    const kids = (k.children as { budgetKr: number }[]).reduce((s, c) => s + c.budgetKr, 0);
    expect(k.budgetKr).toBe(keeper?.amountKr);
    expect(k.budgetKr - kids).toBe(
      (keeper?.amountKr as number) - nodes.filter((x) => x.parentId === keeper?.id).reduce((s, x) => s + (x.amountKr ?? 0), 0),
    );

    // KF: the sum of the bodies' frames for 2027 in the budget in force, nothing twice.
    const version = await t.call('GET', `/api/budget/versions/${d.body.reference.id}`, { cookie: controller });
    const frames = (version.body.frames as { kind: string; year: number; amountKr: number; orgUnitId: string }[]).filter(
      (f) => f.kind === 'operating' && f.year === 2027,
    );
    const kf = await t.call('GET', '/api/actuals/outcome?year=2027', { cookie: controller });
    expect(kf.body.budgetKr).toBe(frames.reduce((s, f) => s + f.amountKr, 0));
  });

  it('ledger > distribution > annual, unit by unit; an annual budget below a line takes from its remainder', async () => {
    const hemtjanst = await unitId('Hemtjänst Flen');
    const line = (await outcome(2027, hemtjanst)).budgetKr as number;
    // An annual budget for a unit with a line: kept, shown, but the line counts.
    const put = await t.call('PUT', `/api/actuals/annual-budgets/${hemtjanst}/2027`, {
      cookie: controller,
      body: { amountKr: 5, version: 0 },
    });
    expect(put.status).toBe(200);
    expect(await outcome(2027, hemtjanst)).toMatchObject({
      budgetKr: line,
      ownBudgetSource: 'distribution',
      annualBudget: { amountKr: 5, version: 1 },
      canSetAnnualBudget: true,
    });

    // A unit whose line is taken out of the distribution (by the nämnd's controller, through the
    // budget's API): its annual budget counts, taken from its parent's remainder; the parent stays whole.
    const sn = await unitId('Socialnämnden');
    const d = await t.call('GET', `/api/budget/distribution/${sn}?year=2027`, { cookie: controller });
    const nodes = d.body.nodes as Node[];
    const bare = nodes.find((x) => x.name === 'Hemtjänst Malmköping och Sparreholm') as Node;
    const parent = nodes.find((p) => p.id === bare.parentId) as Node;
    expect(parent.amountKr).not.toBeNull();
    const lines = (d.body.lines as { orgUnitId: string; amountKr: number }[]).filter((l) => l.orgUnitId !== bare.id);
    const cut = await t.call('PUT', `/api/budget/distribution/${sn}`, {
      cookie: controller,
      body: { budgetYear: 2027, version: d.body.version, lines },
    });
    expect(cut.status, JSON.stringify(cut.body)).toBe(200);
    expect(await outcome(2027, bare.id)).toMatchObject({ budgetKr: 0, budgetSource: 'none', ownBudgetSource: 'none' });
    const before = await outcome(2027, parent.id);
    const set = await t.call('PUT', `/api/actuals/annual-budgets/${bare.id}/2027`, {
      cookie: admin,
      body: { amountKr: 1_200_000, version: 0 },
    });
    expect(set.status).toBe(200);
    const after = await outcome(2027, parent.id);
    expect(after.budgetKr).toBe(before.budgetKr);
    expect(after.children.find((c: { unitId: string }) => c.unitId === bare.id)).toMatchObject({
      budgetKr: 1_200_000,
      budgetSource: 'annual',
    });
    expect(after.budgetSource).toBe('mixed');

    // The ledger's #PBUDGET for Hemtjänst Flen's code wins over its line.
    const csv = [
      'period;ansvar;konto;belopp;typ',
      ...Array.from({ length: 12 }, (_, i) => `2027-${String(i + 1).padStart(2, '0')};3230;5010;5000000;budget`),
    ];
    const started = await t.call('POST', '/api/actuals/imports', {
      cookie: admin,
      body: { name: 'budget-2027.csv', contentBase64: Buffer.from(csv.join('\n')).toString('base64') },
    });
    expect(started.status).toBe(202);
    expect((await awaitJob(t.database, started.body.jobId)).status).toBe('done');
    const ledger = await outcome(2027, hemtjanst);
    expect(ledger).toMatchObject({ ownBudgetSource: 'ledger', budgetSource: 'ledger' });
    expect(ledger.budgetKr).toBe(60_000_000);
    expect(ledger.months[0].budgetKr).toBe(5_000_000);
    // The nämnd still rolls up to its frame: the ledger's part is taken from the remainder above.
    expect((await outcome(2027, sn)).budgetKr).toBe(d.body.frameKr);
  });

  it('is not read before the year’s budget is adopted and decided', async () => {
    const m = t.demo?.municipalityId as string;
    const sn = await unitId('Socialnämnden');
    const sof = await unitId('Socialförvaltningen');
    const v = await t.db
      .insertInto('budget_version')
      .values({
        municipality_id: m,
        budget_year: 2031,
        seq: 1,
        kind: 'adopted',
        title: 'Budget 2031',
        decided_on: null,
        decided_by: null,
        diarienummer: null,
        based_on_id: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await t.db
      .insertInto('budget_frame')
      .values({ municipality_id: m, version_id: v.id, org_unit_id: sn, kind: 'operating', year: 2031, amount_kr: 700_000_000 })
      .execute();
    const put = await t.call('PUT', `/api/budget/distribution/${sn}`, {
      cookie: controller,
      body: { budgetYear: 2031, version: 0, lines: [{ orgUnitId: sof, amountKr: 690_000_000 }] },
    });
    expect(put.status, JSON.stringify(put.body)).toBe(200);
    expect(await outcome(2031, sn)).toMatchObject({ budgetKr: 0, budgetSource: 'none' });

    await sql`UPDATE budget_version SET status = 'decided', decided_on = '2030-11-20', decided_by = 'Kommunfullmäktige', diarienummer = 'KS 2030/1'
      WHERE municipality_id = ${m} AND id = ${v.id}`.execute(t.db);
    expect(await outcome(2031, sn)).toMatchObject({ budgetKr: 700_000_000, budgetSource: 'distribution' });
    const f = await outcome(2031, sof);
    expect(f).toMatchObject({ budgetKr: 690_000_000, ownBudgetSource: 'distribution' });
    expect(f.months[0].budgetKr).toBe(57_500_000);
  });
});
