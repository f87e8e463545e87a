// Kolada in the API: search the KPI catalogue and the areas, import values as a background job
// and follow it, compare values, and add a KPI as an indicator. Källa: Kolada.
import { createRoute, z } from '@hono/zod-openapi';
import { router } from '../../http/context.js';
import { errors, idParam, jsonBody, ok } from '../../http/openapi.js';
import { searchAreas } from './areas.js';
import { searchKpis } from './catalogue.js';
import { getJob } from '../../jobs/progress.js';
import {
  areaSchema,
  fromKoladaInput,
  importInput,
  jobSchema,
  koladaIndicatorSchema,
  kpiSchema,
  searchQuery,
  valuesAnswer,
  valuesQuery,
} from '../../../core/indicators/koladaSchemas.js';
import { indicatorFromKolada, koladaValues, startImport } from './service.js';

const tags = ['Kolada'];

export const koladaRoutes = router()
  .openapi(
    createRoute({
      method: 'get',
      path: '/kolada/kpis',
      tags,
      summary: 'Sök i Koladas KPI-katalog på id eller titel',
      request: { query: searchQuery },
      responses: { 200: ok(z.object({ items: z.array(kpiSchema) })), 401: errors[401] },
    }),
    async (c) => {
      c.get('caller');
      const { q, limit } = c.req.valid('query');
      return c.json({ items: await searchKpis(c.get('database').db, q, limit) }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/kolada/areas',
      tags,
      summary: 'Sök kommuner, regioner och kommungrupper (t.ex. Liknande kommuner)',
      request: { query: searchQuery },
      responses: { 200: ok(z.object({ items: z.array(areaSchema) })), 401: errors[401] },
    }),
    async (c) => {
      c.get('caller');
      const { q, limit } = c.req.valid('query');
      return c.json({ items: searchAreas(q, limit) }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/kolada/values',
      tags,
      summary: 'Inlästa Kolada-värden för en KPI och de områden kommunen jämför sig med',
      request: { query: valuesQuery },
      responses: { 200: ok(valuesAnswer), 400: errors[400], 401: errors[401] },
    }),
    async (c) => c.json(await koladaValues(c.get('database').db, c.get('caller'), c.req.valid('query')), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/kolada/imports',
      tags,
      summary: 'Läs in Kolada-värden från en fil eller från Koladas API, som ett jobb i bakgrunden',
      description: 'En fil granskas helt innan jobbet startar: ett fel ger 400 med rad och fält, och inget sparas.',
      request: jsonBody(importInput),
      responses: {
        202: ok(z.object({ jobId: z.uuid() }), 'Jobbet är startat; följ det på /import-jobs/{id}'),
        400: errors[400],
        401: errors[401],
        403: errors[403],
      },
    }),
    async (c) => {
      const jobId = await startImport(c.get('database').db, c.get('caller'), c.req.valid('json'));
      return c.json({ jobId }, 202);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/import-jobs/{id}',
      tags,
      summary: 'Ett importjobb: status och hur långt det har kommit',
      request: { params: idParam },
      responses: { 200: ok(jobSchema), 401: errors[401], 404: errors[404] },
    }),
    async (c) => {
      const caller = c.get('caller');
      const job = await getJob(c.get('database').db, caller.municipalityId, c.req.valid('param').id);
      return c.json({ ...job, status: job.status as z.infer<typeof jobSchema>['status'] }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/indicators/from-kolada',
      tags,
      summary: 'Lägg till en Kolada-KPI som indikator',
      request: jsonBody(fromKoladaInput),
      responses: {
        201: ok(koladaIndicatorSchema, 'Skapad'),
        400: errors[400],
        401: errors[401],
        403: errors[403],
        404: errors[404],
        409: errors[409],
      },
    }),
    async (c) => c.json(await indicatorFromKolada(c.get('database').db, c.get('caller'), c.req.valid('json')), 201),
  );
