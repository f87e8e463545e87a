// Population over HTTP: what is stored, and an import of a PxWeb (JSON-stat2) or CSV file.
import { createRoute, z } from '@hono/zod-openapi';
import { storedPopulationSchema } from '../../core/allocation/api.js';
import { populationKinds } from '../../core/allocation/populationImport.js';
import { requireCaller } from '../auth/policy.js';
import { router } from '../http/context.js';
import { errors, jsonBody, ok } from '../http/openapi.js';
import { importPopulationFile } from './importFile.js';
import { listPopulation } from './population.js';

const tags = ['Resursfördelning'];
const importInput = z.object({
  format: z.enum(['pxweb', 'csv'], { error: 'Formatet är pxweb eller csv.' }),
  content: z
    .string({ error: 'Filens innehåll saknas.' })
    .min(1, { error: 'Filen är tom.' })
    .max(20_000_000, { error: 'Filen är för stor.' }),
  kind: z.enum(populationKinds, { error: 'Ange actual eller forecast.' }).optional(),
  series: z.string().trim().max(100, { error: 'Högst 100 tecken.' }).optional(),
  region: z.string().trim().max(100).optional(),
  name: z.string().trim().max(200).optional(),
  preview: z
    .boolean({ error: 'preview är true eller false.' })
    .optional()
    .openapi({ description: 'true: läs och kontrollera bara, spara inget' }),
});
const importResult = z.object({
  stored: z.number().int(),
  replaced: z.number().int(),
  dates: z.array(z.string()),
  kind: z.enum(populationKinds),
  series: z.string(),
  preview: z.boolean().openapi({ description: 'true: inget sparades; stored och replaced säger vad en inläsning skulle göra' }),
});

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
      const caller = requireCaller(c.get('caller'));
      return c.json({ items: await listPopulation(c.get('database').db, caller.municipalityId) }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/population/import',
      tags,
      summary: 'Läs in befolkning från SCB:s PxWeb (JSON-stat2) eller CSV; samma datum, slag och serie ersätts',
      request: jsonBody(importInput),
      responses: { 200: ok(importResult), 400: errors[400], 401: errors[401], 403: errors[403] },
    }),
    async (c) => c.json(await importPopulationFile(c.get('database').db, requireCaller(c.get('caller')), c.req.valid('json')), 200),
  );
