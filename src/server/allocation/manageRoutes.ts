// Removing a scenario and choosing the base of a budget year, over HTTP.
import { createRoute, z } from '@hono/zod-openapi';
import { version as versionSchema } from '../../core/input.js';
import { scenarioSummarySchema } from '../../core/allocation/api.js';
import { router } from '../http/context.js';
import { errors, idParam, jsonBody, ok } from '../http/openapi.js';
import { deleteScenario, makeBase } from './manage.js';

const tags = ['Resursfördelning'];
const version = z.coerce
  .number({ error: 'Versionen saknas.' })
  .int({ error: 'Versionen saknas.' })
  .positive({ error: 'Versionen saknas.' });
const refusals = { 400: errors[400], 401: errors[401], 403: errors[403], 404: errors[404], 409: errors[409] };

export const manageRoutes = router()
  .openapi(
    createRoute({
      method: 'delete',
      path: '/allocation/scenarios/{id}',
      tags,
      summary: 'Ta bort ett scenario som inte är bas (skicka versionen du läste; 409 om någon hunnit före eller om det är bas)',
      request: { params: idParam, query: z.object({ version }) },
      responses: { 204: { description: 'Borttaget' }, ...refusals },
    }),
    async (c) => {
      await deleteScenario(c.get('database').db, c.get('caller'), c.req.valid('param').id, c.req.valid('query').version);
      return c.body(null, 204);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/allocation/scenarios/{id}/base',
      tags,
      summary: 'Gör scenariot till bas för sitt budgetår; det tidigare basscenariot blir ett vanligt scenario',
      request: { params: idParam, ...jsonBody(z.object({ version: versionSchema() })) },
      responses: { 200: ok(scenarioSummarySchema), ...refusals },
    }),
    async (c) => c.json(await makeBase(c.get('database').db, c.get('caller'), c.req.valid('param').id, c.req.valid('json').version), 200),
  );
