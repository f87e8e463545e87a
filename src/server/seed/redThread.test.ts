import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asksDiarienummer, deciderOf } from '../../core/plans/adoption.js';
import { type GoalKind, goalKindsOf, type PlanKind, planOwnerKinds } from '../../core/plans/kinds.js';
import { checkLink, type LinkEnd } from '../../core/plans/links.js';
import { buildRedThread, type ThreadLink, type ThreadNode, type TreeNode, unmeasuredGoals } from '../../core/plans/redThread.js';
import { type Database, openPglite } from '../db/connection.js';
import { migrate } from '../db/migrate.js';
import { type DemoResult, seedDemo } from './demo.js';

const YEAR = 2026;

async function load(database: Database, m: string) {
  const db = database.db;
  return {
    units: await db.selectFrom('org_unit').select(['id', 'kind', 'name', 'parent_id']).where('municipality_id', '=', m).execute(),
    people: await db.selectFrom('person').select(['id', 'name', 'email']).where('municipality_id', '=', m).execute(),
    roles: await db.selectFrom('role_assignment').select(['person_id', 'org_unit_id', 'role']).where('municipality_id', '=', m).execute(),
    plans: await db.selectFrom('plan').selectAll().where('municipality_id', '=', m).execute(),
    areas: await db.selectFrom('strategic_area').selectAll().where('municipality_id', '=', m).execute(),
    goals: await db.selectFrom('goal').selectAll().where('municipality_id', '=', m).execute(),
    links: await db.selectFrom('goal_link').selectAll().where('municipality_id', '=', m).execute(),
    goalIndicators: await db.selectFrom('goal_indicator').selectAll().where('municipality_id', '=', m).execute(),
    goalAssignees: await db.selectFrom('goal_assignee').selectAll().where('municipality_id', '=', m).execute(),
    indicators: await db.selectFrom('indicator').selectAll().where('municipality_id', '=', m).execute(),
    assignments: await db.selectFrom('assignment').selectAll().where('municipality_id', '=', m).execute(),
    assignmentAssignees: await db.selectFrom('assignment_assignee').selectAll().where('municipality_id', '=', m).execute(),
    activities: await db.selectFrom('activity').selectAll().where('municipality_id', '=', m).execute(),
  };
}

/** The path from `root` to the first node that satisfies `found`, or null. */
function pathTo(root: TreeNode, found: (n: TreeNode) => boolean): TreeNode[] | null {
  if (found(root)) return [root];
  for (const c of root.children) {
    const p = pathTo(c, found);
    if (p) return [root, ...p];
  }
  return null;
}

describe('seedRedThread (run by seedDemo)', () => {
  let database: Database;
  let result: DemoResult;
  let d: Awaited<ReturnType<typeof load>>;

  beforeAll(async () => {
    database = await openPglite();
    await migrate(database);
    result = await seedDemo(database);
    d = await load(database, result.municipalityId);
  }, 60_000);

  afterAll(async () => {
    await database?.close();
  });

  const unitNamed = (name: string) => d.units.find((u) => u.name === name) as (typeof d.units)[number];
  const unitOf = (id: string) => d.units.find((u) => u.id === id) as (typeof d.units)[number];
  const planOf = (id: string) => d.plans.find((p) => p.id === id) as (typeof d.plans)[number];
  const isAtOrAbove = (ancestorId: string, unitId: string): boolean => {
    const u = unitOf(unitId);
    return u.id === ancestorId || (u.parent_id !== null && isAtOrAbove(ancestorId, u.parent_id));
  };
  const plans2026 = () => d.plans.filter((p) => p.year_from <= YEAR && p.year_to >= YEAR);
  const planOfUnit = (kind: PlanKind, unitId: string, year = YEAR) =>
    d.plans.filter((p) => p.kind === kind && p.org_unit_id === unitId && p.year_from <= year && p.year_to >= year);

  it('reports what it inserted', () => {
    expect(result.plans).toBe(d.plans.length);
    expect(result.goals).toBe(d.goals.length);
    expect(d.plans.length).toBeGreaterThanOrEqual(40);
    expect(d.indicators.length).toBeGreaterThanOrEqual(10);
    expect(d.indicators.filter((i) => i.kolada_kpi).length).toBeGreaterThanOrEqual(8);
  });

  it('has one vision, two programs with målbilder and a strategisk plan with the six areas of Färdplan Flen', () => {
    const byKind = (k: PlanKind) => d.plans.filter((p) => p.kind === k);
    expect(byKind('vision')).toHaveLength(1);
    const programs = byKind('program');
    expect(programs).toHaveLength(2);
    for (const p of programs) {
      expect(p.area).toBeTruthy();
      const malbilder = d.goals.filter((g) => g.plan_id === p.id);
      expect(malbilder.length).toBeGreaterThanOrEqual(2);
      expect(malbilder.every((g) => g.kind === 'malbild')).toBe(true);
      expect(d.goalIndicators.some((gi) => malbilder.some((g) => g.id === gi.goal_id))).toBe(true);
    }
    const [sp] = byKind('strategisk_plan');
    expect(sp).toMatchObject({ year_from: 2026, year_to: 2029 });
    const areas = d.areas.filter((a) => a.plan_id === sp?.id);
    expect(areas.map((a) => a.sort_order)).toEqual([1, 2, 3, 4, 5, 6]);
    const kfGoals = d.goals.filter((g) => g.plan_id === sp?.id);
    for (const g of kfGoals) {
      expect(g.target_year, g.title).not.toBeNull();
      expect(g.owner_org_unit_id ?? g.owner_person_id, g.title).toBeTruthy();
      expect(d.goalIndicators.some((gi) => gi.goal_id === g.id)).toBe(true);
      expect(d.goalAssignees.some((ga) => ga.goal_id === g.id)).toBe(true);
    }
    for (const a of areas) expect(d.links.some((l) => l.parent_lineage_id === a.lineage_id)).toBe(true);
    expect(d.assignments.filter((a) => a.plan_id === sp?.id).length).toBeGreaterThanOrEqual(3);
  });

  it('gives every adopted plan its decision, and every plan an owner of the right kind', () => {
    for (const p of d.plans) {
      expect((planOwnerKinds[p.kind as PlanKind] as readonly string[]).includes(unitOf(p.org_unit_id).kind), p.title).toBe(true);
      if (p.status === 'adopted') {
        expect(p.decided_on, p.title).toBeTruthy();
        expect(p.decided_by?.trim(), p.title).toBeTruthy();
        // Against a real deciding body (core/plans/adoption.ts); a diarienummer only for an ärende.
        if (deciderOf[p.kind as PlanKind] === 'manager') expect(p.decided_by_person_id, p.title).toBeTruthy();
        else expect(p.decided_by_org_unit_id, p.title).toBeTruthy();
        if (asksDiarienummer(p.kind as PlanKind)) expect(p.diarienummer?.trim(), p.title).toBeTruthy();
        else expect(p.diarienummer, p.title).toBeNull();
      }
    }
    for (const g of d.goals) expect(goalKindsOf[planOf(g.plan_id).kind as PlanKind]).toContain(g.kind);
  });

  it('links only as checkLink allows', () => {
    const areaEnd = (a: (typeof d.areas)[number]): LinkEnd => {
      const p = planOf(a.plan_id);
      return { type: 'strategic_area', planKind: p.kind as PlanKind, goalKind: null, orgUnitId: p.org_unit_id };
    };
    const goalEnd = (g: (typeof d.goals)[number]): LinkEnd => {
      const p = planOf(g.plan_id);
      return { type: 'goal', planKind: p.kind as PlanKind, goalKind: g.kind as GoalKind, orgUnitId: p.org_unit_id };
    };
    expect(d.links.length).toBeGreaterThan(100);
    for (const l of d.links) {
      const child = d.goals.find((g) => g.id === l.goal_id) as (typeof d.goals)[number];
      const parents =
        l.parent_type === 'goal'
          ? d.goals.filter((g) => g.lineage_id === l.parent_lineage_id).map(goalEnd)
          : d.areas.filter((a) => a.lineage_id === l.parent_lineage_id).map(areaEnd);
      expect(parents.length, child.title).toBeGreaterThan(0);
      const c = goalEnd(child) as LinkEnd & { goalKind: GoalKind };
      for (const parent of parents) {
        expect(() => checkLink(c, parent, isAtOrAbove(parent.orgUnitId, c.orgUnitId)), child.title).not.toThrow();
      }
    }
  });

  it('gives every nämnd and KS an adopted nämndplan 2026, and every bolag a verksamhetsplan', () => {
    const bodies = d.units.filter((u) => u.kind === 'namnd' || u.kind === 'kommunstyrelse');
    expect(bodies.map((u) => u.name)).toEqual(expect.arrayContaining(['Kommunstyrelsen', 'Valnämnden', 'Överförmyndaren']));
    for (const u of bodies) {
      const plans = planOfUnit('namndplan', u.id).filter((p) => p.status === 'adopted');
      expect(plans, u.name).toHaveLength(1);
      expect(d.goals.filter((g) => g.plan_id === plans[0]?.id).length, u.name).toBeGreaterThanOrEqual(1);
    }
    for (const u of d.units.filter((u) => u.kind === 'bolag')) expect(planOfUnit('bolag_verksamhetsplan', u.id), u.name).toHaveLength(1);
    for (const u of d.units.filter((u) => u.kind === 'forvaltning')) expect(planOfUnit('verksamhetsplan', u.id), u.name).toHaveLength(1);
    for (const f of ['Socialförvaltningen', 'Barn-, utbildnings- och kulturförvaltningen']) {
      for (const a of d.units.filter((u) => u.parent_id === unitNamed(f).id)) {
        expect(planOfUnit('verksamhetsplan', a.id), a.name).toHaveLength(1);
      }
    }
  });

  it('takes every assigned KF goal up in the nämnd or bolag plan, except the one left out on purpose', () => {
    const sp = d.plans.find((p) => p.kind === 'strategisk_plan');
    const missing: string[] = [];
    for (const ga of d.goalAssignees) {
      const kfGoal = d.goals.find((g) => g.id === ga.goal_id) as (typeof d.goals)[number];
      expect(kfGoal.plan_id).toBe(sp?.id);
      const unit = unitOf(ga.org_unit_id);
      const bodyPlans = planOfUnit(unit.kind === 'bolag' ? 'bolag_verksamhetsplan' : 'namndplan', unit.id);
      const taken = d.goals.some(
        (g) =>
          bodyPlans.some((p) => p.id === g.plan_id) && d.links.some((l) => l.goal_id === g.id && l.parent_lineage_id === kfGoal.lineage_id),
      );
      if (!taken) missing.push(`${unit.name}: ${kfGoal.title}`);
    }
    expect(missing).toEqual(['Samhällsbyggnadsnämnden: Sjukfrånvaron bland kommunens medarbetare minskar']);
  });

  it('carries every KF uppdrag on in the plan of each nämnd it was given to', () => {
    const sp = d.plans.find((p) => p.kind === 'strategisk_plan');
    const kfUppdrag = d.assignments.filter((a) => a.plan_id === sp?.id);
    for (const u of kfUppdrag) {
      for (const aa of d.assignmentAssignees.filter((x) => x.assignment_id === u.id)) {
        const bodyPlan = planOfUnit('namndplan', aa.org_unit_id)[0];
        const carried = d.assignments.filter((a) => a.plan_id === bodyPlan?.id && a.parent_lineage_id === u.lineage_id);
        expect(carried, `${unitOf(aa.org_unit_id).name}: ${u.title}`).toHaveLength(1);
        const to = d.assignmentAssignees.filter((x) => x.assignment_id === carried[0]?.id);
        expect(to.length).toBeGreaterThan(0);
        for (const t of to) expect(isAtOrAbove(unitNamed('Kommunfullmäktige').id, t.org_unit_id)).toBe(true);
      }
    }
  });

  it('builds a red thread from the vision down to the contribution of medarbetare@flen.example, with nothing untraced', () => {
    // In force in 2026: the adopted plans, and the demo employee's utvecklingsplan still in draft.
    const current = plans2026().filter((p) => p.status === 'adopted' || p.kind === 'utvecklingsplan');
    const person = d.people.find((p) => p.email === 'medarbetare@flen.example') as (typeof d.people)[number];
    const node = (
      n: Partial<ThreadNode> & Pick<ThreadNode, 'id' | 'type' | 'planKind' | 'title' | 'planId' | 'orgUnitId'>,
    ): ThreadNode => ({
      goalKind: null,
      goalId: null,
      orgUnitName: unitOf(n.orgUnitId).name,
      personName: null,
      hasIndicator: false,
      qualitative: false,
      hasOwner: true,
      ...n,
    });
    const nodes: ThreadNode[] = [];
    for (const p of current) {
      const kind = p.kind as PlanKind;
      const base = { planKind: kind, planId: p.id, orgUnitId: p.org_unit_id };
      if (kind === 'vision' || kind === 'program') nodes.push(node({ ...base, id: p.series_id, type: kind, title: p.title }));
      for (const a of d.areas.filter((x) => x.plan_id === p.id))
        nodes.push(node({ ...base, id: a.lineage_id, type: 'strategic_area', title: a.title }));
      for (const g of d.goals.filter((x) => x.plan_id === p.id)) {
        nodes.push(
          node({
            ...base,
            id: g.lineage_id,
            type: 'goal',
            goalKind: g.kind as GoalKind,
            goalId: g.id,
            title: g.title,
            personName: d.people.find((pe) => pe.id === p.person_id)?.name ?? null,
            hasIndicator: d.goalIndicators.some((gi) => gi.goal_id === g.id),
            qualitative: !!g.qualitative_reason?.trim(),
            hasOwner: !!(g.owner_person_id ?? g.owner_org_unit_id),
          }),
        );
      }
    }
    const lineageOf = new Map(nodes.flatMap((n) => (n.goalId ? [[n.goalId, n.id] as const] : [])));
    const links: ThreadLink[] = d.links
      .filter((l) => lineageOf.has(l.goal_id))
      .map((l) => ({ childId: lineageOf.get(l.goal_id) as string, parentId: l.parent_lineage_id }));

    const thread = buildRedThread(nodes, links);
    expect(thread.untraced.map((n) => n.title)).toEqual([]);
    expect(thread.roots).toHaveLength(1);
    const root = thread.roots[0] as TreeNode;
    expect(root.kind).toBe('vision');

    const own = current.find((p) => p.kind === 'utvecklingsplan' && p.person_id === person.id);
    expect(own).toBeDefined();
    const path = pathTo(root, (n) => n.goalKind === 'contribution' && n.planId === own?.id);
    expect(path).not.toBeNull();
    const kinds = (path ?? []).map((n) => (n.kind === 'goal' ? n.planKind : n.kind));
    expect(kinds.slice(0, 3)).toEqual(['vision', 'strategic_area', 'strategisk_plan']);
    expect(kinds.slice(-5)).toEqual(['namndplan', 'verksamhetsplan', 'verksamhetsplan', 'verksamhetsplan', 'utvecklingsplan']);
    expect(path?.at(-2)?.orgUnit).toBe('Hemtjänst Flen');

    // The one goal left without an indicator on purpose, and no goal without an owner.
    const unmeasured = unmeasuredGoals(nodes);
    expect(unmeasured.map((u) => [u.problem, u.node.orgUnitName])).toEqual([['no_indicator', 'Samhällsbyggnadsnämnden']]);
  });

  it('gives the staff of every enhet with a verksamhetsplan an utvecklingsplan linked to it', () => {
    const enhetPlans = plans2026().filter((p) => p.kind === 'verksamhetsplan' && unitOf(p.org_unit_id).kind === 'enhet');
    expect(enhetPlans.length).toBeGreaterThanOrEqual(5);
    expect(enhetPlans.map((p) => unitOf(p.org_unit_id).name)).toContain('Hemtjänst Flen');
    for (const ep of enhetPlans) {
      const acts = d.activities.filter((a) => a.plan_id === ep.id);
      expect(acts.length, ep.title).toBeGreaterThanOrEqual(2);
      for (const a of acts) expect(d.goals.find((g) => g.id === a.goal_id)?.plan_id).toBe(ep.id);
      const enhetLineages = new Set(d.goals.filter((g) => g.plan_id === ep.id).map((g) => g.lineage_id));
      const staff = d.roles.filter((r) => r.org_unit_id === ep.org_unit_id && r.role === 'staff');
      for (const s of staff) {
        const up = d.plans.filter((p) => p.kind === 'utvecklingsplan' && p.person_id === s.person_id);
        expect(up, s.person_id).toHaveLength(1);
        expect(up[0]?.org_unit_id).toBe(ep.org_unit_id);
        const goals = d.goals.filter((g) => g.plan_id === up[0]?.id);
        const contributions = goals.filter((g) => g.kind === 'contribution');
        const development = goals.filter((g) => g.kind === 'development');
        expect(contributions.length).toBeGreaterThanOrEqual(1);
        expect(development).toHaveLength(1);
        for (const c of contributions) {
          const parents = d.links.filter((l) => l.goal_id === c.id);
          expect(parents.length).toBeGreaterThan(0);
          for (const l of parents) expect(enhetLineages.has(l.parent_lineage_id)).toBe(true);
        }
        expect(d.links.some((l) => l.goal_id === development[0]?.id)).toBe(false);
      }
    }
  });

  it('has Socialnämnden’s nämndplan 2027 as a draft with the goals and links of 2026', () => {
    const sn = unitNamed('Socialnämnden');
    const [p2026] = planOfUnit('namndplan', sn.id, 2026);
    const [p2027] = planOfUnit('namndplan', sn.id, 2027);
    expect(p2027).toMatchObject({ status: 'draft', carried_from_id: p2026?.id, decided_on: null, year_from: 2027, year_to: 2027 });
    expect(p2027?.series_id).not.toBe(p2026?.series_id);
    const content = (planId: string | undefined) =>
      d.goals
        .filter((g) => g.plan_id === planId)
        .map((g) => ({
          lineage: g.lineage_id,
          kind: g.kind,
          parents: d.links
            .filter((l) => l.goal_id === g.id)
            .map((l) => l.parent_lineage_id)
            .sort(),
        }))
        .sort((a, b) => a.lineage.localeCompare(b.lineage));
    expect(content(p2027?.id)).toEqual(content(p2026?.id));
    expect(content(p2027?.id).length).toBeGreaterThan(0);
  });
});
