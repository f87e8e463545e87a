// Lost updates (issue 10, finding 1): for every kind of versioned row, twenty writers send the
// same version at once. Exactly one may win; the other nineteen get 409, the row holds the
// winner's values and the audit trail one change, the winner's. On PGlite (one connection) the
// writers queue anyway; on PostgreSQL (TEST_DATABASE_URL, a pool of four) they truly overlap.
// Also: a caller without the right who sends a stale version is refused for the right, not 409.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DB } from '../db/schema.js';
import { demoPasswords } from '../seed/demo.js';
import { type Call, testApp } from './harness.js';

let t: Awaited<ReturnType<typeof testApp>>;
const cookies: Record<string, string> = {};
let unitOf: (name: string) => string;
const N = 20;
const Y = 2033;
/** A marker unique to writer i that no other writer's values contain. */
const mark = (i: number) => `Race-${String(i).padStart(2, '0')}`;
const kr = (i: number) => 7_123_000 + i * 1000;

interface Race {
  name: string;
  who: string;
  method: string;
  path: string;
  /** Writer i's body at the given version (the version is ignored by kinds that carry none). */
  body: (i: number, version: number) => unknown;
  version: number;
  entityType: string;
  entityId: string;
  /** The row as stored, for the markers. */
  read: () => Promise<unknown>;
  /** What writer i leaves in the row and its audit row; absent when every writer sends the same. */
  marker?: (i: number) => string;
  /**
   * A write that sends no version (an indicator's target): writers may each win in turn, but every
   * win is audited from the state the previous one left, never two from the same.
   */
  versionless?: boolean;
  /** A delete: the losers arrive before the winner commits (409) or after (404). */
  deletes?: boolean;
}

const ok = (r: Call) => r.status >= 200 && r.status < 300;

async function must(who: string, method: string, path: string, body?: unknown) {
  const r = await t.call(method, path, { cookie: cookies[who], body });
  if (!ok(r)) throw new Error(`${method} ${path}: ${r.status} ${JSON.stringify(r.body)}`);
  return r.body;
}

async function row(table: keyof DB, key: Record<string, unknown>) {
  let q = t.db.selectFrom(table).selectAll();
  // biome-ignore lint/suspicious/noExplicitAny: a row of any table, read for its markers
  for (const [k, v] of Object.entries(key)) q = (q as any).where(k, '=', v);
  return (await q.executeTakeFirst()) ?? null;
}

beforeAll(async () => {
  t = await testApp();
  const logins = ['admin', 'elected', 'manager', 'controller', 'staff'] as const;
  for (const r of logins) cookies[r] = await t.loginAs(r);
  cookies.central = await t.login('emma.falk@flen.example', demoPasswords.controller);
  cookies.build = await t.login('hanna.lund@flen.example', demoPasswords.controller);
  const units = (await t.call('GET', '/api/org-units', { cookie: cookies.admin })).body.items as {
    id: string;
    name: string;
    kind: string;
  }[];
  unitOf = (name) => (units.find((u) => u.name === name) as { id: string }).id;
});
afterAll(() => t.close());

/** Each kind builds its own row and says how twenty writers of it are sent. */
const races: (() => Promise<Race>)[] = [
  async () => {
    const p = await must('elected', 'POST', '/api/plans', {
      kind: 'vision',
      orgUnitId: unitOf('Kommunfullmäktige'),
      title: 'V',
      yearFrom: Y,
      yearTo: Y + 7,
    });
    return {
      name: 'plan',
      who: 'elected',
      method: 'PATCH',
      path: `/api/plans/${p.id}`,
      body: (i, version) => ({ title: mark(i), summary: '', yearFrom: Y, yearTo: Y + 7, version }),
      version: p.version,
      entityType: 'plan',
      entityId: p.id,
      read: () => row('plan', { id: p.id }),
      marker: mark,
    };
  },
  async () => {
    const p = await must('elected', 'POST', '/api/plans', {
      kind: 'vision',
      orgUnitId: unitOf('Kommunfullmäktige'),
      title: 'S',
      yearFrom: Y + 1,
      yearTo: Y + 8,
    });
    return {
      name: 'plan status',
      who: 'elected',
      method: 'POST',
      path: `/api/plans/${p.id}/status`,
      body: (_i, version) => ({ status: 'in_review', version }),
      version: p.version,
      entityType: 'plan',
      entityId: p.id,
      read: () => row('plan', { id: p.id }),
    };
  },
  async () => {
    const sp = await must('elected', 'POST', '/api/plans', {
      kind: 'strategisk_plan',
      orgUnitId: unitOf('Kommunfullmäktige'),
      title: 'SP',
      yearFrom: Y,
      yearTo: Y + 3,
    });
    const g = await must('elected', 'POST', `/api/plans/${sp.id}/goals`, {
      kind: 'strategic',
      title: 'G',
      parentLineageIds: [],
      indicatorIds: [],
    });
    return {
      name: 'goal',
      who: 'elected',
      method: 'PATCH',
      path: `/api/goals/${g.id}`,
      body: (i, version) => ({ kind: 'strategic', title: mark(i), parentLineageIds: [], indicatorIds: [], version }),
      version: g.version,
      entityType: 'goal',
      entityId: g.id,
      read: () => row('goal', { id: g.id }),
      marker: mark,
    };
  },
  async () => {
    const sp = (
      await t.db.selectFrom('plan').select('id').where('kind', '=', 'strategisk_plan').where('year_from', '=', Y).executeTakeFirstOrThrow()
    ).id;
    const a = await must('elected', 'POST', `/api/plans/${sp}/strategic-areas`, { title: 'A' });
    return {
      name: 'strategic area',
      who: 'elected',
      method: 'PATCH',
      path: `/api/strategic-areas/${a.id}`,
      body: (i, version) => ({ title: mark(i), version }),
      version: a.version,
      entityType: 'strategic_area',
      entityId: a.id,
      read: () => row('strategic_area', { id: a.id }),
      marker: mark,
    };
  },
  async () => {
    const sp = (
      await t.db.selectFrom('plan').select('id').where('kind', '=', 'strategisk_plan').where('year_from', '=', Y).executeTakeFirstOrThrow()
    ).id;
    const assignees = [unitOf('Socialnämnden')];
    const a = await must('elected', 'POST', `/api/plans/${sp}/assignments`, { title: 'U', assigneeUnitIds: assignees });
    return {
      name: 'assignment',
      who: 'elected',
      method: 'PATCH',
      path: `/api/assignments/${a.id}`,
      body: (i, version) => ({ title: mark(i), assigneeUnitIds: assignees, version }),
      version: a.version,
      entityType: 'assignment',
      entityId: a.id,
      read: () => row('assignment', { id: a.id }),
      marker: mark,
    };
  },
  async () => {
    const vp = await must('manager', 'POST', '/api/plans', {
      kind: 'verksamhetsplan',
      orgUnitId: unitOf('Hemtjänst Flen'),
      title: 'VP',
      yearFrom: Y,
      yearTo: Y,
    });
    const a = await must('manager', 'POST', `/api/plans/${vp.id}/activities`, { what: 'A' });
    return {
      name: 'activity',
      who: 'manager',
      method: 'PATCH',
      path: `/api/activities/${a.id}`,
      body: (i, version) => ({ what: mark(i), version }),
      version: a.version,
      entityType: 'activity',
      entityId: a.id,
      read: () => row('activity', { id: a.id }),
      marker: mark,
    };
  },
  async () => {
    const ind = await must('elected', 'POST', '/api/indicators', { name: 'Kapplöpning', unit: '%' });
    const full = await must('elected', 'GET', `/api/indicators/${ind.id}`);
    const base = full.indicator ?? full;
    return {
      name: 'indicator',
      who: 'elected',
      method: 'PATCH',
      path: `/api/indicators/${ind.id}`,
      body: (i, version) => ({
        name: base.name,
        unit: base.unit,
        description: mark(i),
        definition: base.definition,
        direction: base.direction,
        frequency: base.frequency,
        genderSplit: base.genderSplit,
        tolerancePct: base.tolerancePct,
        version,
      }),
      version: base.version,
      entityType: 'indicator',
      entityId: ind.id,
      read: () => row('indicator', { id: ind.id }),
      marker: mark,
    };
  },
  async () => {
    const ind = (await t.db.selectFrom('indicator').select('id').where('name', '=', 'Kapplöpning').executeTakeFirstOrThrow()).id;
    const unitId = unitOf('Hemtjänst Flen');
    const target = await must('controller', 'POST', `/api/indicators/${ind}/targets`, { orgUnitId: unitId, period: String(Y), value: 1 });
    return {
      name: 'indicator target (no version sent)',
      versionless: true,
      who: 'controller',
      method: 'POST',
      path: `/api/indicators/${ind}/targets`,
      body: (i) => ({ orgUnitId: unitId, period: String(Y), value: kr(i) }),
      version: target.version,
      entityType: 'indicator_target',
      entityId: target.id,
      read: () => row('indicator_target', { id: target.id }),
      marker: (i) => String(kr(i)),
    };
  },
  async () => {
    const ind = (await t.db.selectFrom('indicator').select('id').where('name', '=', 'Kapplöpning').executeTakeFirstOrThrow()).id;
    const unitId = unitOf('Hemtjänst Flen');
    const v = await must('controller', 'POST', `/api/indicators/${ind}/measurements`, { orgUnitId: unitId, period: String(Y), value: 1 });
    return {
      name: 'measurement',
      who: 'controller',
      method: 'POST',
      path: `/api/indicators/${ind}/measurements`,
      body: (i, version) => ({ orgUnitId: unitId, period: String(Y), value: 2, comment: mark(i), version }),
      version: v.version,
      entityType: 'measurement',
      entityId: v.id,
      read: () => row('measurement', { id: v.id }),
      marker: mark,
    };
  },
  async () => {
    const u = await must('admin', 'POST', '/api/org-units', {
      kind: 'enhet',
      name: 'Kapplöpningsenheten',
      parentId: unitOf('Socialförvaltningen'),
    });
    return {
      name: 'org unit',
      who: 'admin',
      method: 'PATCH',
      path: `/api/org-units/${u.id}`,
      body: (i, version) => ({ name: mark(i), version }),
      version: u.version,
      entityType: 'org_unit',
      entityId: u.id,
      read: () => row('org_unit', { id: u.id }),
      marker: mark,
    };
  },
  async () => {
    const p = await must('admin', 'POST', '/api/people', { name: 'Kapp Löpare', email: 'kapp@flen.example' });
    return {
      name: 'person',
      who: 'admin',
      method: 'PATCH',
      path: `/api/people/${p.id}`,
      body: (i, version) => ({ name: mark(i), email: 'kapp@flen.example', active: true, version }),
      version: p.version,
      entityType: 'person',
      entityId: p.id,
      read: () => row('person', { id: p.id }),
      marker: mark,
    };
  },
  async () => {
    const p = (await t.db.selectFrom('person').select('id').where('email', '=', 'kapp@flen.example').executeTakeFirstOrThrow()).id;
    const ra = await must('admin', 'POST', '/api/role-assignments', {
      personId: p,
      orgUnitId: unitOf('Hemtjänst Flen'),
      role: 'staff',
      validFrom: '2026-01-01',
    });
    const day = (i: number) => `${Y}-01-${String(i + 1).padStart(2, '0')}`;
    return {
      name: 'role assignment (end)',
      who: 'admin',
      method: 'POST',
      path: `/api/role-assignments/${ra.id}/end`,
      body: (i, version) => ({ validTo: day(i), version }),
      version: ra.version,
      entityType: 'role_assignment',
      entityId: ra.id,
      read: () => row('role_assignment', { id: ra.id }),
      marker: day,
    };
  },
  async () => {
    const kf = unitOf('Kommunfullmäktige');
    const mt = await must('admin', 'POST', '/api/calendar/meetings', { orgUnitId: kf, heldOn: `${Y}-03-03`, title: 'M' });
    return {
      name: 'meeting',
      who: 'admin',
      method: 'PUT',
      path: `/api/calendar/meetings/${mt.id}`,
      body: (i, version) => ({ orgUnitId: kf, heldOn: `${Y}-03-03`, title: mark(i), version }),
      version: mt.version,
      entityType: 'meeting',
      entityId: mt.id,
      read: () => row('meeting', { id: mt.id }),
      marker: mark,
    };
  },
  async () => {
    const tasks = (await must('controller', 'GET', '/api/calendar/tasks?year=2026&mine=true')).items as {
      id: string;
      canEdit: boolean;
      state: string;
      version: number;
    }[];
    const task = tasks.find((x) => x.canEdit && x.state === 'not_started') as { id: string; version: number };
    return {
      name: 'calendar task state',
      who: 'controller',
      method: 'POST',
      path: `/api/calendar/tasks/${task.id}/state`,
      body: (_i, version) => ({ state: 'in_progress', version }),
      version: task.version,
      entityType: 'calendar_task',
      entityId: task.id,
      read: () => row('calendar_task', { id: task.id }),
    };
  },
  async () => ({
    name: 'cycle settings (first save, version 0)',
    who: 'admin',
    method: 'PUT',
    path: '/api/calendar/settings',
    body: (_i, version) => ({ settings: { kfAdoptionMonth: 11 }, version }),
    version: 0,
    entityType: 'cycle_setting',
    entityId: (await t.db.selectFrom('municipality').select('id').executeTakeFirstOrThrow()).id,
    read: () => row('cycle_setting', {}),
  }),
  async () => ({
    name: 'reminder settings (first save, version 0)',
    who: 'admin',
    method: 'PUT',
    path: '/api/reminders/settings',
    body: (i, version) => ({ settings: { catchUpDays: i + 1 }, version }),
    version: 0,
    entityType: 'reminder_setting',
    entityId: (await t.db.selectFrom('municipality').select('id').executeTakeFirstOrThrow()).id,
    read: () => row('reminder_setting', {}),
  }),
  async () => {
    const v = await must('central', 'POST', '/api/budget/versions', { budgetYear: 2029, kind: 'preliminary', title: 'Kapplöpning' });
    const ks = unitOf('Kommunstyrelsen');
    return {
      name: 'budget version (frames)',
      who: 'central',
      method: 'PUT',
      path: `/api/budget/versions/${v.id}/frames`,
      body: (i, version) => ({ version, frames: [{ orgUnitId: ks, kind: 'operating', year: 2029, amountKr: kr(i) }] }),
      version: v.version,
      entityType: 'budget_version',
      entityId: v.id,
      read: async () => ({ frames: await t.db.selectFrom('budget_frame').selectAll().where('version_id', '=', v.id).execute() }),
      marker: (i) => String(kr(i)),
    };
  },
  async () => {
    const sn = unitOf('Socialnämnden');
    const line = unitOf('Hemsjukvård');
    return {
      name: 'budget distribution (first save, version 0)',
      who: 'controller',
      method: 'PUT',
      path: `/api/budget/distribution/${sn}`,
      body: (i, version) => ({ budgetYear: 2030, version, lines: [{ orgUnitId: line, amountKr: kr(i) }] }),
      version: 0,
      entityType: 'budget_distribution',
      entityId: '',
      read: async () => ({
        lines: await t.db
          .selectFrom('budget_distribution_line')
          .selectAll()
          .where('org_unit_id', '=', line)
          .where('amount_kr', '>', 7_000_000)
          .execute(),
      }),
      marker: (i) => String(kr(i)),
    };
  },
  async () => {
    const sbn = unitOf('Samhällsbyggnadsnämnden');
    const inv = await must('build', 'POST', '/api/budget/investments', {
      budgetYear: 2027,
      orgUnitId: sbn,
      name: 'I',
      priority: 1,
      amounts: [],
    });
    return {
      name: 'budget investment',
      who: 'build',
      method: 'PATCH',
      path: `/api/budget/investments/${inv.id}`,
      body: (i, version) => ({ budgetYear: 2027, orgUnitId: sbn, name: mark(i), priority: 1, amounts: [], version }),
      version: inv.version,
      entityType: 'budget_investment',
      entityId: inv.id,
      read: () => row('budget_investment', { id: inv.id }),
      marker: mark,
    };
  },
  async () => {
    const sbn = unitOf('Samhällsbyggnadsnämnden');
    const grant = { budgetYear: 2027, orgUnitId: sbn, applied: true, amountKr: 1000, periodFrom: '2027-01-01', periodTo: '2027-12-31' };
    const g = await must('build', 'POST', '/api/budget/grants', { ...grant, name: 'B' });
    return {
      name: 'budget grant',
      who: 'build',
      method: 'PATCH',
      path: `/api/budget/grants/${g.id}`,
      body: (i, version) => ({ ...grant, name: mark(i), version }),
      version: g.version,
      entityType: 'budget_grant',
      entityId: g.id,
      read: () => row('budget_grant', { id: g.id }),
      marker: mark,
    };
  },
  async () => {
    await must('central', 'PUT', `/api/budget/results/${Y}/annual_report`, { resultKr: 1 });
    return {
      name: 'budget result',
      who: 'central',
      method: 'PUT',
      path: `/api/budget/results/${Y}/annual_report`,
      body: (i, version) => ({ resultKr: kr(i), version }),
      version: 1,
      entityType: 'budget_result',
      entityId: `${Y}/annual_report`,
      read: () => row('budget_result', { year: Y, source: 'annual_report' }),
      marker: (i) => String(kr(i)),
    };
  },
  async () => {
    const s = await must('admin', 'POST', '/api/allocation/scenarios', { budgetYear: Y, name: 'S' });
    return {
      name: 'allocation scenario',
      who: 'admin',
      method: 'PATCH',
      path: `/api/allocation/scenarios/${s.id}`,
      body: (i, version) => ({ name: mark(i), version }),
      version: s.version,
      entityType: 'allocation_scenario',
      entityId: s.id,
      read: () => row('allocation_scenario', { id: s.id }),
      marker: mark,
    };
  },
  async () => {
    const code = '1000';
    const m = await t.db.selectFrom('ansvar_mapping').select(['version', 'org_unit_id']).where('code', '=', code).executeTakeFirstOrThrow();
    return {
      name: 'ansvar mapping',
      who: 'admin',
      method: 'PUT',
      path: `/api/actuals/mappings/${code}`,
      body: (i, version) => ({ orgUnitId: m.org_unit_id, name: mark(i), version }),
      version: m.version,
      entityType: 'ansvar_mapping',
      entityId: code,
      read: () => row('ansvar_mapping', { code }),
      marker: mark,
    };
  },
  async () => ({
    name: 'ledger settings',
    who: 'admin',
    method: 'PUT',
    path: '/api/actuals/settings',
    body: (i, version) => ({ ansvarDimension: (i % 3) + 1, rules: null, version }),
    version: (await t.db.selectFrom('ledger_settings').select('version').executeTakeFirst())?.version ?? 0,
    entityType: 'ledger_settings',
    entityId: (await t.db.selectFrom('municipality').select('id').executeTakeFirstOrThrow()).id,
    read: () => row('ledger_settings', {}),
  }),
  async () => {
    const u = unitOf('Hemtjänst Flen');
    return {
      name: 'year forecast (first save, version 0)',
      who: 'controller',
      method: 'PUT',
      path: `/api/actuals/forecasts/${u}/2026`,
      body: (i, version) => ({ amountKr: kr(i), comment: '', version }),
      version: 0,
      entityType: 'year_forecast',
      entityId: `${u}/2026`,
      read: () => row('year_forecast', { org_unit_id: u, year: 2026 }),
      marker: (i) => String(kr(i)),
    };
  },
  async () => {
    const u = unitOf('Hemtjänst Flen');
    return {
      name: 'unit annual budget (first save, version 0)',
      who: 'controller',
      method: 'PUT',
      path: `/api/actuals/annual-budgets/${u}/2031`,
      body: (i, version) => ({ amountKr: kr(i), version }),
      version: 0,
      entityType: 'unit_annual_budget',
      entityId: `${u}/2031`,
      read: () => row('unit_annual_budget', { org_unit_id: u, year: 2031 }),
      marker: (i) => String(kr(i)),
    };
  },
];

/** Deletes: the same twenty writers, each with the version read; exactly one removes the row. */
const deletes: (() => Promise<Race>)[] = [
  async () => {
    const sp = (
      await t.db.selectFrom('plan').select('id').where('kind', '=', 'strategisk_plan').where('year_from', '=', Y).executeTakeFirstOrThrow()
    ).id;
    const g = await must('elected', 'POST', `/api/plans/${sp}/goals`, {
      kind: 'strategic',
      title: 'D',
      parentLineageIds: [],
      indicatorIds: [],
    });
    return deleting('goal', 'elected', `/api/goals/${g.id}?version=${g.version}`, 'goal', g.id, () => row('goal', { id: g.id }));
  },
  async () => {
    const vp = (
      await t.db.selectFrom('plan').select('id').where('kind', '=', 'verksamhetsplan').where('year_from', '=', Y).executeTakeFirstOrThrow()
    ).id;
    const a = await must('manager', 'POST', `/api/plans/${vp}/activities`, { what: 'D' });
    return deleting('activity', 'manager', `/api/activities/${a.id}?version=${a.version}`, 'activity', a.id, () =>
      row('activity', { id: a.id }),
    );
  },
  async () => {
    const mt = await must('admin', 'POST', '/api/calendar/meetings', {
      orgUnitId: unitOf('Kommunfullmäktige'),
      heldOn: `${Y}-04-04`,
      title: 'D',
    });
    return deleting('meeting', 'admin', `/api/calendar/meetings/${mt.id}?version=${mt.version}`, 'meeting', mt.id, () =>
      row('meeting', { id: mt.id }),
    );
  },
  async () => {
    const body = {
      budgetYear: 2027,
      orgUnitId: unitOf('Samhällsbyggnadsnämnden'),
      name: 'D',
      applied: true,
      amountKr: 1,
      periodFrom: '2027-01-01',
      periodTo: '2027-12-31',
    };
    const g = await must('build', 'POST', '/api/budget/grants', body);
    return deleting('budget grant', 'build', `/api/budget/grants/${g.id}?version=${g.version}`, 'budget_grant', g.id, () =>
      row('budget_grant', { id: g.id }),
    );
  },
  async () => {
    await must('central', 'PUT', `/api/budget/results/${Y + 1}/annual_report`, { resultKr: 1 });
    const read = () => row('budget_result', { year: Y + 1, source: 'annual_report' });
    return deleting(
      'budget result',
      'central',
      `/api/budget/results/${Y + 1}/annual_report?version=1`,
      'budget_result',
      `${Y + 1}/annual_report`,
      read,
    );
  },
];

function deleting(name: string, who: string, path: string, entityType: string, entityId: string, read: () => Promise<unknown>): Race {
  return {
    name: `${name} (delete)`,
    who,
    method: 'DELETE',
    path,
    body: () => undefined,
    version: 0,
    entityType,
    entityId,
    read,
    deletes: true,
  };
}

async function runRace(r: Race) {
  const start = Number(
    (
      await t.db
        .selectFrom('audit_log')
        .select((eb) => eb.fn.max('id').as('id'))
        .executeTakeFirst()
    )?.id ?? 0,
  );
  const answers = await Promise.all(
    Array.from({ length: N }, (_, i) => t.call(r.method, r.path, { cookie: cookies[r.who], body: r.body(i, r.version) })),
  );
  const statuses = answers.map((a) => a.status);
  const winners = statuses.flatMap((s, i) => (s >= 200 && s < 300 ? [i] : []));
  let audit = t.db
    .selectFrom('audit_log')
    .select(['action', 'before', 'after', 'entity_id'])
    .orderBy('id')
    .where('id', '>', start)
    .where('entity_type', '=', r.entityType);
  if (r.entityId) audit = audit.where('entity_id', '=', r.entityId);
  const trail = await audit.execute();
  return { statuses, winners, trail, answers };
}

describe('twenty writers with the same version: one wins, nineteen get 409', () => {
  for (const [n, make] of [...races, ...deletes].entries()) {
    it(`kind ${n + 1}`, async () => {
      const r = await make();
      const { statuses, winners, trail, answers } = await runRace(r);
      const tally = `${r.name}: ${statuses.join(' ')}`;
      // Finding 9: someone without the right who sends the now stale version is refused for the
      // right (403, or 404 where the object is not theirs to see), never told about versions.
      const outsider = await t.call(r.method, r.path, { cookie: cookies.staff, body: r.body(0, r.version) });
      expect([403, 404], `${r.name}: staff with a stale version got ${outsider.status}`).toContain(outsider.status);
      if (r.versionless) {
        const versions = trail.map((a) => [(a.before as { version: number }).version, (a.after as { version: number }).version]);
        expect(
          statuses.filter((s) => s < 200 || s >= 300).every((s) => s === 409),
          tally,
        ).toBe(true);
        expect(trail, tally).toHaveLength(winners.length);
        for (let k = 1; k < versions.length; k++)
          expect(versions[k]?.[0], `${tally} ${JSON.stringify(versions)}`).toBe(versions[k - 1]?.[1]);
        expect(((await r.read()) as { version: number }).version).toBe(versions.at(-1)?.[1]);
        return;
      }
      expect(winners, tally).toHaveLength(1);
      if (r.deletes) {
        expect(
          statuses.every((s) => ok({ status: s } as Call) || s === 404 || s === 409),
          tally,
        ).toBe(true);
        expect(
          trail.map((a) => a.action),
          tally,
        ).toEqual(['delete']);
        expect(await r.read(), r.name).toBeNull();
        return;
      }
      const losers = answers.filter((a) => !ok(a));
      expect(
        losers.map((a) => a.status),
        tally,
      ).toEqual(Array(N - 1).fill(409));
      expect(trail, `${r.name}: audit rows ${JSON.stringify(trail)}`).toHaveLength(1);
      if (r.marker) {
        const winner = winners[0] as number;
        const stored = JSON.stringify(await r.read());
        const after = JSON.stringify(trail[0]?.after);
        expect(stored, r.name).toContain(r.marker(winner));
        expect(after, r.name).toContain(r.marker(winner));
        for (let j = 0; j < N; j++) if (j !== winner) expect(stored, r.name).not.toContain(r.marker(j));
      }
    });
  }
});
