// The budget through the API: versions and their lifecycle, the difference between versions,
// the internal distribution with its sums, rights per nämnd, investments, grants and the
// balance requirement — on the demo's budget 2027 and on new data of 2029.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPasswords } from '../seed/demo.js';
import { testApp } from '../testing/harness.js';

let t: Awaited<ReturnType<typeof testApp>>;
type Unit = { id: string; name: string; kind: string };
let units: Unit[];
const unit = (name: string) => units.find((u) => u.name === name) as Unit;
let central: string; // controller at Kommunledningsförvaltningen, under KS
let social: string; // controller at Socialförvaltningen
let build: string; // controller at Samhällsbyggnadsförvaltningen
let admin: string;
let elected: string;
/** Operating frame 2027 per nämnd: the June and August scenarios computed, and KF's adopted budget. */
let frames27: { june: Map<string, number>; august: Map<string, number>; adopted: Map<string, number> };

const call = async (cookie: string, method: string, path: string, body?: unknown, status = 200) => {
  const res = await t.call(method, path, { cookie, body });
  expect(res.status, `${method} ${path}: ${JSON.stringify(res.body)}`).toBe(status);
  return res.body;
};

beforeAll(async () => {
  t = await testApp();
  central = await t.login('emma.falk@flen.example', demoPasswords.controller);
  build = await t.login('hanna.lund@flen.example', demoPasswords.controller);
  social = await t.loginAs('controller');
  admin = await t.loginAs('admin');
  elected = await t.loginAs('elected');
  units = (await t.call('GET', '/api/org-units', { cookie: admin })).body.items;
  const scenarios = (await t.call('GET', '/api/allocation/scenarios?year=2027', { cookie: elected })).body.items;
  const newKr = async (base: boolean) => {
    const id = scenarios.find((x: { isBase: boolean }) => x.isBase === base).id;
    const r = (await t.call('GET', `/api/allocation/scenarios/${id}`, { cookie: elected })).body.result;
    return new Map<string, number>(r.namnder.map((n: { name: string; newKr: number }) => [n.name, n.newKr]));
  };
  const adoptedId = (await t.call('GET', '/api/budget/versions?year=2027', { cookie: elected })).body.versions[2].id;
  const adopted = (await t.call('GET', `/api/budget/versions/${adoptedId}`, { cookie: elected })).body;
  const named = new Map(adopted.bodies.map((b: Unit) => [b.id, b.name]));
  frames27 = {
    june: await newKr(true),
    august: await newKr(false),
    adopted: new Map(
      adopted.frames
        .filter((f: { kind: string; year: number }) => f.kind === 'operating' && f.year === 2027)
        .map((f: { orgUnitId: string; amountKr: number }) => [named.get(f.orgUnitId), f.amountKr]),
    ),
  };
});
afterAll(() => t.close());

describe('versions', () => {
  it('lists the demo year with the adopted budget in force, and shows any two versions’ difference', async () => {
    const list = await call(elected, 'GET', '/api/budget/versions?year=2027');
    expect(list.years).toEqual([2027, 2028, 2029, 2030]);
    expect(list.versions.map((v: { kind: string }) => v.kind)).toEqual(['preliminary', 'proposal', 'adopted']);
    const [prel, , adopted] = list.versions;
    expect(adopted.inForce).toBe(true);
    expect(list.referenceId).toBe(adopted.id);
    expect(list.canEdit).toBe(false);
    const diff = await call(elected, 'GET', `/api/budget/diff?from=${prel.id}&to=${adopted.id}`);
    // June's underlag is the June scenario; KF adopted August's proposal with its own changes.
    const op = (name: string) =>
      diff.rows.find((r: { orgUnitName: string; kind: string }) => r.orgUnitName === name && r.kind === 'operating').cells[0];
    const june = (name: string) => frames27.june.get(name) as number;
    const adoptedSn = frames27.adopted.get('Socialnämnden') as number;
    expect(op('Socialnämnden')).toEqual({
      year: 2027,
      fromKr: june('Socialnämnden'),
      toKr: adoptedSn,
      changeKr: adoptedSn - june('Socialnämnden'),
    });
    // KS: only the priority of August's proposal (näringsliv), which KF kept.
    expect(op('Kommunstyrelsen').changeKr).toBe(1_500_000);
    const total = diff.totals.find((r: { kind: string }) => r.kind === 'operating');
    const sum = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
    expect(total.cells[0].changeKr).toBe(sum(frames27.adopted) - sum(frames27.june));
  });

  it('keeps a decided version immutable', async () => {
    const list = await call(central, 'GET', '/api/budget/versions?year=2027');
    const adopted = list.versions[2];
    const res = await t.call('PUT', `/api/budget/versions/${adopted.id}/frames`, {
      cookie: central,
      body: { version: adopted.version, frames: [] },
    });
    expect(res.status).toBe(422);
    expect(res.body.error.rule).toBe('decided_immutable');
    const again = await call(central, 'GET', `/api/budget/versions/${adopted.id}`);
    expect(again.frames.length).toBeGreaterThan(30);
  });

  it('makes an amendment from the adopted budget, edits it with versions (409 when stale), decides it and audits each step', async () => {
    const amendment = await call(
      central,
      'POST',
      '/api/budget/versions',
      { budgetYear: 2027, kind: 'amendment', title: 'Tilläggsbudget mars 2027' },
      201,
    );
    expect(amendment).toMatchObject({ seq: 4, status: 'draft', inForce: false });
    const detail = await call(central, 'GET', `/api/budget/versions/${amendment.id}`);
    expect(detail.canEdit).toBe(true);
    const sn = unit('Socialnämnden').id;
    const frames = detail.frames.map((f: { orgUnitId: string; kind: string; year: number; amountKr: number }) =>
      f.orgUnitId === sn && f.kind === 'operating' && f.year === 2027 ? { ...f, amountKr: f.amountKr + 4_000_000 } : f,
    );
    const saved = await call(central, 'PUT', `/api/budget/versions/${amendment.id}/frames`, { version: amendment.version, frames });
    expect(saved.version).toBe(amendment.version + 1);
    const stale = await t.call('PUT', `/api/budget/versions/${amendment.id}/frames`, {
      cookie: central,
      body: { version: amendment.version, frames },
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('stale_version');

    const missing = await t.call('POST', `/api/budget/versions/${amendment.id}/decide`, {
      cookie: central,
      body: { version: saved.version, decidedOn: '2027-03-20', decidedBy: 'Kommunfullmäktige' },
    });
    expect(missing.status).toBe(400);
    expect(missing.body.error.fields).toEqual([{ field: 'diarienummer', message: 'Obligatoriskt när versionen beslutas.' }]);
    const decided = await call(central, 'POST', `/api/budget/versions/${amendment.id}/decide`, {
      version: saved.version,
      decidedOn: '2027-03-20',
      decidedBy: 'Kommunfullmäktige',
      diarienummer: 'KS 2027/31',
    });
    expect(decided).toMatchObject({ status: 'decided', inForce: true });
    const list = await call(central, 'GET', '/api/budget/versions?year=2027');
    expect(list.versions.filter((v: { inForce: boolean }) => v.inForce).map((v: { id: string }) => v.id)).toEqual([amendment.id]);
    const audit = await t.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity_type', '=', 'budget_version')
      .where('entity_id', '=', amendment.id)
      .orderBy('id')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['create', 'frames', 'decide']);
    // The distribution now measures against the amendment in force.
    const dist = await call(elected, 'GET', `/api/budget/distribution/${sn}?year=2027`);
    expect(dist.frameKr).toBe((frames27.adopted.get('Socialnämnden') as number) + 4_000_000);
    expect(dist.undistributedKr).toBe(4_000_000);
  });

  it('refuses a second adopted budget, a proposal after adoption, a frame of the wrong kind and bad amounts', async () => {
    const second = await t.call('POST', '/api/budget/versions', {
      cookie: central,
      body: { budgetYear: 2027, kind: 'adopted', title: 'Igen' },
    });
    expect(second.status).toBe(422);
    expect(second.body.error.rule).toBe('one_adopted');
    const late = await t.call('POST', '/api/budget/versions', {
      cookie: central,
      body: { budgetYear: 2027, kind: 'proposal', title: 'Sent' },
    });
    expect(late.body.error.rule).toBe('after_adoption');
    const v = await call(
      central,
      'POST',
      '/api/budget/versions',
      { budgetYear: 2029, kind: 'preliminary', title: 'Preliminärt 2029' },
      201,
    );
    const detail = await call(central, 'GET', `/api/budget/versions/${v.id}`);
    // Copied from 2028's reference? There is none, so from the nearest: nothing for 2029 before 2028 exists.
    expect(detail.years).toEqual([2029, 2030, 2031, 2032]);
    const bad = await t.call('PUT', `/api/budget/versions/${v.id}/frames`, {
      cookie: central,
      body: {
        version: v.version,
        frames: [
          { orgUnitId: unit('Unikabruket AB').id, kind: 'operating', year: 2029, amountKr: 5 },
          { orgUnitId: unit('Socialnämnden').id, kind: 'operating', year: 2033, amountKr: 5 },
          { orgUnitId: unit('Socialnämnden').id, kind: 'operating', year: 2029, amountKr: 5.5 },
        ],
      },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields.map((f: { field: string }) => f.field)).toEqual(['frames.2.amountKr']);
    const wrongKind = await t.call('PUT', `/api/budget/versions/${v.id}/frames`, {
      cookie: central,
      body: {
        version: v.version,
        frames: [
          { orgUnitId: unit('Unikabruket AB').id, kind: 'operating', year: 2029, amountKr: 5 },
          { orgUnitId: unit('Socialnämnden').id, kind: 'operating', year: 2033, amountKr: 5 },
        ],
      },
    });
    expect(wrongKind.status).toBe(400);
    expect(wrongKind.body.error.fields.map((f: { field: string }) => f.field)).toEqual(['frames.0.kind', 'frames.1.year']);
  });

  it('lets only the centre or an administrator make versions', async () => {
    for (const cookie of [social, build, elected]) {
      const res = await t.call('POST', '/api/budget/versions', { cookie, body: { budgetYear: 2030, kind: 'preliminary', title: 'X' } });
      expect(res.status).toBe(403);
    }
    await call(admin, 'POST', '/api/budget/versions', { budgetYear: 2030, kind: 'preliminary', title: 'Av administratören' }, 201);
  });
});

describe('internal distribution', () => {
  it('sums the demo distribution of Socialnämnden per level against its frame', async () => {
    // 2028 has no budget of its own yet: a plan year is not distributed, so there is no frame to meet.
    const d = await call(social, 'GET', `/api/budget/distribution/${unit('Socialnämnden').id}?year=2028`);
    expect(d).toMatchObject({ frameKr: null, distributedKr: 0, undistributedKr: null, reference: null });
    const y27 = await call(social, 'GET', `/api/budget/distribution/${unit('Socialnämnden').id}?year=2027`);
    expect(y27.canEdit).toBe(true);
    // The lines distribute KF's adopted frame; the amendment above added 4 mnkr that no line has yet.
    const adopted = frames27.adopted.get('Socialnämnden') as number;
    expect(y27.frameKr).toBe(adopted + 4_000_000);
    expect(y27.levels).toEqual([
      { kind: 'forvaltning', sumKr: adopted, undistributedKr: 4_000_000 },
      { kind: 'avdelning', sumKr: adopted, undistributedKr: 4_000_000 },
      { kind: 'enhet', sumKr: adopted - 1_500_000, undistributedKr: 5_500_000 },
    ]);
    expect(y27.nodes.find((n: { name: string }) => n.name === 'Vård och omsorg').undistributedKr).toBe(1_500_000);
    expect(y27.nodes[0]).toMatchObject({ name: 'Socialnämnden', depth: 0 });
    expect(y27.nodes.at(-1).depth).toBe(3);
  });

  it('lets a nämnd’s controller edit only that nämnd’s distribution', async () => {
    const sn = await call(social, 'GET', `/api/budget/distribution/${unit('Socialnämnden').id}?year=2027`);
    const buk = unit('Barn-, utbildnings- och kulturnämnden').id;
    const denied = await t.call('PUT', `/api/budget/distribution/${buk}`, {
      cookie: social,
      body: { budgetYear: 2027, version: 0, lines: [] },
    });
    expect(denied.status).toBe(403);
    const other = await t.call('PUT', `/api/budget/distribution/${unit('Socialnämnden').id}`, {
      cookie: build,
      body: { budgetYear: 2027, version: sn.version, lines: sn.lines },
    });
    expect(other.status).toBe(403);
    const centre = await t.call('PUT', `/api/budget/distribution/${unit('Socialnämnden').id}`, {
      cookie: central,
      body: { budgetYear: 2027, version: sn.version, lines: sn.lines },
    });
    expect(centre.status).toBe(403);
    const bukf = units.find((u) => u.name === 'Barn-, utbildnings- och kulturförvaltningen') as Unit;
    const bukOwn = await t.login('sofie.holmberg@flen.example', demoPasswords.controller);
    const bukFrame = frames27.adopted.get('Barn-, utbildnings- och kulturnämnden') as number;
    const own = await call(bukOwn, 'PUT', `/api/budget/distribution/${buk}`, {
      budgetYear: 2027,
      version: 0,
      lines: [{ orgUnitId: bukf.id, amountKr: bukFrame }],
    });
    expect(own).toMatchObject({ version: 1, distributedKr: bukFrame, undistributedKr: 0 });
  });

  it('replaces the distribution, 409 when stale, 400 naming a unit outside the nämnd, and audits', async () => {
    const id = unit('Socialnämnden').id;
    const before = await call(social, 'GET', `/api/budget/distribution/${id}?year=2027`);
    const hemsjukvard = before.lines.find((l: { orgUnitId: string }) => l.orgUnitId === unit('Hemsjukvård').id).amountKr;
    // Hemsjukvård gets the 1,5 mnkr Vård och omsorg kept back.
    const lines = [
      ...before.lines.filter((l: { orgUnitId: string }) => l.orgUnitId !== unit('Hemsjukvård').id),
      { orgUnitId: unit('Hemsjukvård').id, amountKr: hemsjukvard + 1_500_000 },
    ];
    const after = await call(social, 'PUT', `/api/budget/distribution/${id}`, { budgetYear: 2027, version: before.version, lines });
    expect(after.version).toBe(before.version + 1);
    expect(after.nodes.find((n: { name: string }) => n.name === 'Vård och omsorg').undistributedKr).toBe(0);
    const stale = await t.call('PUT', `/api/budget/distribution/${id}`, {
      cookie: social,
      body: { budgetYear: 2027, version: before.version, lines },
    });
    expect(stale.status).toBe(409);
    const outside = await t.call('PUT', `/api/budget/distribution/${id}`, {
      cookie: social,
      body: { budgetYear: 2027, version: after.version, lines: [...lines, { orgUnitId: unit('Bygglov').id, amountKr: 1 }] },
    });
    expect(outside.status).toBe(400);
    expect(outside.body.error.fields).toEqual([
      { field: `lines.${lines.length}.orgUnitId`, message: 'Enheten hör inte till nämndens organisation.' },
    ]);
    const audit = await t.db
      .selectFrom('audit_log')
      .select(['action', 'org_unit_id'])
      .where('entity_type', '=', 'budget_distribution')
      .execute();
    expect(audit.filter((a) => a.org_unit_id === id).map((a) => a.action)).toEqual(['distribute']);
  });
});

describe('investments and grants', () => {
  it('compares the plan with the investment frames per year, and edits with versions', async () => {
    const list = await call(elected, 'GET', '/api/budget/investments?year=2027');
    expect(list.items.map((i: { priority: number }) => i.priority)).toEqual([1, 2, 3, 4, 5, 6]);
    const y27 = list.total[0];
    expect(y27).toEqual({ year: 2027, plannedKr: 43_800_000, frameKr: 45_500_000, differenceKr: 1_700_000 });
    expect(list.editableBodies).toEqual([]);
    const sbn = unit('Samhällsbyggnadsnämnden').id;
    const created = await call(
      build,
      'POST',
      '/api/budget/investments',
      {
        budgetYear: 2027,
        orgUnitId: sbn,
        name: 'Ny bro över Mellösaån',
        priority: 7,
        propertyPlanRef: '',
        amounts: [{ year: 2028, amountKr: 3_000_000 }],
      },
      201,
    );
    const denied = await t.call('POST', '/api/budget/investments', {
      cookie: build,
      body: { budgetYear: 2027, orgUnitId: unit('Socialnämnden').id, name: 'X', priority: 1, amounts: [] },
    });
    expect(denied.status).toBe(403);
    const badYear = await t.call('POST', '/api/budget/investments', {
      cookie: build,
      body: { budgetYear: 2027, orgUnitId: sbn, name: 'X', priority: 1, amounts: [{ year: 2031, amountKr: 1 }] },
    });
    expect(badYear.status).toBe(400);
    expect(badYear.body.error.fields[0].field).toBe('amounts.0.year');
    const body = {
      budgetYear: 2027,
      orgUnitId: sbn,
      name: 'Ny bro över Mellösaån',
      priority: 7,
      amounts: [{ year: 2028, amountKr: 3_500_000 }],
      version: created.version,
    };
    const updated = await call(build, 'PATCH', `/api/budget/investments/${created.id}`, body);
    expect(updated.amounts).toEqual([{ year: 2028, amountKr: 3_500_000 }]);
    expect((await t.call('PATCH', `/api/budget/investments/${created.id}`, { cookie: build, body })).status).toBe(409);
    const after = await call(elected, 'GET', '/api/budget/investments?year=2027');
    expect(after.total[1].plannedKr).toBe(list.total[1].plannedKr + 3_500_000);
    await call(build, 'DELETE', `/api/budget/investments/${created.id}?version=${updated.version}`, undefined, 204);
  });

  it('keeps each nämnd’s register of targeted grants, with the reason for one not sought, and KS’s overview', async () => {
    const list = await call(elected, 'GET', '/api/budget/grants?year=2027');
    expect(list.items).toHaveLength(5);
    const sn = list.summary.find((s: { orgUnitName: string }) => s.orgUnitName === 'Socialnämnden');
    expect(sn).toMatchObject({ appliedCount: 2, appliedKr: 4_050_000, notAppliedCount: 0 });
    const snId = unit('Socialnämnden').id;
    const noReason = await t.call('POST', '/api/budget/grants', {
      cookie: social,
      body: { budgetYear: 2027, orgUnitId: snId, name: 'Bidrag', applied: false },
    });
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.fields).toEqual([{ field: 'reasonNotApplied', message: 'Ange varför bidraget inte söks.' }]);
    const g = await call(
      social,
      'POST',
      '/api/budget/grants',
      {
        budgetYear: 2027,
        orgUnitId: snId,
        name: 'Bidrag',
        authority: 'Socialstyrelsen',
        applied: false,
        reasonNotApplied: 'Passar inte vår verksamhet',
      },
      201,
    );
    const otherBody = await t.call('PATCH', `/api/budget/grants/${g.id}`, {
      cookie: build,
      body: { budgetYear: 2027, orgUnitId: snId, name: 'B', applied: false, reasonNotApplied: 'x', version: g.version },
    });
    expect(otherBody.status).toBe(403);
    const sought = await call(social, 'PATCH', `/api/budget/grants/${g.id}`, {
      budgetYear: 2027,
      orgUnitId: snId,
      name: 'Bidrag',
      applied: true,
      amountKr: 100_000,
      periodFrom: '2027-01-01',
      periodTo: '2027-06-30',
      reasonNotApplied: 'ska inte sparas',
      version: g.version,
    });
    expect(sought).toMatchObject({ applied: true, amountKr: 100_000, reasonNotApplied: null });
  });
});

describe('balance requirement', () => {
  it('shows the 2025 deficit as an obligation until an årsredovisning shows it restored', async () => {
    const b = await call(elected, 'GET', '/api/budget/balance');
    expect(b.series.map((r: { year: number; source: string }) => `${r.year}:${r.source}`)).toEqual([
      '2024:annual_report',
      '2025:annual_report',
      '2026:forecast',
      '2027:budget',
      '2028:budget',
    ]);
    expect(b.obligations).toEqual([
      {
        year: 2025,
        deficitKr: 12_600_000,
        restoredKr: 12_600_000,
        remainingKr: 0,
        deadlineYear: 2028,
        status: 'planned',
        metInYear: 2028,
        planned: true,
      },
    ]);
    expect(b.canEdit).toBe(false);
    expect((await t.call('PUT', '/api/budget/results/2026/annual_report', { cookie: social, body: { resultKr: 1 } })).status).toBe(403);
  });

  it('records results with versions: a second deficit in 2026 stays open after the plan years', async () => {
    const made = await call(central, 'PUT', '/api/budget/results/2026/annual_report', {
      resultKr: -20_000_000,
      note: 'Årsredovisning 2026',
    });
    expect(
      made.obligations.map((o: { year: number; status: string; remainingKr: number }) => `${o.year}:${o.status}:${o.remainingKr}`),
    ).toEqual(['2025:planned:0', '2026:open:14900000']);
    const row = made.results.find((r: { year: number; source: string }) => r.year === 2026 && r.source === 'annual_report');
    expect((await t.call('PUT', '/api/budget/results/2026/annual_report', { cookie: central, body: { resultKr: 5 } })).status).toBe(409);
    const changed = await call(central, 'PUT', '/api/budget/results/2026/annual_report', { resultKr: 5_000_000, version: row.version });
    expect(changed.series.find((r: { year: number }) => r.year === 2026)).toEqual({
      year: 2026,
      source: 'annual_report',
      resultKr: 5_000_000,
    });
    const bad = await t.call('PUT', '/api/budget/results/2026/ledger', { cookie: central, body: { resultKr: 5 } });
    expect(bad.status).toBe(400);
  });
});
