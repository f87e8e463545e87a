// The audit log as its readers see it: an utvecklingsplan's content stays private (finding 6),
// the revisor reads the whole municipality (finding 10), a bulk save shows its values (finding 9).
import { readFileSync } from 'node:fs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../auth/passwords.js';
import { insertMunicipalityWithAdmin } from '../setup/service.js';
import { testApp } from '../testing/harness.js';

let t: Awaited<ReturnType<typeof testApp>>;
type Unit = { id: string; name: string; kind: string };
let units: Unit[];
const unit = (name: string) => units.find((u) => u.name === name) as Unit;
type Entry = { entityType: string; entityId: string; action: string; before: unknown; after: unknown; private: boolean; orgUnitId: string };
const Y = 2033;
const SECRET = 'Hemligt: jag vill byta arbetsplats';

async function auditOf(cookie: string, query: string): Promise<Entry[]> {
  const res = await t.call('GET', `/api/audit?pageSize=200&${query}`, { cookie });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.items;
}

let plan: { id: string };
let goal: { id: string };
let deleted: { id: string };

beforeAll(async () => {
  t = await testApp();
  const admin = await t.loginAs('admin');
  units = (await t.call('GET', '/api/org-units', { cookie: admin })).body.items;
  const staff = await t.loginAs('staff');
  const me = (await t.call('GET', '/api/auth/me', { cookie: staff })).body;
  const post = async (path: string, body: unknown) => {
    const res = await t.call('POST', path, { cookie: staff, body });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body;
  };
  plan = await post('/api/plans', {
    kind: 'utvecklingsplan',
    orgUnitId: unit('Hemtjänst Flen').id,
    personId: me.id,
    title: `${SECRET} ${Y}`,
    yearFrom: Y,
    yearTo: Y,
  });
  goal = await post(`/api/plans/${plan.id}/goals`, { kind: 'development', title: SECRET });
  deleted = await post(`/api/plans/${plan.id}/goals`, { kind: 'development', title: `${SECRET} (strukits)` });
  const del = await t.call('DELETE', `/api/goals/${deleted.id}?version=${(deleted as { version?: number }).version ?? 1}`, {
    cookie: staff,
  });
  expect(del.status, JSON.stringify(del.body)).toBeLessThan(300);
});
afterAll(() => t.close());

describe('an utvecklingsplan in the audit log', () => {
  it('shows the administrator that it changed, by whom and when, but not its text', async () => {
    const admin = await t.loginAs('admin');
    expect((await t.call('GET', `/api/plans/${plan.id}`, { cookie: admin })).status).toBe(404);
    const rows = [
      ...(await auditOf(admin, `entityId=${plan.id}`)),
      ...(await auditOf(admin, `entityId=${goal.id}`)),
      ...(await auditOf(admin, `entityId=${deleted.id}`)),
    ];
    expect(rows.map((r) => `${r.entityType}:${r.action}`).sort()).toEqual(['goal:create', 'goal:create', 'goal:delete', 'plan:create']);
    expect(JSON.stringify(rows)).not.toContain('Hemligt');
    expect(rows.every((r) => r.private && r.before === null && r.after === null)).toBe(true);
    expect(JSON.stringify(await auditOf(admin, 'entityType=goal'))).not.toContain('Hemligt');
  });

  it('shows the text to a reader of the log who is also the employee’s manager', async () => {
    const admin = await t.loginAs('admin');
    const me = (await t.call('GET', '/api/auth/me', { cookie: admin })).body;
    const role = await t.call('POST', '/api/role-assignments', {
      cookie: admin,
      body: { personId: me.id, orgUnitId: unit('Hemtjänst Flen').id, role: 'manager' },
    });
    expect(role.status, JSON.stringify(role.body)).toBe(201);
    const rows = await auditOf(admin, `entityId=${deleted.id}`);
    expect(rows.find((r) => r.action === 'delete')?.before).toMatchObject({ title: `${SECRET} (strukits)` });
    expect(rows.every((r) => !r.private)).toBe(true);
  });
});

describe('rows written before the marks (migration 0011)', () => {
  it('are marked by the backfill from the plans they name, even a plan that is gone', async () => {
    const m = t.demo?.municipalityId as string;
    const plans = await t.db
      .selectFrom('plan')
      .select(['id', 'kind', 'person_id', 'org_unit_id'])
      .where('municipality_id', '=', m)
      .execute();
    const up = plans.find((p) => p.kind === 'utvecklingsplan') as (typeof plans)[number];
    const open = plans.find((p) => p.kind === 'verksamhetsplan') as (typeof plans)[number];
    const gone = '00000000-0000-4000-8000-0000000000aa';
    const row = (entity_type: string, entity_id: string, after: unknown) => ({
      municipality_id: m,
      actor_id: null,
      action: 'backfill-test',
      entity_type,
      entity_id,
      after: JSON.stringify(after),
    });
    await t.db
      .insertInto('audit_log')
      .values([
        row('plan', up.id, { title: 'x' }),
        row('goal', 'g1', { planId: up.id, title: 'x' }),
        row('activity', 'a1', { plan_id: up.id, what: 'x' }),
        row('plan', gone, { kind: 'utvecklingsplan', personId: up.person_id, orgUnitId: up.org_unit_id }),
        row('goal', 'g2', { planId: open.id, title: 'öppen' }),
      ])
      .execute();
    const file = readFileSync(new URL('../db/migrations/0011_audit_privacy.sql', import.meta.url), 'utf8');
    const updates = file
      .split(';')
      .map((st) => st.replace(/^(\s*--.*\n)*/gm, '').trim())
      .filter((st) => st.startsWith('UPDATE'));
    expect(updates).toHaveLength(2);
    for (const st of updates) await sql.raw(st).execute(t.db);
    const marked = await t.db
      .selectFrom('audit_log')
      .select(['entity_id', 'private_person_id', 'private_org_unit_id'])
      .where('action', '=', 'backfill-test')
      .orderBy('id')
      .execute();
    expect(marked.map((r) => [r.entity_id, r.private_person_id === up.person_id, r.private_org_unit_id === up.org_unit_id])).toEqual([
      [up.id, true, true],
      ['g1', true, true],
      ['a1', true, true],
      [gone, true, true],
      ['g2', false, false],
    ]);
  });
});

describe('the revisor', () => {
  it('reads the whole municipality’s log, private content masked, and no other municipality', async () => {
    const revisor = await t.loginAs('auditor');
    const rows = await auditOf(revisor, 'entityType=plan');
    const seen = new Set(rows.map((r) => r.orgUnitId));
    expect(seen.has(unit('Hemtjänst Flen').id)).toBe(true);
    expect(rows.find((r) => r.entityId === plan.id)).toMatchObject({ private: true, after: null });
    expect(JSON.stringify(await auditOf(revisor, `entityId=${goal.id}`))).not.toContain('Hemligt');
    const passwordHash = await hashPassword('andra-kommunens-admin');
    const other = await t.db.transaction().execute((trx) =>
      insertMunicipalityWithAdmin(trx, {
        municipalityCode: '0486',
        municipalityName: 'Strängnäs kommun',
        name: 'Sara Admin',
        email: 'admin@strangnas.example',
        passwordHash,
      }),
    );
    const all = await auditOf(revisor, 'action=setup');
    expect(all.some((r) => r.entityId === other.municipalityId)).toBe(false);
  });
});

describe('a bulk save of values', () => {
  it('audits each value it changed, before and after', async () => {
    const controller = await t.loginAs('controller');
    const created = await t.call('POST', '/api/indicators', { cookie: controller, body: { name: 'Bulkindikator', unit: 'st' } });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const id = created.body.id;
    const orgUnitId = unit('Hemtjänst Flen').id;
    const save = (values: number[]) =>
      t.call('POST', `/api/indicators/${id}/measurements/bulk`, {
        cookie: controller,
        body: { rows: values.map((value, i) => ({ orgUnitId, period: `${Y}-0${i + 1}`, value })) },
      });
    expect((await save([11, 12, 13])).body).toEqual({ rows: 3, changed: 3 });
    expect((await save([11, 22, 13])).body).toEqual({ rows: 3, changed: 1 });
    const admin = await t.loginAs('admin');
    const rows = (await auditOf(admin, 'entityType=measurement')).filter(
      (r) => (r.after as { indicator_id?: string } | null)?.indicator_id === id,
    );
    const shown = rows.map((r) => [r.action, (r.before as { value?: string } | null)?.value ?? null, (r.after as { value: string }).value]);
    expect(shown.map(([a, b, v]) => `${a} ${b ?? '-'} → ${Number(v)}`).sort()).toEqual([
      'create - → 11',
      'create - → 12',
      'create - → 13',
      'update 12 → 22',
    ]);
    expect(rows.every((r) => r.orgUnitId === orgUnitId)).toBe(true);
  });
});
