// Population over HTTP: what is stored, and an import of a PxWeb (JSON-stat2) or CSV file.
import { createRoute, z } from '@hono/zod-openapi';
import { populationImportInput, populationImportResult, storedPopulationSchema } from '../../core/allocation/api.js';
import { router } from '../http/context.js';
import { errors, jsonBody, ok } from '../http/openapi.js';
import { importPopulationFile } from './importFile.js';
import { listPopulation } from './population.js';

const tags = ['Resursfördelning'];
export const populationRoutes = router()
  .openapi(
    createRoute({
      method: 'get',
      path: '/population',
      tags,
      summary: 'Kommunens lagrade befolkning: utfall och prognoser per datum och ålder',
      responses: { 200: ok(z.object({ items: z.array(storedPopulationSchema) })), 401: errors[401] },
    }),
    async (c) => {
      const caller = c.get('caller');
      return c.json({ items: await listPopulation(c.get('database').db, caller.municipalityId) }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/population/import',
      tags,
      summary: 'Läs in befolkning från SCB:s PxWeb (JSON-stat2) eller CSV; samma datum, slag och serie ersätts',
      request: jsonBody(populationImportInput),
      responses: { 200: ok(populationImportResult), 400: errors[400], 401: errors[401], 403: errors[403] },
    }),
    async (c) => c.json(await importPopulationFile(c.get('database').db, c.get('caller'), c.req.valid('json')), 200),
  );
