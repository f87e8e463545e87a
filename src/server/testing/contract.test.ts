// One contract: the answers of every area parse with the schemas in src/core that the web's
// types are inferred from, so the server cannot drift from what the web expects.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { outcomeSchema, settingsSchema } from '../../core/actuals/schemas.js';
import { scenarioDetailSchema } from '../../core/allocation/api.js';
import { auditPageSchema } from '../../core/audit/schemas.js';
import {
  balanceSchema,
  distributionSchema,
  grantListSchema,
  investmentListSchema,
  versionDetailSchema,
  versionListSchema,
} from '../../core/budget/api.js';
import { meetingListSchema } from '../../core/calendar/records.js';
import { goalStatusListSchema, indicatorPageSchema } from '../../core/indicators/schemas.js';
import { orgUnitDetailSchema, personDetailSchema } from '../../core/org/schemas.js';
import {
  integritySchema,
  planDetailSchema,
  planListSchema,
  redThreadSchema,
  threadNodeDetailSchema,
  unitThreadSchema,
} from '../../core/plans/api.js';
import { testApp } from './harness.js';

let t: Awaited<ReturnType<typeof testApp>>;
let admin: string;
let controller: string;
beforeAll(async () => {
  t = await testApp();
  admin = await t.loginAs('admin');
  controller = await t.loginAs('controller');
});
afterAll(() => t.close());

/** GETs a path and parses the answer with its core schema: a missing field or a wrong type fails. */
async function answer<S extends z.ZodType>(schema: S, path: string, cookie = admin): Promise<z.infer<S>> {
  const res = await t.call('GET', path, { cookie });
  expect(res.status, `${path}: ${JSON.stringify(res.body)}`).toBe(200);
  const parsed = schema.safeParse(res.body);
  expect(parsed.error?.issues ?? [], path).toEqual([]);
  return parsed.data as z.infer<S>;
}

describe('answers parse with their core schemas', () => {
  it('plans and the red thread', async () => {
    const list = await answer(planListSchema, '/api/plans');
    const plan = list.items[0];
    expect(plan).toBeDefined();
    await answer(planDetailSchema, `/api/plans/${plan?.id}`);
    const thread = await answer(redThreadSchema, '/api/red-thread?year=2026');
    const root = thread.roots[0];
    if (root) await answer(threadNodeDetailSchema, `/api/red-thread/nodes/${root.id}?year=2026`);
    await answer(unitThreadSchema, `/api/red-thread/units/${plan?.orgUnitId}?year=2026`);
    await answer(integritySchema, '/api/integrity?year=2026');
  });

  it('indicators and goal status', async () => {
    const items = (await t.call('GET', '/api/indicators', { cookie: admin })).body.items as { id: string }[];
    await answer(indicatorPageSchema, `/api/indicators/${items[0]?.id}`);
    await answer(goalStatusListSchema, '/api/goal-status?year=2026');
  });

  it('organisation, people and the audit log', async () => {
    const units = (await t.call('GET', '/api/org-units', { cookie: admin })).body.items as { id: string }[];
    await answer(orgUnitDetailSchema, `/api/org-units/${units[0]?.id}`);
    const people = (await t.call('GET', '/api/people', { cookie: admin })).body.items as { id: string }[];
    await answer(personDetailSchema, `/api/people/${people[0]?.id}`);
    await answer(auditPageSchema, '/api/audit');
  });

  it('budget', async () => {
    const list = await answer(versionListSchema, '/api/budget/versions?year=2027', controller);
    await answer(versionDetailSchema, `/api/budget/versions/${list.versions[0]?.id}`, controller);
    await answer(investmentListSchema, '/api/budget/investments?year=2027', controller);
    await answer(grantListSchema, '/api/budget/grants?year=2027', controller);
    await answer(balanceSchema, '/api/budget/balance', controller);
    const body = (await answer(versionDetailSchema, `/api/budget/versions/${list.versions[0]?.id}`, controller)).bodies[0];
    await answer(distributionSchema, `/api/budget/distribution/${body?.id}?year=2027`, controller);
  });

  it('actuals, allocation and the calendar', async () => {
    await answer(outcomeSchema, '/api/actuals/outcome?year=2026', controller);
    await answer(settingsSchema, '/api/actuals/settings', controller);
    const scenarios = (await t.call('GET', '/api/allocation/scenarios?year=2027', { cookie: admin })).body.items as { id: string }[];
    await answer(scenarioDetailSchema, `/api/allocation/scenarios/${scenarios[0]?.id}`);
    await answer(meetingListSchema, '/api/calendar/meetings?year=2026');
  });
});
