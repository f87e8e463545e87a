import { createRoute, z } from '@hono/zod-openapi';
import { fail } from '../../core/errors.js';
import { assessmentName } from '../../core/indicators/status.js';
import {
  bulkResultSchema,
  goalStatusListSchema,
  historyEntrySchema,
  indicatorDetailSchema,
  indicatorPageSchema,
  measurementBulkInput,
  measurementInput,
  measurementSchema,
  targetInput,
  targetSchema,
  updateIndicatorInput,
} from '../../core/indicators/schemas.js';
import { router } from '../http/context.js';
import { errors, idParam, jsonBody, ok } from '../http/openapi.js';
import { historyOf, measurementsOf, targetsOf } from './queries.js';
import { findIndicator, saveMeasurement, saveMeasurements, saveTarget, updateIndicator } from './service.js';
import { statusOfYear } from './status.js';

const tags = ['Indikatorer'];
const all = { 400: errors[400], 401: errors[401], 403: errors[403], 404: errors[404], 409: errors[409] };
const yearQuery = z.object({ year: z.coerce.number({ error: 'Ange ett år.' }).int().min(2000).max(2100).optional() });

export const valueRoutes = router()
  .openapi(
    createRoute({
      method: 'get',
      path: '/indicators/{id}',
      tags,
      summary: 'En indikator med målvärden och utfall',
      request: { params: idParam },
      responses: {
        200: ok(indicatorPageSchema),
        401: errors[401],
        404: errors[404],
      },
    }),
    async (c) => {
      const caller = c.get('caller');
      const { db } = c.get('database');
      const { id } = c.req.valid('param');
      const m = caller.municipalityId;
      return c.json(
        {
          ...(await findIndicator(db, m, id)),
          targets: await targetsOf(db, m, id),
          measurements: await measurementsOf(db, m, { indicatorId: id }),
        },
        200,
      );
    },
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/indicators/{id}',
      tags,
      summary: 'Ändra en indikator (definition, riktning, frekvens, könsuppdelning, tolerans, ägare)',
      request: { params: idParam, ...jsonBody(updateIndicatorInput) },
      responses: { 200: ok(indicatorDetailSchema), ...all },
    }),
    async (c) => c.json(await updateIndicator(c.get('database').db, c.get('caller'), c.req.valid('param').id, c.req.valid('json')), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/indicators/{id}/targets',
      tags,
      summary: 'Sätt ett målvärde (eller ett basvärde) för en enhet och period',
      request: { params: idParam, ...jsonBody(targetInput) },
      responses: { 200: ok(targetSchema), ...all },
    }),
    async (c) => {
      const caller = c.get('caller');
      const { db } = c.get('database');
      const { id } = c.req.valid('param');
      const saved = await saveTarget(db, caller, id, c.req.valid('json'));
      return c.json((await targetsOf(db, caller.municipalityId, id)).find((t) => t.id === saved.id) as never, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/indicators/{id}/measurements',
      tags,
      summary: 'Registrera eller ändra ett utfall (ange version när ett värde ändras)',
      request: { params: idParam, ...jsonBody(measurementInput) },
      responses: { 200: ok(measurementSchema), ...all },
    }),
    async (c) => {
      const caller = c.get('caller');
      const { db } = c.get('database');
      const { id } = c.req.valid('param');
      const saved = await saveMeasurement(db, caller, id, c.req.valid('json'));
      return c.json((await measurementsOf(db, caller.municipalityId, { indicatorId: id, id: saved.id }))[0] as never, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/indicators/{id}/measurements/bulk',
      tags,
      summary: 'Många utfall på en gång (inklistrade från Excel): alla eller inga',
      request: { params: idParam, ...jsonBody(measurementBulkInput) },
      responses: { 200: ok(bulkResultSchema), ...all },
    }),
    async (c) => c.json(await saveMeasurements(c.get('database').db, c.get('caller'), c.req.valid('param').id, c.req.valid('json')), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/measurements/{id}/history',
      tags,
      summary: 'Ett värdes hela historik: vem ändrade, när, från vad till vad',
      request: { params: idParam },
      responses: {
        200: ok(z.object({ items: z.array(historyEntrySchema) })),
        401: errors[401],
        404: errors[404],
      },
    }),
    async (c) => {
      const caller = c.get('caller');
      const { db } = c.get('database');
      const { id } = c.req.valid('param');
      const exists = await db
        .selectFrom('measurement')
        .select('id')
        .where('municipality_id', '=', caller.municipalityId)
        .where('id', '=', id)
        .executeTakeFirst();
      if (!exists) throw fail('not_found', 'Värdet finns inte.');
      return c.json({ items: await historyOf(db, caller.municipalityId, id) }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/goal-status',
      tags,
      summary: 'Varje måls status ett år, beräknad från indikatorerna och rullad upp längs röda tråden, med förklaring',
      request: { query: yearQuery },
      responses: { 200: ok(goalStatusListSchema), 401: errors[401] },
    }),
    async (c) => {
      const caller = c.get('caller');
      const year = c.req.valid('query').year ?? new Date().getUTCFullYear();
      return c.json({ year, items: await goalStatusList(c.get('database').db, caller.municipalityId, year, caller) }, 200);
    },
  );

export async function goalStatusList(
  db: Parameters<typeof statusOfYear>[0],
  municipalityId: string,
  year: number,
  caller: Parameters<typeof statusOfYear>[3],
) {
  const { goals, statuses } = await statusOfYear(db, municipalityId, year, caller);
  return goals.map((g) => {
    const s = statuses.get(g.id) ?? { status: 'not_assessed' as const, reason: '', parts: [] };
    return {
      lineageId: g.id,
      goalId: g.goalId as string,
      title: g.title,
      planKind: g.planKind,
      orgUnitName: g.orgUnitName,
      personName: g.personName,
      status: s.status,
      statusName: assessmentName[s.status],
      reason: s.reason,
      parts: s.parts,
    };
  });
}
