// The authorization matrix: every operation of the OpenAPI document × anonymous, each demo role,
// the central controller, a caller outside the object's subtree and another municipality's
// administrator, checked against the policy table (src/core/auth/operations.ts). Expected answers:
// - refused: 401, 403 or 404 — never 2xx or 5xx. Only another municipality's user may also get
//   400: an id of ours in its request body is "not found" for it, which input validation reports
//   on the field. Request validation runs before a handler's authorization, so every body here is
//   valid (matrixTargets.ts gives the fields a minimal instance cannot guess); a 400 for a refused
//   caller of the same municipality, a 409 (refused callers send a stale version: the right comes
//   first) or a 422 is a discrepancy: the gate was never reached.
// - allowed: anything but 401/403 and 5xx (the minimal body may fail a business rule: that is past
//   the gate).
// Calls run on one database, reads first and deletions last, weakest caller first; the objects that
// are changed are ones no caller's rights depend on (matrixTargets.ts).
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  type AccessContext,
  ancestryOf,
  holds,
  holdsAnywhere,
  holdsAtCentre,
  planContext,
  rolesAtCentre,
  rolesForBody,
  type UnitNode,
} from '../../core/auth/access.js';
import { operations, type Policy } from '../../core/auth/operations.js';
import type { Permission } from '../../core/auth/permissions.js';
import { canEditBody, canEditInvestment } from '../../core/budget/rights.js';
import { workableUnits } from '../../core/calendar/tasks.js';
import { permissions } from '../../core/auth/permissions.js';
import type { OrgUnitKind, Role } from '../../core/org/kinds.js';
import { canReadPlan, canWritePlan } from '../../core/plans/rights.js';
import { insertMunicipalityWithAdmin } from '../setup/service.js';
import { demoLogins, demoPasswords } from '../seed/demo.js';
import { testApp } from '../testing/harness.js';
import { hashPassword } from './passwords.js';
import { sample } from './matrixSample.js';
import { matrixTargets, type Target } from './matrixTargets.js';

interface Who {
  name: string;
  cookie: string | null;
  password: string;
  email: string;
  personId: string;
  foreign: boolean;
  ctx: AccessContext;
}

let t: Awaited<ReturnType<typeof testApp>>;
// biome-ignore lint/suspicious/noExplicitAny: the OpenAPI document
let doc: any;
let callers: Who[];
let targets: Record<string, Target>;
let tree: Map<string, UnitNode[]>;

async function rolesOf(personId: string) {
  const { rows } = await sql<{ role: Role; orgUnitId: string }>`SELECT role, org_unit_id AS "orgUnitId" FROM role_assignment
    WHERE person_id = ${personId} AND valid_from <= current_date AND (valid_to IS NULL OR valid_to > current_date)`.execute(t.db);
  return rows;
}

async function who(name: string, login: [string, string, string?] | null, personId: string, foreign = false): Promise<Who> {
  const [email, password, municipality] = login ?? ['', ''];
  const cookie = login ? await t.login(email, password, municipality) : null;
  return {
    name,
    cookie,
    email,
    password,
    personId,
    foreign,
    ctx: { personId, roles: cookie ? await rolesOf(personId) : [], ancestry: tree },
  };
}

beforeAll(async () => {
  t = await testApp();
  const m = t.demo?.municipalityId as string;
  doc = (await t.call('GET', '/api/openapi.json')).body;
  const person = async (email: string) =>
    (await t.db.selectFrom('person').select('id').where('municipality_id', '=', m).where('email', '=', email).executeTakeFirstOrThrow()).id;
  // Another municipality, its administrator on its fullmäktige: the centre of its own tree.
  const other = await t.db.transaction().execute(async (trx) =>
    insertMunicipalityWithAdmin(trx, {
      municipalityCode: '0484',
      municipalityName: 'Eskilstuna kommun',
      name: 'Eva Admin',
      email: 'eva@eskilstuna.example',
      passwordHash: await hashPassword('andra-kommunens-admin'),
    }),
  );
  // Outside the objects' subtree: manager and controller of another förvaltning, elected in its nämnd.
  const outsider = await t.db
    .insertInto('person')
    .values({ municipality_id: m, name: 'Olle Utanför', email: 'olle@flen.example', password_hash: await hashPassword('olle-utanfor-1') })
    .returning('id')
    .executeTakeFirstOrThrow();
  const bukf = await t.db
    .selectFrom('org_unit')
    .select(['id', 'parent_id'])
    .where('municipality_id', '=', m)
    .where('name', '=', 'Barn-, utbildnings- och kulturförvaltningen')
    .executeTakeFirstOrThrow();
  await t.db
    .insertInto('role_assignment')
    .values([
      { municipality_id: m, person_id: outsider.id, org_unit_id: bukf.id, role: 'manager' },
      { municipality_id: m, person_id: outsider.id, org_unit_id: bukf.id, role: 'controller' },
      { municipality_id: m, person_id: outsider.id, org_unit_id: bukf.parent_id as string, role: 'elected' },
    ])
    .execute();
  const units = await t.db.selectFrom('org_unit').select(['id', 'kind', 'parent_id']).execute();
  tree = ancestryOf(units.map((u) => ({ id: u.id, kind: u.kind as OrgUnitKind, parentId: u.parent_id })));
  callers = [await who('anonymous', null, '')];
  callers.push(await who('other municipality', ['eva@eskilstuna.example', 'andra-kommunens-admin', '0484'], other.personId, true));
  callers.push(await who('outsider', ['olle@flen.example', 'olle-utanfor-1'], outsider.id));
  for (const role of ['staff', 'auditor', 'registrar', 'elected', 'manager', 'controller'] as const) {
    const email = demoLogins.find((l) => l.role === role)?.email as string;
    callers.push(await who(role, [email, demoPasswords[role]], await person(email)));
  }
  const central = 'emma.falk@flen.example';
  callers.push(await who('central controller', [central, demoPasswords.controller], await person(central)));
  callers.push(await who('admin', ['admin@flen.example', demoPasswords.admin], await person('admin@flen.example')));
  const staff = callers.find((c) => c.name === 'staff') as Who;
  const feed = (await t.call('POST', '/api/calendar/feeds', { cookie: staff.cookie ?? '', body: {} })).body;
  targets = await matrixTargets(t.db, m, staff.personId, {
    id: feed.id,
    file:
      String(feed.path ?? '')
        .split('/')
        .pop() ?? '',
  });
}, 120_000);
afterAll(() => t?.close());

function allowed(p: Policy, c: Who, target: Target): boolean {
  if (p.access === 'public') return true;
  if (!c.cookie) return false;
  if (c.foreign && target.object) return false;
  if (p.access === 'signedIn') return true;
  if (p.access === 'own') return !target.ownerId || target.ownerId === c.personId;
  const ctx = c.ctx;
  const plan = target.plan;
  const body = { atCentre: rolesAtCentre(ctx), atBody: target.bodyId ? rolesForBody(ctx, target.bodyId) : new Set<Role>() };
  switch (p.access) {
    case 'readPlan':
      return !!plan && canReadPlan(plan.kind, planContext(ctx, plan));
    case 'writePlan':
      return !!plan && canWritePlan(plan.kind, planContext(ctx, plan));
    case 'editBody':
      return canEditBody(body);
    case 'editInvestment':
      return canEditInvestment(body);
    case 'workTask': {
      const units = [...tree.values()].map((line) => ({ ...(line[0] as UnitNode), name: '' }));
      const roots = ctx.roles.filter((r) => (permissions.workTasks as readonly Role[]).includes(r.role)).map((r) => r.orgUnitId);
      return !!target.unitId && workableUnits(units, roots).has(target.unitId);
    }
    case 'mapCode':
      return holdsAtCentre(ctx, 'manageLedger') || (!!target.unitId && holds(ctx, 'manageLedger', target.unitId));
  }
  const permission = p.access as Permission;
  if (p.scope === 'anywhere') return holdsAnywhere(ctx.roles, permission);
  if (p.scope === 'centre') return holdsAtCentre(ctx, permission);
  return !!target.unitId && holds(ctx, permission, target.unitId);
}

const order = (key: string) => (key.startsWith('GET ') ? 0 : key.startsWith('DELETE ') ? 2 : 1);

it('answers every operation as the policy table says, for every kind of caller', async () => {
  const started = Date.now();
  const ops: { key: string; method: string; path: string; op: Record<string, unknown> }[] = [];
  for (const [path, item] of Object.entries(doc.paths as Record<string, Record<string, Record<string, unknown>>>))
    for (const [method, op] of Object.entries(item))
      ops.push({ key: `${method.toUpperCase()} ${path}`, method: method.toUpperCase(), path, op });
  const missing = ops.filter((o) => !operations[o.key]).map((o) => o.key);
  expect(missing, 'operations without a row in src/core/auth/operations.ts').toEqual([]);
  expect(
    Object.keys(operations).filter((k) => !ops.some((o) => o.key === k)),
    'rows for no operation',
  ).toEqual([]);

  const wrong: string[] = [];
  const gateUnseen = new Set<string>();
  for (const o of ops.sort((a, b) => order(a.key) - order(b.key))) {
    const policy = operations[o.key] as Policy;
    const target = targets[o.key] ?? {};
    // biome-ignore lint/suspicious/noExplicitAny: the OpenAPI operation
    const params = (o.op.parameters ?? []) as any[];
    const url = o.path.replace(/\{(\w+)\}/g, (_, name) =>
      encodeURIComponent(target.params?.[name] ?? '00000000-0000-4000-8000-000000000000'),
    );
    const query = new URLSearchParams(target.query ?? {});
    for (const q of params)
      if (q.in === 'query' && q.required && !query.has(q.name)) query.set(q.name, String(sample(q.schema, doc, {}, q.name)));
    // biome-ignore lint/suspicious/noExplicitAny: the OpenAPI operation
    const content = (o.op.requestBody as any)?.content ?? {};
    const type = Object.keys(content)[0];
    for (const c of callers) {
      const expectAllowed = allowed(policy, c, target);
      // Signing in ends the session the browser presents: it is sent without one.
      const cookie = o.key === 'POST /auth/login' ? null : c.cookie;
      const headers: Record<string, string> = cookie ? { cookie } : {};
      // Changing one's own password needs the current one; the new one passes the policy.
      const mine =
        o.key === 'POST /auth/password' ? { currentPassword: c.password || 'x', newPassword: `Matris ${c.password} ändrad 2026!` } : {};
      let body: string | undefined;
      if (type === 'application/json') {
        headers['content-type'] = type;
        body = JSON.stringify(
          sample(content[type].schema, doc, {
            budgetYear: 2026,
            year: 2026,
            version: 1,
            ...target.fields,
            ...mine,
            ...(expectAllowed ? {} : { version: 99 }),
          }),
        );
      } else if (type) headers['content-type'] = type;
      // A refused caller sends a stale version: the right is checked before the version, so it
      // must still get 401/403/404 — a 409 would tell someone without the right about the row.
      const q = new URLSearchParams(query);
      if (!expectAllowed && q.has('version')) q.set('version', '99');
      const res = await t.app.request(`/api${url}${[...q].length ? `?${q}` : ''}`, {
        method: o.method,
        headers,
        body: type && !body ? new Uint8Array() : body,
      });
      const s = res.status;
      await res.arrayBuffer();
      const refusedOk = s === 401 || s === 403 || s === 404 || (s === 400 && c.foreign);
      const ok = s < 500 && (expectAllowed ? s !== 401 && s !== 403 : refusedOk);
      if (!ok) wrong.push(`${o.key} as ${c.name}: ${s}, expected ${expectAllowed ? 'allowed' : 'refused'}`);
      if (!expectAllowed && s === 400) gateUnseen.add(`${o.key} as ${c.name}`);
      if (o.key === 'POST /auth/password' && s === 204) c.password = JSON.parse(body ?? '{}').newPassword;
      // Signing out ended the session: sign in again for the rows that follow.
      if (o.key === 'POST /auth/logout' && c.cookie) c.cookie = await t.login(c.email, c.password, c.foreign ? '0484' : '0482');
    }
  }
  if (process.env.MATRIX_VERBOSE) console.log('refused by validation before the gate:', [...gateUnseen]);
  expect(wrong).toEqual([]);
  // About 1,500 requests take 8–17 s alone and up to a minute on a machine busy with the whole
  // suite; the bound keeps the matrix from growing unnoticed, not a performance claim.
  expect(Date.now() - started).toBeLessThan(150_000);
}, 240_000);
