// The request's access context reads the tree once: later checks in the same request (the same
// caller object) ask the database nothing more; a new request starts afresh.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { holds } from '../../core/auth/access.js';
import type { Database } from '../db/connection.js';
import { insertMunicipalityWithAdmin } from '../setup/service.js';
import { testDatabase } from '../testing/harness.js';
import type { Caller } from './caller.js';
import { accessOf } from './context.js';

let database: Database;
let caller: () => Caller;
let unitId: string;
beforeAll(async () => {
  database = await testDatabase();
  const made = await database.db.transaction().execute((trx) =>
    insertMunicipalityWithAdmin(trx, {
      municipalityCode: '0999',
      municipalityName: 'Testby',
      name: 'A',
      email: 'a@x.se',
      passwordHash: 'x',
    }),
  );
  unitId = (
    await database.db
      .insertInto('org_unit')
      .values({ municipality_id: made.municipalityId, kind: 'kommunstyrelse', name: 'KS', parent_id: made.fullmaktigeId })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;
  caller = () => ({
    sessionId: 's',
    personId: made.personId,
    municipalityId: made.municipalityId,
    name: 'A',
    email: 'a@x.se',
    roles: [{ role: 'admin', orgUnitId: made.fullmaktigeId, title: null }],
  });
});
afterAll(() => database.close());

it('reads the lines once per request and grants through the tree', async () => {
  let queries = 0;
  const db = database.db.withPlugin({
    transformQuery: (a) => {
      queries++;
      return a.node;
    },
    transformResult: async (a) => a.result,
  });
  const one = caller();
  expect(holds(await accessOf(db, one, [unitId]), 'manageOrg', unitId)).toBe(true);
  expect(holds(await accessOf(db, one, [unitId]), 'manageOrg', unitId)).toBe(true);
  await accessOf(db, one);
  expect(queries).toBe(1);
  await accessOf(db, caller(), [unitId]);
  expect(queries).toBe(2);
  // Not a unit of this municipality (nor an id at all): no line, nothing granted, no query for a non-id.
  const ctx = await accessOf(db, one, ['not-an-id']);
  expect(holds(ctx, 'manageOrg', 'not-an-id')).toBe(false);
  expect(queries).toBe(2);
});
