// The red thread through the API: documents, goals and links, lifecycle, versions, rollover,
// rights and integrity. Uses the year 2031, which the demo's own plans do not touch.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp } from '../testing/harness.js';

let t: Awaited<ReturnType<typeof testApp>>;
type Unit = { id: string; name: string; kind: string; parentId: string | null };
let units: Unit[];
const unit = (name: string) => units.find((u) => u.name === name) as Unit;
let elected: string;
let controller: string;
const Y = 2031;
const ids: Record<string, string> = {};

async function post(cookie: string, path: string, body: unknown, status = 201) {
  const res = await t.call('POST', path, { cookie, body });
  expect(res.status, JSON.stringify(res.body)).toBe(status);
  return res.body;
}

beforeAll(async () => {
  t = await testApp();
  elected = await t.loginAs('elected');
  controller = await t.loginAs('controller');
  units = (await t.call('GET', '/api/org-units', { cookie: elected })).body.items;
});
afterAll(() => t.close());

describe('KF writes the vision and the strategisk plan', () => {
  it('creates the documents, an area, KF goals given to a nämnd, an indicator and an uppdrag', async () => {
    const kf = units.find((u) => u.kind === 'fullmaktige') as Unit;
    await post(elected, '/api/plans', { kind: 'vision', orgUnitId: kf.id, title: 'Vision 2040', yearFrom: Y, yearTo: 2040 });
    const sp = await post(elected, '/api/plans', {
      kind: 'strategisk_plan',
      orgUnitId: kf.id,
      title: `Strategisk plan ${Y}–${Y + 3}`,
      yearFrom: Y,
      yearTo: Y + 3,
    });
    ids.sp = sp.id;
    const area = await post(elected, `/api/plans/${sp.id}/strategic-areas`, { title: 'Utvecklande miljöer för barn och unga' });
    ids.area = area.lineageId;
    const ind = await post(elected, '/api/indicators', { name: 'Behörighet till gymnasiet 2031', unit: '%', koladaKpi: 'N15428' });
    ids.indicator = ind.id;
    const strategic = await post(elected, `/api/plans/${sp.id}/goals`, {
      kind: 'strategic',
      title: 'Fler elever når målen',
      parentLineageIds: [area.lineageId],
      indicatorIds: [ind.id],
      ownerOrgUnitId: unit('Kommunstyrelsen').id,
      targetYear: Y + 3,
      assigneeUnitIds: [unit('Socialnämnden').id],
    });
    ids.strategic = strategic.lineageId;
    ids.strategicGoal = strategic.id;
    expect(strategic.parents).toEqual([expect.objectContaining({ type: 'strategic_area', title: area.title })]);
    expect(strategic.assignees).toEqual([{ id: unit('Socialnämnden').id, name: 'Socialnämnden' }]);
    const result = await post(elected, `/api/plans/${sp.id}/goals`, {
      kind: 'result',
      title: 'Kortare väntetid',
      parentLineageIds: [strategic.lineageId],
      qualitativeReason: 'Följs upp i dialog',
    });
    ids.result = result.lineageId;
    ids.resultGoal = result.id;
    const uppdrag = await post(elected, `/api/plans/${sp.id}/assignments`, {
      title: 'Utred hemtjänstens organisation',
      assigneeUnitIds: [unit('Socialnämnden').id],
      dueOn: `${Y}-10-31`,
    });
    ids.uppdrag = uppdrag.lineageId;
    expect(uppdrag.assignees[0].name).toBe('Socialnämnden');
  });

  it('refuses a link that would make a cycle, and changes nothing', async () => {
    const detail = (await t.call('GET', `/api/plans/${ids.sp}`, { cookie: elected })).body;
    const strategic = detail.goals.find((g: { id: string }) => g.id === ids.strategicGoal);
    const res = await t.call('PATCH', `/api/goals/${ids.strategicGoal}`, {
      cookie: elected,
      body: {
        kind: 'strategic',
        title: strategic.title,
        parentLineageIds: [ids.area, ids.result],
        indicatorIds: [ids.indicator],
        assigneeUnitIds: [unit('Socialnämnden').id],
        version: strategic.version,
      },
    });
    expect(res.status).toBe(422);
    expect(res.body.error.rule).toBe('link_cycle');
    expect(res.body.error.message).toMatch(/cirkel/);
    const after = (await t.call('GET', `/api/plans/${ids.sp}`, { cookie: elected })).body.goals.find(
      (g: { id: string }) => g.id === ids.strategicGoal,
    );
    expect(after.version).toBe(strategic.version);
    expect(after.parents).toHaveLength(1);
  });
});

describe('the nämnd takes KF goals and uppdrag into its nämndplan', () => {
  it('shows what KF gave it, lists it as not taken up, and takes it up by linking', async () => {
    const np = await post(controller, '/api/plans', {
      kind: 'namndplan',
      orgUnitId: unit('Socialnämnden').id,
      title: `Nämndplan ${Y}`,
      yearFrom: Y,
      yearTo: Y,
    });
    ids.np = np.id;
    let detail = (await t.call('GET', `/api/plans/${np.id}`, { cookie: controller })).body;
    expect(detail.canEdit).toBe(true);
    expect(detail.fromKf.goals.map((g: { lineageId: string; takenUp: boolean }) => [g.lineageId, g.takenUp])).toEqual([
      [ids.strategic, false],
    ]);
    expect(detail.fromKf.assignments[0].takenUp).toBe(false);
    let integrity = (await t.call('GET', `/api/integrity?year=${Y}`, { cookie: controller })).body;
    expect(integrity.notTakenUp.map((n: { lineageId: string }) => n.lineageId).sort()).toEqual([ids.strategic, ids.uppdrag].sort());
    const goal = await post(controller, `/api/plans/${np.id}/goals`, {
      kind: 'result',
      title: 'Trygg vård i hemmet',
      parentLineageIds: [ids.strategic],
      indicatorIds: [ids.indicator],
      ownerPersonId: null,
      ownerOrgUnitId: unit('Socialförvaltningen').id,
    });
    ids.nGoal = goal.lineageId;
    ids.nGoalId = goal.id;
    await post(controller, `/api/plans/${np.id}/assignments`, {
      title: 'Genomför utredningen',
      parentLineageId: ids.uppdrag,
      assigneeUnitIds: [unit('Socialförvaltningen').id],
    });
    detail = (await t.call('GET', `/api/plans/${np.id}`, { cookie: controller })).body;
    expect(detail.fromKf.goals[0].takenUp).toBe(true);
    expect(detail.fromKf.assignments[0].takenUp).toBe(true);
    integrity = (await t.call('GET', `/api/integrity?year=${Y}`, { cookie: controller })).body;
    expect(integrity.notTakenUp).toEqual([]);
  });

  it('refuses a nämnd goal linked to anything but KF’s plan, naming the rule', async () => {
    const res = await t.call('POST', `/api/plans/${ids.np}/goals`, {
      cookie: controller,
      body: { kind: 'result', title: 'Fel nivå', parentLineageIds: [ids.nGoal] },
    });
    expect(res.status).toBe(422);
    expect(res.body.error.rule).toBe('link_level');
    expect(res.body.error.fields[0].field).toBe('parentLineageIds');
  });

  it('refuses a link to a goal of another municipality as if it did not exist', async () => {
    const other = await t.db
      .insertInto('municipality')
      .values({ code: '9999', name: 'Annan kommun' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const ou = await t.db
      .insertInto('org_unit')
      .values({ municipality_id: other.id, kind: 'fullmaktige', name: 'KF' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const p = await t.db
      .insertInto('plan')
      .values({
        municipality_id: other.id,
        series_id: crypto.randomUUID(),
        kind: 'strategisk_plan',
        org_unit_id: ou.id,
        person_id: null,
        title: 'Deras plan',
        year_from: Y,
        year_to: Y,
        carried_from_id: null,
        decided_on: null,
        decided_by: null,
        diarienummer: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const theirs = await t.db
      .insertInto('goal')
      .values({
        municipality_id: other.id,
        plan_id: p.id,
        lineage_id: crypto.randomUUID(),
        kind: 'strategic',
        title: 'Deras mål',
        qualitative_reason: null,
        target_year: null,
        owner_person_id: null,
        owner_org_unit_id: null,
      })
      .returning('lineage_id')
      .executeTakeFirstOrThrow();
    const res = await t.call('POST', `/api/plans/${ids.np}/goals`, {
      cookie: controller,
      body: { kind: 'result', title: 'Stöld', parentLineageIds: [theirs.lineage_id] },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.fields[0]).toEqual({ field: 'parentLineageIds', message: expect.stringMatching(/finns inte/) });
  });

  it('lets nobody but the nämnd’s controllers, förvaltningschef and members write its plan', async () => {
    const staff = await t.loginAs('staff');
    const res = await t.call('POST', `/api/plans/${ids.np}/goals`, {
      cookie: staff,
      body: { kind: 'result', title: 'X', parentLineageIds: [ids.strategic] },
    });
    expect(res.status).toBe(403);
    const chief = await t.loginAs('manager');
    const ok = await t.call('POST', `/api/plans/${ids.np}/goals`, {
      cookie: chief,
      body: {
        kind: 'strategic',
        title: 'Förvaltningschefens mål',
        parentLineageIds: [ids.area],
        indicatorIds: [ids.indicator],
        ownerOrgUnitId: unit('Socialförvaltningen').id,
      },
    });
    expect(ok.status).toBe(201);
    const otherBoard = await t.call('POST', '/api/plans', {
      cookie: controller,
      body: { kind: 'namndplan', orgUnitId: unit('Valnämnden').id, title: 'Inte vår', yearFrom: Y, yearTo: Y },
    });
    expect(otherBoard.status).toBe(403);
  });
});

describe('lifecycle and versions', () => {
  it('adopts only with a decision; an adopted version is immutable', async () => {
    let plan = (await t.call('GET', `/api/plans/${ids.np}`, { cookie: controller })).body.plan;
    plan = await post(controller, `/api/plans/${ids.np}/status`, { status: 'in_review', version: plan.version }, 200);
    const noDecision = await t.call('POST', `/api/plans/${ids.np}/status`, {
      cookie: controller,
      body: { status: 'adopted', version: plan.version },
    });
    expect(noDecision.status).toBe(400);
    expect(noDecision.body.error.fields.map((f: { field: string }) => f.field).sort()).toEqual([
      'decidedByOrgUnitId',
      'decidedOn',
      'diarienummer',
    ]);
    plan = await post(
      controller,
      `/api/plans/${ids.np}/status`,
      {
        status: 'adopted',
        decidedOn: `${Y - 1}-11-20`,
        decidedByOrgUnitId: unit('Socialnämnden').id,
        diarienummer: 'SN 2030/42',
        version: plan.version,
      },
      200,
    );
    expect(plan.status).toBe('adopted');
    const edit = await t.call('PATCH', `/api/plans/${ids.np}`, {
      cookie: controller,
      body: { title: 'Ändrad', summary: '', yearFrom: Y, yearTo: Y, version: plan.version },
    });
    expect(edit.status).toBe(422);
    expect(edit.body.error.rule).toBe('adopted_immutable');
    const goal = await t.call('POST', `/api/plans/${ids.np}/goals`, {
      cookie: controller,
      body: { kind: 'result', title: 'Sent mål', parentLineageIds: [ids.strategic] },
    });
    expect(goal.body.error.rule).toBe('adopted_immutable');
    const del = await t.call('DELETE', `/api/goals/${ids.nGoalId}?version=1`, { cookie: controller });
    expect(del.body.error.rule).toBe('adopted_immutable');
  });

  it('changes through a new version; adopting it supersedes the old, whose history stays readable', async () => {
    const v2 = await post(controller, `/api/plans/${ids.np}/versions`, {});
    expect(v2).toMatchObject({ versionNo: 2, status: 'draft', seriesId: expect.any(String) });
    const again = await t.call('POST', `/api/plans/${ids.np}/versions`, { cookie: controller, body: {} });
    expect(again.body.error.rule).toBe('one_open_version');
    const d2 = (await t.call('GET', `/api/plans/${v2.id}`, { cookie: controller })).body;
    const copied = d2.goals.find((g: { lineageId: string }) => g.lineageId === ids.nGoal);
    expect(copied.id).not.toBe(ids.nGoalId);
    expect(copied.parents[0].lineageId).toBe(ids.strategic);
    const renamed = await t.call('PATCH', `/api/goals/${copied.id}`, {
      cookie: controller,
      body: {
        kind: 'result',
        title: 'Trygg vård i hemmet, version 2',
        parentLineageIds: [ids.strategic],
        indicatorIds: [ids.indicator],
        ownerOrgUnitId: unit('Socialförvaltningen').id,
        version: copied.version,
      },
    });
    expect(renamed.status).toBe(200);
    let p2 = d2.plan;
    p2 = await post(controller, `/api/plans/${v2.id}/status`, { status: 'in_review', version: p2.version }, 200);
    await post(
      controller,
      `/api/plans/${v2.id}/status`,
      {
        status: 'adopted',
        decidedOn: `${Y}-02-10`,
        decidedByOrgUnitId: unit('Socialnämnden').id,
        diarienummer: 'SN 2031/7',
        version: p2.version,
      },
      200,
    );
    const v1 = (await t.call('GET', `/api/plans/${ids.np}`, { cookie: controller })).body;
    expect(v1.plan.status).toBe('superseded');
    expect(v1.goals.find((g: { lineageId: string }) => g.lineageId === ids.nGoal).title).toBe('Trygg vård i hemmet');
    expect(v1.versions.map((v: { versionNo: number; status: string }) => [v.versionNo, v.status])).toEqual([
      [2, 'adopted'],
      [1, 'superseded'],
    ]);
    const thread = (await t.call('GET', `/api/red-thread/nodes/${ids.nGoal}?year=${Y}`, { cookie: controller })).body;
    expect(thread.node.title).toBe('Trygg vård i hemmet, version 2');
    ids.np2 = v2.id;
  });

  it('rolls a plan over to next year in one action, goals and links kept', async () => {
    const next = await post(controller, `/api/plans/${ids.np2}/rollover`, {});
    expect(next).toMatchObject({ yearFrom: Y + 1, yearTo: Y + 1, status: 'draft', carriedFromId: ids.np2, title: `Nämndplan ${Y + 1}` });
    const d = (await t.call('GET', `/api/plans/${next.id}`, { cookie: controller })).body;
    const carried = d.goals.find((g: { lineageId: string }) => g.lineageId === ids.nGoal);
    expect(carried.parents.map((p: { lineageId: string }) => p.lineageId)).toEqual([ids.strategic]);
    expect(carried.indicators).toHaveLength(1);
    const twice = await t.call('POST', `/api/plans/${ids.np2}/rollover`, { cookie: controller, body: {} });
    expect(twice.status).toBe(409);
  });
});

describe('verksamhetsplan, utvecklingsplan and the red thread', () => {
  it('carries the chain from the vision down to an employee’s contribution, visible to them and their managers only', async () => {
    const forvChief = await t.loginAs('manager');
    const vp = await post(forvChief, '/api/plans', {
      kind: 'verksamhetsplan',
      orgUnitId: unit('Hemtjänst Flen').id,
      title: `Verksamhetsplan Hemtjänst Flen ${Y}`,
      yearFrom: Y,
      yearTo: Y,
    });
    const unitGoal = await post(forvChief, `/api/plans/${vp.id}/goals`, {
      kind: 'result',
      title: 'Samma personal hos brukaren',
      parentLineageIds: [ids.nGoal],
      indicatorIds: [ids.indicator],
      ownerOrgUnitId: unit('Hemtjänst Flen').id,
    });
    const activity = await post(forvChief, `/api/plans/${vp.id}/activities`, {
      goalId: unitGoal.id,
      what: 'Planera scheman i team',
      who: 'Enhetschef',
      startsOn: `${Y}-01-15`,
      dueOn: `${Y}-03-31`,
    });
    expect(activity).toMatchObject({ what: 'Planera scheman i team', goalId: unitGoal.id });
    const staff = await t.loginAs('staff');
    const me = (await t.call('GET', '/api/auth/me', { cookie: staff })).body;
    const up = await post(staff, '/api/plans', {
      kind: 'utvecklingsplan',
      orgUnitId: unit('Hemtjänst Flen').id,
      personId: me.id,
      title: `Min utvecklingsplan ${Y}`,
      yearFrom: Y,
      yearTo: Y,
    });
    const contribution = await post(staff, `/api/plans/${up.id}/goals`, {
      kind: 'contribution',
      title: 'Jag dokumenterar varje besök',
      parentLineageIds: [unitGoal.lineageId],
    });
    await post(staff, `/api/plans/${up.id}/goals`, { kind: 'development', title: 'Utbildning i demensvård' });
    const tree = (await t.call('GET', `/api/red-thread?year=${Y}`, { cookie: staff })).body;
    const path: string[] = [];
    const find = (nodes: { id: string; title: string; children: unknown[] }[], trail: string[]): boolean =>
      nodes.some((n) => {
        if (n.id !== contribution.lineageId) return find(n.children as never, [...trail, n.title]);
        path.push(...trail, n.title);
        return true;
      });
    expect(find(tree.roots, [])).toBe(true);
    expect(path).toEqual([
      'Vision 2040',
      'Utvecklande miljöer för barn och unga',
      'Fler elever når målen',
      'Trygg vård i hemmet, version 2',
      'Samma personal hos brukaren',
      'Jag dokumenterar varje besök',
    ]);
    const colleague = await t.login((await t.call('GET', '/api/people?q=Ahmed', { cookie: staff })).body.items[0].email, 'styr-demo-staff');
    expect((await t.call('GET', `/api/plans/${up.id}`, { cookie: colleague })).status).toBe(404);
    expect((await t.call('GET', `/api/plans?kind=utvecklingsplan&year=${Y}`, { cookie: colleague })).body.items).toEqual([]);
    expect((await t.call('GET', `/api/plans/${up.id}`, { cookie: forvChief })).status).toBe(200);
    const colleagueTree = (await t.call('GET', `/api/red-thread/nodes/${unitGoal.lineageId}?year=${Y}`, { cookie: colleague })).body;
    expect(colleagueTree.below.children).toEqual([]);
    const unitView = (await t.call('GET', `/api/red-thread/units/${unit('Hemtjänst Flen').id}?year=${Y}`, { cookie: colleague })).body;
    expect(unitView.goals[0].chains[0].map((n: { title: string }) => n.title)).toEqual([
      'Fler elever når målen',
      'Trygg vård i hemmet, version 2',
    ]);
  });

  it('lists goals that trace to nothing, goals without indicator or owner, and units without a plan', async () => {
    const vp = (await t.call('GET', `/api/plans?kind=verksamhetsplan&year=${Y}`, { cookie: controller })).body.items[0];
    const chief = await t.loginAs('manager');
    const loose = await post(chief, `/api/plans/${vp.id}/goals`, { kind: 'result', title: 'Lösryckt mål' });
    const integrity = (await t.call('GET', `/api/integrity?year=${Y}`, { cookie: controller })).body;
    expect(integrity.untraced.map((g: { lineageId: string }) => g.lineageId)).toEqual([loose.lineageId]);
    expect(
      integrity.unmeasured
        .filter((g: { lineageId: string }) => g.lineageId === loose.lineageId)
        .map((g: { problem: string }) => g.problem)
        .sort(),
    ).toEqual(['no_indicator', 'no_owner']);
    expect(integrity.unitsWithoutPlan.map((u: { orgUnitName: string }) => u.orgUnitName)).toContain('Valnämnden');
    expect(integrity.unitsWithoutPlan.map((u: { orgUnitName: string }) => u.orgUnitName)).not.toContain('Socialnämnden');
    expect(integrity.counts.untraced).toBe(1);
  });
});
