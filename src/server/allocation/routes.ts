// The allocation model over HTTP: scenarios per budget year with their computed bridges, copies,
// versioned changes, the comparison of two scenarios, and the stateless MODEL.json calculation.
import { createRoute, z } from '@hono/zod-openapi';
import { version as versionSchema } from '../../core/input.js';
import { comparisonSchema, scenarioDetailSchema, scenarioSummarySchema } from '../../core/allocation/api.js';
import { allocationResultSchema } from '../../core/allocation/api.js';
import { allocate, budgetYearSchema, modelSchema } from '../../core/allocation/model.js';
import { router } from '../http/context.js';
import { errors, idParam, jsonBody, ok } from '../http/openapi.js';
import { mayEditAllocation } from './access.js';
import { allocationExcelRoutes } from './excelRoutes.js';
import { manageRoutes } from './manageRoutes.js';
import { populationRoutes } from './populationRoutes.js';
import { listScenarios, toScenario } from './queries.js';
import { compare, createScenario, scenarioDetail, updateScenario } from './service.js';

const tags = ['Resursfördelning'];
const yearQuery = z.object({ year: z.coerce.number().pipe(budgetYearSchema).optional() });
const name = z.string({ error: 'Ange ett namn.' }).trim().min(1, { error: 'Ange ett namn.' }).max(200, { error: 'Högst 200 tecken.' });
const createInput = z.object({
  budgetYear: budgetYearSchema,
  name,
  copyFrom: z.uuid({ error: 'Ogiltigt id.' }).nullish(),
  config: z.unknown().optional().openapi({
    description:
      'Modellen (se docs/allocation-model.md); utelämnas vid kopiering. Utan modell och kopia: en tom modell med KS och nämnderna',
  }),
});
const updateInput = z.object({
  version: versionSchema(),
  name: name.optional(),
  config: z.unknown().optional().openapi({ description: 'Hela modellen; ersätter den sparade' }),
});
const compareQuery = z.object({ a: z.uuid({ error: 'Välj scenario A.' }), b: z.uuid({ error: 'Välj scenario B.' }) });

export const allocationRoutes = router()
  .openapi(
    createRoute({
      method: 'get',
      path: '/allocation/scenarios',
      tags,
      summary: 'Fördelningsmodellens scenarier, för ett budgetår eller alla',
      request: { query: yearQuery },
      responses: {
        200: ok(
          z.object({
            items: z.array(scenarioSummarySchema),
            canEdit: z.boolean().openapi({ description: 'Får den inloggade ändra modellen' }),
          }),
        ),
        400: errors[400],
        401: errors[401],
      },
    }),
    async (c) => {
      const caller = c.get('caller');
      const db = c.get('database').db;
      const rows = await listScenarios(db, caller.municipalityId, c.req.valid('query').year);
      return c.json({ items: rows.map(toScenario), canEdit: await mayEditAllocation(db, caller) }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/allocation/scenarios/{id}',
      tags,
      summary: 'Ett scenario: modellen, befolkningen den räknar med, prislappsraderna och bryggan per nämnd',
      request: { params: idParam },
      responses: { 200: ok(scenarioDetailSchema), 401: errors[401], 404: errors[404] },
    }),
    async (c) => c.json(await scenarioDetail(c.get('database').db, c.get('caller'), c.req.valid('param').id), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/allocation/scenarios',
      tags,
      summary: 'Skapa ett scenario, nytt eller som kopia av ett annat (det första för ett budgetår blir bas)',
      request: jsonBody(createInput),
      responses: {
        201: ok(scenarioSummarySchema, 'Skapat'),
        400: errors[400],
        401: errors[401],
        403: errors[403],
        404: errors[404],
        409: errors[409],
      },
    }),
    async (c) => c.json(await createScenario(c.get('database').db, c.get('caller'), c.req.valid('json')), 201),
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/allocation/scenarios/{id}',
      tags,
      summary: 'Ändra ett scenarios namn eller modell (skicka versionen du läste; 409 om någon hunnit före)',
      request: { params: idParam, ...jsonBody(updateInput) },
      responses: {
        200: ok(scenarioSummarySchema),
        400: errors[400],
        401: errors[401],
        403: errors[403],
        404: errors[404],
        409: errors[409],
      },
    }),
    async (c) => c.json(await updateScenario(c.get('database').db, c.get('caller'), c.req.valid('param').id, c.req.valid('json')), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/allocation/compare',
      tags,
      summary: 'Två scenarier sida vid sida: ram per nämnd och skillnad per steg (B − A)',
      request: { query: compareQuery },
      responses: { 200: ok(comparisonSchema), 400: errors[400], 401: errors[401], 404: errors[404] },
    }),
    async (c) => {
      const { a, b } = c.req.valid('query');
      return c.json(await compare(c.get('database').db, c.get('caller'), a, b), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/allocation/allocate',
      tags,
      summary: 'Räkna en MODEL.json (som styr budget allocate): prislapp × befolkning per åldersgrupp, summerat per verksamhet',
      request: jsonBody(modelSchema),
      responses: { 200: ok(allocationResultSchema), 400: errors[400], 401: errors[401] },
    }),
    async (c) => {
      c.get('caller');
      return c.json(allocate(c.req.valid('json')), 200);
    },
  )
  .route('/', manageRoutes)
  .route('/', populationRoutes)
  .route('/', allocationExcelRoutes);
