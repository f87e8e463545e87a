import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp } from '../testing/harness.js';

let t: Awaited<ReturnType<typeof testApp>>;
let admin: string;
type Unit = { id: string; kind: string; name: string; parentId: string | null; version: number; closedOn: string | null };
let units: Unit[];
const _byName = (name: string) => {
  const u = units.find((x) => x.name === name);
  if (!u) throw new Error(`no unit ${name}`);
  return u;
};
const firstOf = (kind: string) => units.find((u) => u.kind === kind) as Unit;

beforeAll(async () => {
  t = await testApp();
  admin = await t.loginAs('admin');
  units = (await t.call('GET', '/api/org-units', { cookie: admin })).body.items;
});
afterAll(() => t.close());

describe('the organisation tree', () => {
  it('lists the demo municipality with one fullmäktige at the root', async () => {
    const roots = units.filter((u) => u.parentId === null);
    expect(roots).toHaveLength(1);
    expect(roots[0]?.kind).toBe('fullmaktige');
    expect(units.length).toBeGreaterThan(50);
  });

  it('shows a unit with its ancestors, children and people', async () => {
    const forv = firstOf('forvaltning');
    const res = await t.call('GET', `/api/org-units/${forv.id}`, { cookie: await t.loginAs('staff') });
    expect(res.status).toBe(200);
    expect(res.body.ancestors[0].kind).toBe('fullmaktige');
    expect(res.body.children.length).toBeGreaterThan(0);
    expect(res.body.roles.some((r: { role: string }) => r.role === 'manager')).toBe(true);
  });
});

describe('structural rules', () => {
  it('refuses an enhet directly under a nämnd and names the rule', async () => {
    const res = await t.call('POST', '/api/org-units', {
      cookie: admin,
      body: { kind: 'enhet', name: 'Fel enhet', parentId: firstOf('namnd').id },
    });
    expect(res.status).toBe(422);
    expect(res.body.error.rule).toBe('enhet_parent');
    expect(res.body.error.message).toMatch(/enhet kan bara ligga under avdelning eller förvaltning/);
    expect(await t.db.selectFrom('org_unit').select('id').where('name', '=', 'Fel enhet').execute()).toHaveLength(0);
  });

  it('refuses a bolag under KS and a second förvaltning for one nämnd', async () => {
    const bolag = await t.call('POST', '/api/org-units', {
      cookie: admin,
      body: { kind: 'bolag', name: 'Nytt AB', parentId: firstOf('kommunstyrelse').id },
    });
    expect(bolag.body.error.rule).toBe('bolag_parent');
    const forv = firstOf('forvaltning');
    const second = await t.call('POST', '/api/org-units', {
      cookie: admin,
      body: { kind: 'forvaltning', name: 'Andra förvaltningen', parentId: forv.parentId },
    });
    expect(second.body.error.rule).toBe('one_forvaltning_per_namnd');
    const kf = await t.call('POST', '/api/org-units', { cookie: admin, body: { kind: 'fullmaktige', name: 'KF 2', parentId: null } });
    expect(kf.body.error.rule).toBe('single_fullmaktige');
  });

  it('creates an enhet under an avdelning and audits it in the same transaction', async () => {
    const avd = firstOf('avdelning');
    const res = await t.call('POST', '/api/org-units', {
      cookie: admin,
      body: { kind: 'enhet', name: 'Nya enheten', shortName: 'NE', parentId: avd.id },
    });
    expect(res.status).toBe(201);
    const audit = await t.db.selectFrom('audit_log').selectAll().where('entity_id', '=', res.body.id).execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]?.action).toBe('create');
    expect(audit[0]?.after).toMatchObject({ name: 'Nya enheten', kind: 'enhet' });
  });

  it('gives 400 naming the field for bad input and changes nothing', async () => {
    const res = await t.call('POST', '/api/org-units', {
      cookie: admin,
      body: { kind: 'enhet', name: '  ', parentId: firstOf('avdelning').id },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.fields).toContainEqual({ field: 'name', message: 'Obligatoriskt.' });
  });

  it('lets no one without the admin role change the organisation', async () => {
    const res = await t.call('POST', '/api/org-units', {
      cookie: await t.loginAs('manager'),
      body: { kind: 'enhet', name: 'X', parentId: firstOf('avdelning').id },
    });
    expect(res.status).toBe(403);
  });
});

describe('editing, moving and closing', () => {
  it('renames with a version and refuses a stale write with 409', async () => {
    const unit = firstOf('enhet');
    const ok = await t.call('PATCH', `/api/org-units/${unit.id}`, {
      cookie: admin,
      body: { name: `${unit.name} (ny)`, version: unit.version },
    });
    expect(ok.status).toBe(200);
    expect(ok.body.version).toBe(unit.version + 1);
    const stale = await t.call('PATCH', `/api/org-units/${unit.id}`, { cookie: admin, body: { name: 'Krock', version: unit.version } });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('stale_version');
    expect(stale.body.error.message).toMatch(/Någon annan har ändrat/);
  });

  it('moves an enhet to another avdelning and keeps where it was', async () => {
    const avds = units.filter((u) => u.kind === 'avdelning');
    const enhet = units.find((u) => u.kind === 'enhet' && u.parentId === avds[0]?.id) as Unit;
    const fresh = (await t.call('GET', `/api/org-units/${enhet.id}`, { cookie: admin })).body;
    const res = await t.call('POST', `/api/org-units/${enhet.id}/move`, {
      cookie: admin,
      body: { parentId: avds[1]?.id, version: fresh.version },
    });
    expect(res.status).toBe(200);
    expect(res.body.parentId).toBe(avds[1]?.id);
    const detail = (await t.call('GET', `/api/org-units/${enhet.id}`, { cookie: admin })).body;
    expect(detail.placements).toHaveLength(2);
    expect(detail.placements[0].parentId).toBe(avds[0]?.id);
    expect(detail.placements[0].validTo).not.toBeNull();
  });

  it('refuses to move a unit under its own subtree', async () => {
    const forv = firstOf('forvaltning');
    const avd = units.find((u) => u.kind === 'avdelning' && u.parentId === forv.id) as Unit;
    const res = await t.call('POST', `/api/org-units/${forv.id}/move`, {
      cookie: admin,
      body: { parentId: avd.id, version: forv.version },
    });
    expect(res.status).toBe(422);
    expect(['forvaltning_parent', 'no_cycle']).toContain(res.body.error.rule);
  });

  it('closes a unit only when its children are closed, ends its roles and keeps its history', async () => {
    const avd = firstOf('avdelning');
    const blocked = await t.call('POST', `/api/org-units/${avd.id}/close`, {
      cookie: admin,
      body: { closedOn: '2026-12-31', version: avd.version },
    });
    expect(blocked.body.error.rule).toBe('close_children_first');
    const detail = (await t.call('GET', '/api/org-units?includeClosed=false', { cookie: admin })).body.items as Unit[];
    const leafWithRoles = await t.db
      .selectFrom('role_assignment')
      .innerJoin('org_unit', (j) => j.onRef('org_unit.id', '=', 'role_assignment.org_unit_id'))
      .select(['org_unit.id', 'org_unit.version'])
      .where('org_unit.kind', '=', 'enhet')
      .executeTakeFirstOrThrow();
    expect(detail.find((u) => u.id === leafWithRoles.id)).toBeTruthy();
    const res = await t.call('POST', `/api/org-units/${leafWithRoles.id}/close`, {
      cookie: admin,
      body: { closedOn: '2026-12-31', version: leafWithRoles.version },
    });
    expect(res.status).toBe(200);
    expect(res.body.closedOn).toBe('2026-12-31');
    const after = (await t.call('GET', `/api/org-units/${leafWithRoles.id}`, { cookie: admin })).body;
    expect(after.roles.length).toBeGreaterThan(0);
    expect(after.roles.every((r: { validTo: string | null }) => r.validTo === '2026-12-31')).toBe(true);
    const ends = await t.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'end')
      .where('org_unit_id', '=', leafWithRoles.id)
      .execute();
    expect(ends).toHaveLength(after.roles.length);
    for (const e of ends) {
      expect(e.before).toMatchObject({ orgUnitId: leafWithRoles.id, validTo: null });
      expect(e.after).toMatchObject({ orgUnitId: leafWithRoles.id, validTo: '2026-12-31' });
    }
    const open = (await t.call('GET', '/api/org-units', { cookie: admin })).body.items as Unit[];
    expect(open.find((u) => u.id === leafWithRoles.id)).toBeUndefined();
    const all = (await t.call('GET', '/api/org-units?includeClosed=true', { cookie: admin })).body.items as Unit[];
    expect(all.find((u) => u.id === leafWithRoles.id)?.closedOn).toBe('2026-12-31');
  });
});

describe('authorization on the subtree', () => {
  it('lets an admin of one förvaltning manage inside it and nowhere else', async () => {
    const [f1, f2] = units.filter((u) => u.kind === 'forvaltning');
    const person = (
      await t.call('POST', '/api/people', {
        cookie: admin,
        body: { name: 'Lokal Admin', email: 'lokal.admin@flen.example', password: 'forvaltningens-nyckel-7' },
      })
    ).body;
    const role = await t.call('POST', '/api/role-assignments', {
      cookie: admin,
      body: { personId: person.id, orgUnitId: f1?.id, role: 'admin', title: 'Lokal administratör' },
    });
    expect(role.status).toBe(201);
    const local = await t.login('lokal.admin@flen.example', 'forvaltningens-nyckel-7');
    const inside = await t.call('POST', '/api/org-units', {
      cookie: local,
      body: { kind: 'avdelning', name: 'Ny avdelning', parentId: f1?.id },
    });
    expect(inside.status).toBe(201);
    const outside = await t.call('POST', '/api/org-units', {
      cookie: local,
      body: { kind: 'avdelning', name: 'Annan avdelning', parentId: f2?.id },
    });
    expect(outside.status).toBe(403);
  });
});
