import { createRoute, z } from '@hono/zod-openapi';
import { planDetailSchema, planListSchema } from '../../core/plans/api.js';
import { planKinds } from '../../core/plans/kinds.js';
import { createPlanInput, planSchema, planStatusInput, updatePlanInput } from '../../core/plans/schemas.js';
import { router } from '../http/context.js';
import { errors, idParam, jsonBody, ok } from '../http/openapi.js';
import { creatablePlans } from './access.js';
import { planDetail } from './detail.js';
import { listPlans } from './queries.js';
import { changeStatus, createPlan, newVersion, rollover, updatePlan } from './service.js';

const tags = ['Mål och plan'];
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
      responses: { 200: ok(planListSchema), 400: errors[400], 401: errors[401] },
    }),
    async (c) => {
      const { db } = c.get('database');
      const caller = c.get('caller');
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
    async (c) => c.json(await createPlan(c.get('database').db, c.get('caller'), c.req.valid('json')), 201),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/plans/{id}',
      tags,
      summary: 'En planversion med mål, områden, uppdrag, aktiviteter, versioner och det KF gett ägaren',
      request: { params: idParam },
      responses: { 200: ok(planDetailSchema), 401: errors[401], 404: errors[404] },
    }),
    async (c) => c.json(await planDetail(c.get('database').db, c.get('caller'), c.req.valid('param').id), 200),
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
    async (c) => c.json(await updatePlan(c.get('database').db, c.get('caller'), c.req.valid('param').id, c.req.valid('json')), 200),
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
    async (c) => c.json(await changeStatus(c.get('database').db, c.get('caller'), c.req.valid('param').id, c.req.valid('json')), 200),
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
    async (c) => c.json(await newVersion(c.get('database').db, c.get('caller'), c.req.valid('param').id), 201),
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
    async (c) => c.json(await rollover(c.get('database').db, c.get('caller'), c.req.valid('param').id), 201),
  );
