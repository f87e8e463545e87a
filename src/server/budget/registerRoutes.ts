// The nämnd's internal distribution, the investment plan, the grant register and the balance
// requirement over HTTP.
import { createRoute, z } from '@hono/zod-openapi';
import { resultSources } from '../../core/budget/kinds.js';
import {
  distributionInput,
  grantInput,
  grantSchema,
  grantUpdate,
  investmentInput,
  investmentSchema,
  investmentUpdate,
  resultInput,
} from '../../core/budget/schemas.js';
import { router } from '../http/context.js';
import { errors, idParam, jsonBody, ok } from '../http/openapi.js';
import { distributionDetail, saveDistribution } from './distribution.js';
import { createGrant, deleteGrant, listGrants, updateGrant } from './grants.js';
import { createInvestment, deleteInvestment, listInvestments, updateInvestment } from './investments.js';
import { balanceDetail, deleteResult, saveResult } from './results.js';
import {
  balanceSchema,
  distributionSchema,
  grantListSchema,
  investmentListSchema,
  versionQuery,
  yearQuery,
} from '../../core/budget/api.js';

const tags = ['Budget'];
const all = { 400: errors[400], 401: errors[401], 403: errors[403], 404: errors[404], 409: errors[409], 422: errors[422] };
const bodyParam = z.object({ bodyId: z.uuid({ error: 'Ogiltigt id.' }) });
const resultParam = z.object({
  year: z.coerce
    .number({ error: 'Ange ett år.' })
    .int({ error: 'Ange ett helt år.' })
    .min(2000, { error: 'Från 2000.' })
    .max(2100, { error: 'Före 2100.' }),
  source: z.enum(resultSources, { error: 'Källan är budget, forecast eller annual_report.' }),
});
const gone = { 204: { description: 'Borttaget' }, ...all };
const dbOf = (c: { get: (k: 'database') => { db: import('kysely').Kysely<import('../db/schema.js').DB> } }) => c.get('database').db;

export const budgetRegisterRoutes = router()
  .openapi(
    createRoute({
      method: 'get',
      path: '/budget/distribution/{bodyId}',
      tags,
      summary: 'Nämndens interna fördelning ett budgetår ned till enhet, med summor per nivå och det som inte är fördelat',
      request: { params: bodyParam, query: yearQuery },
      responses: { 200: ok(distributionSchema), 400: errors[400], 401: errors[401], 404: errors[404] },
    }),
    async (c) => c.json(await distributionDetail(dbOf(c), c.get('caller'), c.req.valid('param').bodyId, c.req.valid('query').year), 200),
  )
  .openapi(
    createRoute({
      method: 'put',
      path: '/budget/distribution/{bodyId}',
      tags,
      summary: 'Ersätt nämndens fördelning (bara nämndens controller); version 0 skapar den, 409 om den är inaktuell',
      request: { params: bodyParam, ...jsonBody(distributionInput) },
      responses: { 200: ok(distributionSchema), ...all },
    }),
    async (c) => c.json(await saveDistribution(dbOf(c), c.get('caller'), c.req.valid('param').bodyId, c.req.valid('json')), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/budget/investments',
      tags,
      summary: 'Investeringsplanen ett budgetår, summor per år mot investeringsramarna',
      request: { query: yearQuery },
      responses: { 200: ok(investmentListSchema), 400: errors[400], 401: errors[401] },
    }),
    async (c) => c.json(await listInvestments(dbOf(c), c.get('caller'), c.req.valid('query').year), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/budget/investments',
      tags,
      summary: 'Lägg till ett investeringsprojekt',
      request: jsonBody(investmentInput),
      responses: { 201: ok(investmentSchema, 'Skapat'), ...all },
    }),
    async (c) => c.json(await createInvestment(dbOf(c), c.get('caller'), c.req.valid('json')), 201),
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/budget/investments/{id}',
      tags,
      summary: 'Ändra ett investeringsprojekt',
      request: { params: idParam, ...jsonBody(investmentUpdate) },
      responses: { 200: ok(investmentSchema), ...all },
    }),
    async (c) => c.json(await updateInvestment(dbOf(c), c.get('caller'), c.req.valid('param').id, c.req.valid('json')), 200),
  )
  .openapi(
    createRoute({
      method: 'delete',
      path: '/budget/investments/{id}',
      tags,
      summary: 'Ta bort ett investeringsprojekt',
      request: { params: idParam, query: versionQuery },
      responses: gone,
    }),
    async (c) => {
      await deleteInvestment(dbOf(c), c.get('caller'), c.req.valid('param').id, c.req.valid('query').version);
      return c.body(null, 204);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/budget/grants',
      tags,
      summary: 'Riktade statsbidrag ett år: sökta och inte sökta med skäl, per nämnd (rapport till KS)',
      request: { query: yearQuery.extend({ orgUnitId: z.uuid({ error: 'Ogiltigt id.' }).optional() }) },
      responses: { 200: ok(grantListSchema), 400: errors[400], 401: errors[401] },
    }),
    async (c) => {
      const q = c.req.valid('query');
      return c.json(await listGrants(dbOf(c), c.get('caller'), q.year, q.orgUnitId), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/budget/grants',
      tags,
      summary: 'Registrera ett riktat statsbidrag',
      request: jsonBody(grantInput),
      responses: { 201: ok(grantSchema, 'Skapat'), ...all },
    }),
    async (c) => c.json(await createGrant(dbOf(c), c.get('caller'), c.req.valid('json')), 201),
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/budget/grants/{id}',
      tags,
      summary: 'Ändra ett riktat statsbidrag',
      request: { params: idParam, ...jsonBody(grantUpdate) },
      responses: { 200: ok(grantSchema), ...all },
    }),
    async (c) => c.json(await updateGrant(dbOf(c), c.get('caller'), c.req.valid('param').id, c.req.valid('json')), 200),
  )
  .openapi(
    createRoute({
      method: 'delete',
      path: '/budget/grants/{id}',
      tags,
      summary: 'Ta bort ett riktat statsbidrag',
      request: { params: idParam, query: versionQuery },
      responses: gone,
    }),
    async (c) => {
      await deleteGrant(dbOf(c), c.get('caller'), c.req.valid('param').id, c.req.valid('query').version);
      return c.body(null, 204);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/budget/balance',
      tags,
      summary: 'Balanskravet: resultat per år och källa, och underskott att återställa inom tre år',
      responses: { 200: ok(balanceSchema), 401: errors[401] },
    }),
    async (c) => c.json(await balanceDetail(dbOf(c), c.get('caller')), 200),
  )
  .openapi(
    createRoute({
      method: 'put',
      path: '/budget/results/{year}/{source}',
      tags,
      summary: 'Ange ett års resultat från en källa (budget, prognos, årsredovisning); en ändring skickar radens version',
      request: { params: resultParam, ...jsonBody(resultInput) },
      responses: { 200: ok(balanceSchema), ...all },
    }),
    async (c) => {
      const p = c.req.valid('param');
      return c.json(await saveResult(dbOf(c), c.get('caller'), p.year, p.source, c.req.valid('json')), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'delete',
      path: '/budget/results/{year}/{source}',
      tags,
      summary: 'Ta bort ett års resultat från en källa',
      request: { params: resultParam, query: versionQuery },
      responses: { 200: ok(balanceSchema), ...all },
    }),
    async (c) => {
      const p = c.req.valid('param');
      return c.json(await deleteResult(dbOf(c), c.get('caller'), p.year, p.source, c.req.valid('query').version), 200);
    },
  );
