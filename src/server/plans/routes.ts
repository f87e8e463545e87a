import { createRoute, z } from '@hono/zod-openapi';
import { planKinds } from '../../core/plans/kinds.js';
import {
  activitySchema,
  assignmentSchema,
  createPlanInput,
  goalSchema,
  planSchema,
  planStatusInput,
  strategicAreaSchema,
  updatePlanInput,
} from '../../core/plans/schemas.js';
import { requireCaller } from '../auth/policy.js';
import { router } from '../http/context.js';
import { errors, idParam, jsonBody, ok } from '../http/openapi.js';
import { creatablePlans } from './access.js';
import { planDetail } from './detail.js';
import { listPlans } from './queries.js';
import { changeStatus, createPlan, newVersion, rollover, updatePlan } from './service.js';

const tags = ['Mål och plan'];
const taken = z.object({ takenUp: z.boolean().describe('nämndens plan tar upp det') });
const detailSchema = z.object({
  plan: planSchema,
  canEdit: z.boolean(),
  versions: z.array(planSchema),
  areas: z.array(strategicAreaSchema),
  goals: z.array(goalSchema),
  assignments: z.array(assignmentSchema),
  activities: z.array(activitySchema),
  fromKf: z.object({ goals: z.array(goalSchema.extend(taken.shape)), assignments: z.array(assignmentSchema.extend(taken.shape)) }),
});
const listSchema = z.object({
  items: z.array(planSchema),
  creatable: z
    .array(z.object({ kind: z.enum(planKinds), orgUnitIds: z.array(z.uuid()) }))
    .describe('var den inloggade får skapa varje slags plan (en utvecklingsplan räknad som den egna); tom lista: ingen plan alls'),
});
const all = { 400: errors[400], 401: errors[401], 403: errors[403], 404: errors[404], 409: errors[409], 422: errors[422] };
const versionBody = jsonBody(z.object({}).describe('tom kropp'));

export const planRoutes = router()
  .openapi(
    createRoute({
      method: 'get',
      path: '/plans',
      tags,
      summary: 'Planer (gällande version av varje), filtrerade; utvecklingsplaner bara för medarbetaren och dess chefer',
      request: {
        query: z.object({
          kind: z.enum(planKinds).optional(),
          orgUnitId: z.uuid().optional(),
          personId: z.uuid().optional(),
          year: z.coerce.number().int().min(2000).max(2100).optional(),
        }),
      },
      responses: { 200: ok(listSchema), 400: errors[400], 401: errors[401] },
    }),
    async (c) => {
      const { db } = c.get('database');
      const caller = requireCaller(c.get('caller'));
      return c.json({ items: await listPlans(db, caller, c.req.valid('query')), creatable: await creatablePlans(db, caller) }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/plans',
      tags,
      summary: 'Skapa en plan (som utkast)',
      request: jsonBody(createPlanInput),
      responses: { 201: ok(planSchema, 'Skapad'), ...all },
    }),
    async (c) => c.json(await createPlan(c.get('database').db, requireCaller(c.get('caller')), c.req.valid('json')), 201),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/plans/{id}',
      tags,
      summary: 'En planversion med mål, områden, uppdrag, aktiviteter, versioner och det KF gett ägaren',
      request: { params: idParam },
      responses: { 200: ok(detailSchema), 401: errors[401], 404: errors[404] },
    }),
    async (c) => c.json(await planDetail(c.get('database').db, requireCaller(c.get('caller')), c.req.valid('param').id), 200),
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/plans/{id}',
      tags,
      summary: 'Ändra planens text (bara utkast och under beredning)',
      request: { params: idParam, ...jsonBody(updatePlanInput) },
      responses: { 200: ok(planSchema), ...all },
    }),
    async (c) =>
      c.json(await updatePlan(c.get('database').db, requireCaller(c.get('caller')), c.req.valid('param').id, c.req.valid('json')), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/plans/{id}/status',
      tags,
      summary: 'Byt status: utkast → under beredning → fastställd (med beslutsdatum, organ och diarienummer)',
      request: { params: idParam, ...jsonBody(planStatusInput) },
      responses: { 200: ok(planSchema), ...all },
    }),
    async (c) =>
      c.json(await changeStatus(c.get('database').db, requireCaller(c.get('caller')), c.req.valid('param').id, c.req.valid('json')), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/plans/{id}/versions',
      tags,
      summary: 'Ny version (utkast) av en fastställd plan; de tidigare finns kvar',
      request: { params: idParam, ...versionBody },
      responses: { 201: ok(planSchema, 'Skapad'), ...all },
    }),
    async (c) => c.json(await newVersion(c.get('database').db, requireCaller(c.get('caller')), c.req.valid('param').id), 201),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/plans/{id}/rollover',
      tags,
      summary: 'Nästa års plan som kopia av denna: mål och kopplingar följer med',
      request: { params: idParam, ...versionBody },
      responses: { 201: ok(planSchema, 'Skapad'), ...all },
    }),
    async (c) => c.json(await rollover(c.get('database').db, requireCaller(c.get('caller')), c.req.valid('param').id), 201),
  );
