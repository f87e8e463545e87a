import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OrgUnitKind } from '../../core/org/kinds.js';
import { checkPlacement } from '../../core/org/rules.js';
import { verifyPassword } from '../auth/passwords.js';
import { type Database, openPglite } from '../db/connection.js';
import { migrate } from '../db/migrate.js';
import { type DemoResult, demoLogins, demoPasswords, seedDemo } from './demo.js';

describe('seedDemo', () => {
  let database: Database;
  let result: DemoResult;

  beforeAll(async () => {
    database = await openPglite();
    await migrate(database);
    // Another municipality first: the seed must work in a database that is not empty.
    await database.db.insertInto('municipality').values({ code: '9999', name: 'Annan kommun' }).execute();
    result = await seedDemo(database);
  }, 60_000);

  afterAll(async () => {
    await database?.close();
  });

  const unitsOfDemo = () =>
    database.db
      .selectFrom('org_unit')
      .select(['id', 'kind', 'name', 'parent_id', 'opened_on', 'closed_on'])
      .where('municipality_id', '=', result.municipalityId)
      .execute();

  it('loads Flens kommun with a sizeable organisation and staff', async () => {
    const municipality = await database.db
      .selectFrom('municipality')
      .selectAll()
      .where('id', '=', result.municipalityId)
      .executeTakeFirstOrThrow();
    expect(municipality).toMatchObject({ code: '0482', name: 'Flens kommun' });
    expect(result.units).toBeGreaterThanOrEqual(50);
    expect(result.people).toBeGreaterThanOrEqual(60);

    const units = await unitsOfDemo();
    const people = await database.db.selectFrom('person').select('id').where('municipality_id', '=', result.municipalityId).execute();
    expect(units).toHaveLength(result.units);
    expect(people).toHaveLength(result.people);
  });

  it('has exactly one fullmaktige, at the root', async () => {
    const roots = (await unitsOfDemo()).filter((u) => u.kind === 'fullmaktige');
    expect(roots).toHaveLength(1);
    expect(roots[0]?.parent_id).toBeNull();
  });

  it('places every unit according to the organisation rules', async () => {
    const units = await unitsOfDemo();
    const byId = new Map(units.map((u) => [u.id, u]));
    const open = units.filter((u) => u.closed_on === null);
    for (const unit of units) {
      const parent = unit.parent_id ? byId.get(unit.parent_id) : undefined;
      if (unit.parent_id) expect(parent, `parent of ${unit.name}`).toBeDefined();
      const others = open.filter((o) => o.id !== unit.id);
      expect(
        () =>
          checkPlacement({
            kind: unit.kind as OrgUnitKind,
            parent: parent ? { id: parent.id, kind: parent.kind as OrgUnitKind, closedOn: parent.closed_on } : null,
            openOfSameKind: others.filter((o) => o.kind === unit.kind).length,
            openForvaltningarUnderParent: parent ? others.filter((o) => o.kind === 'forvaltning' && o.parent_id === parent.id).length : 0,
          }),
        unit.name,
      ).not.toThrow();
    }
  });

  it('gives every unit one open placement matching its parent', async () => {
    const units = await unitsOfDemo();
    const placements = await database.db
      .selectFrom('org_unit_placement')
      .selectAll()
      .where('municipality_id', '=', result.municipalityId)
      .execute();
    expect(placements).toHaveLength(units.length);
    for (const unit of units) {
      const own = placements.filter((p) => p.org_unit_id === unit.id);
      expect(own, unit.name).toHaveLength(1);
      expect(own[0]).toMatchObject({ parent_id: unit.parent_id, valid_from: unit.opened_on, valid_to: null });
    }
  });

  it('has every well-known login, with its role and demo password', async () => {
    for (const login of demoLogins) {
      const rows = await database.db
        .selectFrom('person')
        .innerJoin('role_assignment', (j) =>
          j.onRef('role_assignment.municipality_id', '=', 'person.municipality_id').onRef('role_assignment.person_id', '=', 'person.id'),
        )
        .select(['person.password_hash', 'role_assignment.role'])
        .where('person.municipality_id', '=', result.municipalityId)
        .where('person.email', '=', login.email)
        .execute();
      expect(
        rows.map((r) => r.role),
        login.email,
      ).toContain(login.role);
      expect(await verifyPassword(rows[0]?.password_hash ?? null, demoPasswords[login.role]), login.email).toBe(true);
    }
  }, 30_000);

  it('writes audit rows for the seed: one for the municipality, one per area it fills, none with an actor', async () => {
    const rows = await database.db.selectFrom('audit_log').selectAll().where('municipality_id', '=', result.municipalityId).execute();
    const municipality = rows.filter((r) => r.entity_type === 'municipality');
    expect(municipality).toHaveLength(1);
    expect(municipality[0]).toMatchObject({ action: 'seed', entity_id: result.municipalityId, actor_id: null });
    expect(municipality[0]?.after).toEqual({ units: result.units, people: result.people });
    for (const r of rows) expect(r.actor_id, `${r.action} ${r.entity_type}`).toBeNull();
    // Each area seeds once: no entity type appears twice among the seed's rows.
    const types = rows.map((r) => `${r.action}:${r.entity_type}:${r.entity_id}`);
    expect(new Set(types).size).toBe(types.length);
  });

  it('refuses to load the demo twice', async () => {
    await expect(seedDemo(database)).rejects.toThrow(/redan inläst/);
    const count = await database.db.selectFrom('municipality').select('id').where('code', '=', '0482').execute();
    expect(count).toHaveLength(1);
  }, 30_000);
});
