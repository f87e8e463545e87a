import { createRoute, z } from '@hono/zod-openapi';
import { versionParam } from '../../core/input.js';
import {
  activityInput,
  activitySchema,
  assignmentSchema,
  strategicAreaSchema,
  goalInput,
  goalSchema,
  strategicAreaInput,
  updateActivityInput,
  updateAssignmentInput,
  updateGoalInput,
  updateStrategicAreaInput,
  assignmentInput,
} from '../../core/plans/schemas.js';
import type { Kysely } from 'kysely';
import type { Caller } from '../auth/caller.js';
import type { DB } from '../db/schema.js';
import { activitiesOfPlan, areasOfPlan, assignmentsOf } from './queries.js';
import { router } from '../http/context.js';
import { errors, idParam, jsonBody, ok } from '../http/openapi.js';
import { createGoal, deleteGoal, updateGoal } from './goals.js';
import { deleteItem, saveActivity, saveArea, saveAssignment } from './items.js';

const tags = ['Mål och plan'];
const all = { 400: errors[400], 401: errors[401], 403: errors[403], 404: errors[404], 409: errors[409], 422: errors[422] };
const planParam = z.object({ id: z.uuid({ error: 'Ogiltigt id.' }) });
const versionQuery = z.object({ version: versionParam() });

const items = [
  {
    path: 'strategic-areas',
    table: 'strategic_area',
    name: 'strategiskt område',
    input: strategicAreaInput,
    update: updateStrategicAreaInput,
    save: saveArea,
    schema: strategicAreaSchema,
    read: (db: Kysely<DB>, m: string, planId: string) => areasOfPlan(db, m, planId),
  },
  {
    path: 'assignments',
    table: 'assignment',
    name: 'uppdrag',
    input: assignmentInput,
    update: updateAssignmentInput,
    save: saveAssignment,
    schema: assignmentSchema,
    read: (db: Kysely<DB>, m: string, planId: string) => assignmentsOf(db, m, { planId }),
  },
  {
    path: 'activities',
    table: 'activity',
    name: 'aktivitet',
    input: activityInput,
    update: updateActivityInput,
    save: saveActivity,
    schema: activitySchema,
    read: (db: Kysely<DB>, m: string, planId: string) => activitiesOfPlan(db, m, planId),
  },
] as const;

export const contentRoutes = router()
  .openapi(
    createRoute({
      method: 'post',
      path: '/plans/{id}/goals',
      tags,
      summary: 'Nytt mål i en plan, med kopplingar uppåt, indikatorer och (för KF:s mål) nämnder/bolag',
      request: { params: planParam, ...jsonBody(goalInput) },
      responses: { 201: ok(goalSchema, 'Skapat'), ...all },
    }),
    async (c) => c.json(await createGoal(c.get('database').db, c.get('caller'), c.req.valid('param').id, c.req.valid('json')), 201),
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/goals/{id}',
      tags,
      summary: 'Ändra ett mål',
      request: { params: idParam, ...jsonBody(updateGoalInput) },
      responses: { 200: ok(goalSchema), ...all },
    }),
    async (c) => c.json(await updateGoal(c.get('database').db, c.get('caller'), c.req.valid('param').id, c.req.valid('json')), 200),
  )
  .openapi(
    createRoute({
      method: 'delete',
      path: '/goals/{id}',
      tags,
      summary: 'Ta bort ett mål ur en plan som inte är fastställd',
      request: { params: idParam, query: versionQuery },
      responses: { 204: { description: 'Borttaget' }, ...all },
    }),
    async (c) => {
      await deleteGoal(c.get('database').db, c.get('caller'), c.req.valid('param').id, c.req.valid('query').version);
      return c.body(null, 204);
    },
  );

for (const item of items) {
  /** Answers with the item as every read of the plan shows it. */
  const present = async (db: Kysely<DB>, caller: Caller, row: { id: string; plan_id: string }) =>
    ((await item.read(db, caller.municipalityId, row.plan_id)) as Array<{ id: string }>).find((x) => x.id === row.id);
  const saved = ok(item.schema);
  contentRoutes
    .openapi(
      createRoute({
        method: 'post',
        path: `/plans/{id}/${item.path}`,
        tags,
        summary: `Nytt ${item.name} i en plan`,
        request: { params: planParam, ...jsonBody(item.input) },
        responses: { 201: { ...saved, description: 'Skapat' }, ...all },
      }),
      async (c) => {
        const caller = c.get('caller');
        const { db } = c.get('database');
        const row = await item.save(db, caller, { planId: c.req.valid('param').id }, c.req.valid('json') as never);
        return c.json((await present(db, caller, row)) as never, 201);
      },
    )
    .openapi(
      createRoute({
        method: 'patch',
        path: `/${item.path}/{id}`,
        tags,
        summary: `Ändra ett ${item.name}`,
        request: { params: idParam, ...jsonBody(item.update) },
        responses: { 200: saved, ...all },
      }),
      async (c) => {
        const body = c.req.valid('json') as { version: number };
        const caller = c.get('caller');
        const { db } = c.get('database');
        const row = await item.save(db, caller, { id: c.req.valid('param').id, version: body.version }, body as never);
        return c.json((await present(db, caller, row)) as never, 200);
      },
    )
    .openapi(
      createRoute({
        method: 'delete',
        path: `/${item.path}/{id}`,
        tags,
        summary: `Ta bort ett ${item.name}`,
        request: { params: idParam, query: versionQuery },
        responses: { 204: { description: 'Borttaget' }, ...all },
      }),
      async (c) => {
        await deleteItem(c.get('database').db, c.get('caller'), item.table, c.req.valid('param').id, c.req.valid('query').version);
        return c.body(null, 204);
      },
    );
}
