// The objects the authorization matrix calls each operation on, taken from the demo municipality:
// where a rule is decided on a unit, the object sits in Socialförvaltningen's part of the tree (the
// demo manager and controller hold roles there; the outsider does not). Objects whose change would
// take a caller's rights away (a unit, a person, a role) are ones no caller depends on.
import { randomUUID } from 'node:crypto';
import { type Kysely, sql } from 'kysely';
import type { PlanKind } from '../../core/plans/kinds.js';
import type { DB } from '../db/schema.js';

export interface Target {
  params?: Record<string, string>;
  query?: Record<string, string>;
  /** Fields of the body to set (the rest is a minimal instance of the schema). */
  fields?: Record<string, unknown>;
  /** The object belongs to the demo municipality: another municipality's user must be refused. */
  object?: boolean;
  unitId?: string;
  bodyId?: string;
  plan?: { kind: PlanKind; orgUnitId: string; personId: string | null };
  /** For `own` objects: whose it is. */
  ownerId?: string;
}

// biome-ignore lint/suspicious/noExplicitAny: rows of ad hoc queries
type Row = Record<string, any>;

export async function matrixTargets(db: Kysely<DB>, m: string, staffId: string, staffFeed: { id: string; file: string }) {
  const one = async (q: ReturnType<typeof sql>): Promise<Row> => {
    const { rows } = await (q as ReturnType<typeof sql<Row>>).execute(db);
    return (rows[0] as Row) ?? {};
  };
  const unit = (name: string) => one(sql`SELECT id, version FROM org_unit WHERE municipality_id = ${m} AND name = ${name}`);
  const hemtjanst = await unit('Hemtjänst Flen');
  const victimUnit = await unit('IFO Vuxen');
  const socialnamnd = await unit('Socialnämnden');
  const victim = await one(sql`SELECT p.id, p.name, p.email, p.version, ra.id AS role_id, ra.version AS role_version
    FROM person p JOIN role_assignment ra ON ra.person_id = p.id AND ra.municipality_id = p.municipality_id
    WHERE p.municipality_id = ${m} AND p.name = 'Hussein Ali'`);
  const planOf = (where: ReturnType<typeof sql>) =>
    one(
      sql`SELECT id, kind, org_unit_id, person_id, version FROM plan WHERE municipality_id = ${m} AND ${where} ORDER BY year_from DESC LIMIT 1`,
    );
  const vp = await planOf(sql`kind = 'verksamhetsplan' AND org_unit_id = ${hemtjanst.id}`);
  const up = await planOf(sql`kind = 'utvecklingsplan' AND person_id = ${staffId}`);
  const asPlan = (p: Row) => ({ kind: p.kind as PlanKind, orgUnitId: p.org_unit_id as string, personId: p.person_id as string | null });
  const item = async (table: string) => {
    const r = await one(
      sql`SELECT i.id, i.version, p.kind, p.org_unit_id, p.person_id FROM ${sql.table(table)} i JOIN plan p ON p.id = i.plan_id AND p.municipality_id = i.municipality_id
        WHERE i.municipality_id = ${m} ORDER BY p.kind = 'verksamhetsplan' DESC LIMIT 1`,
    );
    return { params: { id: r.id }, query: { version: String(r.version) }, fields: { version: r.version }, object: true, plan: asPlan(r) };
  };
  const indicator = await one(sql`SELECT id, version FROM indicator WHERE municipality_id = ${m} LIMIT 1`);
  const measurement = await one(sql`SELECT id FROM measurement WHERE municipality_id = ${m} LIMIT 1`);
  const goal = await one(sql`SELECT id FROM goal WHERE municipality_id = ${m} LIMIT 1`);
  const meeting = await one(
    sql`SELECT id, version, org_unit_id, held_on FROM meeting WHERE municipality_id = ${m} AND org_unit_id = ${socialnamnd.id} LIMIT 1`,
  );
  const task = await one(
    sql`SELECT t.id, t.version, t.org_unit_id FROM calendar_task t JOIN org_unit u ON u.id = t.org_unit_id AND u.municipality_id = t.municipality_id
      WHERE t.municipality_id = ${m} AND u.name IN ('Hemtjänst Flen', 'Socialförvaltningen') LIMIT 1`,
  );
  const draft = await one(sql`SELECT id, version FROM budget_version WHERE municipality_id = ${m} AND status = 'draft' LIMIT 1`);
  const anyVersion = await one(sql`SELECT id, budget_year FROM budget_version WHERE municipality_id = ${m} LIMIT 1`);
  const investment = await one(
    sql`SELECT id, version, budget_year, name, priority FROM budget_investment WHERE municipality_id = ${m} AND org_unit_id = ${socialnamnd.id} LIMIT 1`,
  );
  const grant = await one(
    sql`SELECT id, version, budget_year, name FROM budget_grant WHERE municipality_id = ${m} AND org_unit_id = ${socialnamnd.id} LIMIT 1`,
  );
  const scenario = await one(sql`SELECT id, version FROM allocation_scenario WHERE municipality_id = ${m} LIMIT 1`);
  const mapping = await one(
    sql`SELECT code, version, org_unit_id FROM ansvar_mapping WHERE municipality_id = ${m} AND org_unit_id = ${hemtjanst.id} LIMIT 1`,
  );
  const job = await one(sql`SELECT id FROM import_job WHERE municipality_id = ${m} LIMIT 1`);
  // A notification of the staff member's own, so that only they may mark it read.
  const notification = await one(sql`INSERT INTO notification (municipality_id, person_id, kind, title, body)
    VALUES (${m}, ${staffId}, 'before', 'Matris', 'Matris') RETURNING id`);

  const unitFields = { orgUnitId: hemtjanst.id };
  const hemtjanstObj = { params: { id: hemtjanst.id }, object: true, unitId: hemtjanst.id };
  const victimUnitObj = { params: { id: victimUnit.id }, object: true, unitId: victimUnit.id, fields: { version: victimUnit.version } };
  const body = (id: string | undefined, extra: Record<string, unknown> = {}) => ({
    params: { bodyId: id ?? randomUUID() },
    object: true,
    bodyId: id,
    ...extra,
  });
  const vpTarget: Target = { params: { id: vp.id }, object: true, plan: asPlan(vp), fields: { version: vp.version } };
  const year = String(anyVersion.budget_year ?? 2026);

  const targets: Record<string, Target> = {
    'POST /auth/login': { fields: { municipality: '0482', email: 'medarbetare@flen.example', password: 'styr-demo-staff' } },
    'POST /org-units': { fields: { parentId: victimUnit.id, kind: 'enhet' }, unitId: victimUnit.id },
    'GET /org-units/{id}': hemtjanstObj,
    'PATCH /org-units/{id}': { ...victimUnitObj, fields: { ...victimUnitObj.fields, name: 'IFO Vuxen' } },
    'POST /org-units/{id}/move': { ...victimUnitObj, fields: { ...victimUnitObj.fields, parentId: victimUnit.id } },
    'POST /org-units/{id}/close': victimUnitObj,
    'GET /people/{id}': { params: { id: victim.id }, object: true },
    'PATCH /people/{id}': {
      params: { id: victim.id },
      object: true,
      fields: { name: victim.name, email: victim.email, active: true, version: victim.version },
    },
    'POST /role-assignments': { fields: { personId: victim.id, orgUnitId: victimUnit.id, role: 'staff' }, unitId: victimUnit.id },
    'POST /role-assignments/{id}/end': {
      params: { id: victim.role_id },
      object: true,
      unitId: victimUnit.id,
      fields: { version: victim.role_version },
    },
    'POST /plans': {
      fields: { kind: 'verksamhetsplan', orgUnitId: hemtjanst.id, yearFrom: 2027, yearTo: 2027 },
      plan: { kind: 'verksamhetsplan', orgUnitId: hemtjanst.id, personId: null },
    },
    'GET /plans/{id}': { params: { id: up.id }, object: true, plan: asPlan(up) },
    'GET /plans/{id}/link-targets': vpTarget,
    'GET /red-thread/nodes/{id}': { params: { id: goal.id }, object: true },
    'GET /red-thread/units/{id}': hemtjanstObj,
    'GET /import-jobs/{id}': { params: { id: job.id ?? randomUUID() }, object: true },
    'GET /indicators/{id}': { params: { id: indicator.id }, object: true },
    'PATCH /indicators/{id}': { params: { id: indicator.id }, object: true, fields: { version: indicator.version } },
    'POST /indicators/{id}/targets': {
      params: { id: indicator.id },
      object: true,
      unitId: hemtjanst.id,
      fields: { ...unitFields, period: '2026', value: 1 },
    },
    'POST /indicators/{id}/measurements': {
      params: { id: indicator.id },
      object: true,
      unitId: hemtjanst.id,
      fields: { ...unitFields, period: '2026', value: 1 },
    },
    'POST /indicators/{id}/measurements/bulk': {
      params: { id: indicator.id },
      object: true,
      unitId: hemtjanst.id,
      fields: { rows: [{ orgUnitId: hemtjanst.id, period: '2026', value: 1 }] },
    },
    'GET /measurements/{id}/history': { params: { id: measurement.id ?? randomUUID() }, object: true },
    'GET /kolada/values': { query: { kpi: 'N00001' } },
    'POST /indicators/from-kolada': { fields: { kpi: 'N00001' } },
    'PATCH /notifications/{id}': {
      params: { id: notification.id },
      object: true,
      ownerId: staffId,
      fields: { read: true },
    },
    'DELETE /calendar/feeds/{id}': { params: { id: staffFeed.id }, object: true, ownerId: staffId },
    'GET /calendar/feeds/{file}': { params: { file: staffFeed.file } },
    'POST /calendar/meetings': { fields: { orgUnitId: socialnamnd.id, heldOn: '2026-11-30' }, unitId: socialnamnd.id },
    'POST /calendar/meetings/import': {
      fields: {
        orgUnitId: socialnamnd.id,
        year: 2026,
        format: 'csv',
        content: 'organ;datum;titel\nSocialnämnden;2026-11-30;Sammanträde\n',
      },
      unitId: socialnamnd.id,
    },
    'PUT /calendar/meetings/{id}': {
      params: { id: meeting.id ?? randomUUID() },
      object: true,
      unitId: socialnamnd.id,
      fields: { orgUnitId: socialnamnd.id, heldOn: meeting.held_on, version: meeting.version },
    },
    'DELETE /calendar/meetings/{id}': {
      params: { id: meeting.id ?? randomUUID() },
      object: true,
      unitId: socialnamnd.id,
      query: { version: String(meeting.version) },
    },
    'POST /calendar/tasks/{id}/state': {
      params: { id: task.id },
      object: true,
      unitId: task.org_unit_id,
      fields: { state: 'in_progress', version: task.version },
    },
    'POST /calendar/{year}/tasks': { params: { year: '2026' } },
    'GET /calendar/{year}': { params: { year: '2026' } },
    'GET /budget/versions': { query: { year } },
    'GET /budget/versions/{id}': { params: { id: anyVersion.id }, object: true },
    'PUT /budget/versions/{id}/frames': {
      params: { id: draft.id ?? anyVersion.id },
      object: true,
      fields: { version: draft.version ?? 1 },
    },
    'POST /budget/versions/{id}/decide': {
      params: { id: draft.id ?? anyVersion.id },
      object: true,
      fields: { version: draft.version ?? 1 },
    },
    'POST /budget/versions/{id}/frames/import': {
      params: { id: draft.id ?? anyVersion.id },
      object: true,
      query: { version: String(draft.version ?? 1) },
    },
    'GET /budget/diff': { query: { from: anyVersion.id, to: anyVersion.id }, object: true },
    'GET /budget/export/diff': { query: { from: anyVersion.id, to: anyVersion.id }, object: true },
    'GET /budget/export/frames': { query: { versionId: anyVersion.id }, object: true },
    'GET /budget/distribution/{bodyId}': body(socialnamnd.id, { query: { year } }),
    'PUT /budget/distribution/{bodyId}': body(socialnamnd.id, { fields: { budgetYear: Number(year), version: 1, lines: [] } }),
    'POST /budget/distribution/{bodyId}/import': body(socialnamnd.id, { query: { year, version: '1' } }),
    'GET /budget/export/distribution': { query: { year, bodyId: socialnamnd.id }, object: true },
    'GET /budget/investments': { query: { year } },
    'GET /budget/export/investments': { query: { year } },
    'GET /budget/grants': { query: { year } },
    'GET /budget/export/grants': { query: { year } },
    'POST /budget/investments': { bodyId: socialnamnd.id, fields: { budgetYear: Number(year), orgUnitId: socialnamnd.id, priority: 1 } },
    'PATCH /budget/investments/{id}': {
      params: { id: investment.id ?? randomUUID() },
      object: true,
      bodyId: socialnamnd.id,
      fields: {
        budgetYear: investment.budget_year,
        orgUnitId: socialnamnd.id,
        name: investment.name,
        priority: investment.priority,
        version: investment.version,
      },
    },
    'DELETE /budget/investments/{id}': {
      params: { id: investment.id ?? randomUUID() },
      object: true,
      bodyId: socialnamnd.id,
      query: { version: String(investment.version) },
    },
    'POST /budget/grants': {
      bodyId: socialnamnd.id,
      fields: { budgetYear: Number(year), orgUnitId: socialnamnd.id, applied: false, reasonNotApplied: 'Matris' },
    },
    'PATCH /budget/grants/{id}': {
      params: { id: grant.id ?? randomUUID() },
      object: true,
      bodyId: socialnamnd.id,
      fields: {
        budgetYear: grant.budget_year,
        orgUnitId: socialnamnd.id,
        name: grant.name,
        applied: false,
        reasonNotApplied: 'Matris',
        version: grant.version,
      },
    },
    'DELETE /budget/grants/{id}': {
      params: { id: grant.id ?? randomUUID() },
      object: true,
      bodyId: socialnamnd.id,
      query: { version: String(grant.version) },
    },
    'PUT /budget/results/{year}/{source}': { params: { year: '2027', source: 'forecast' } },
    'DELETE /budget/results/{year}/{source}': { params: { year: '2027', source: 'forecast' }, query: { version: '1' } },
    'POST /budget/versions/from-scenario': { fields: { scenarioId: scenario.id, budgetYear: 2027, kind: 'proposal' } },
    'GET /allocation/scenarios/{id}': { params: { id: scenario.id }, object: true },
    'PATCH /allocation/scenarios/{id}': { params: { id: scenario.id }, object: true, fields: { version: scenario.version } },
    'DELETE /allocation/scenarios/{id}': { params: { id: scenario.id }, object: true, query: { version: String(scenario.version) } },
    'POST /allocation/scenarios/{id}/base': { params: { id: scenario.id }, object: true, fields: { version: scenario.version } },
    'GET /allocation/compare': { query: { a: scenario.id, b: scenario.id }, object: true },
    'GET /allocation/export/compare': { query: { a: scenario.id, b: scenario.id }, object: true },
    'GET /allocation/export/scenario': { query: { id: scenario.id }, object: true },
    'GET /allocation/export/bridge': { query: { id: scenario.id, namnd: socialnamnd.id }, object: true },
    'GET /actuals/outcome': { query: { year: '2026' } },
    'GET /actuals/outcome.xlsx': { query: { year: '2026' } },
    'PUT /actuals/forecasts/{unitId}/{year}': { params: { unitId: hemtjanst.id, year: '2026' }, object: true, unitId: hemtjanst.id },
    'PUT /actuals/annual-budgets/{unitId}/{year}': { params: { unitId: hemtjanst.id, year: '2026' }, object: true, unitId: hemtjanst.id },
    'PUT /actuals/mappings/{code}': {
      params: { code: mapping.code ?? 'X1' },
      unitId: hemtjanst.id,
      fields: { orgUnitId: hemtjanst.id, version: mapping.version ?? 0 },
    },
  };
  for (const [op, table] of [
    ['goals', 'goal'],
    ['strategic-areas', 'strategic_area'],
    ['assignments', 'assignment'],
    ['activities', 'activity'],
  ] as const) {
    const t = await item(table);
    targets[`PATCH /${op}/{id}`] = t;
    targets[`DELETE /${op}/{id}`] = t;
  }
  for (const op of [
    'PATCH',
    'POST /status',
    'POST /versions',
    'POST /rollover',
    'POST /goals',
    'POST /strategic-areas',
    'POST /assignments',
    'POST /activities',
  ]) {
    const [method, tail = ''] = op.split(' ');
    targets[`${method} /plans/{id}${tail}`] = vpTarget;
  }
  return targets;
}
