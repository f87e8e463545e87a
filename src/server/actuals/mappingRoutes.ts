// The ansvar mapping and the ledger settings in the API.
import { createRoute, z } from '@hono/zod-openapi';
import { router } from '../http/context.js';
import { errors, jsonBody, ok } from '../http/openapi.js';
import { isCentralFinance } from './access.js';
import { codeParam, mappingInput, mappingSavedSchema, mappingSchema, settingsInput, settingsSchema } from '../../core/actuals/schemas.js';
import { listMappings, setMapping, updateSettings } from './service.js';
import { ledgerSettings } from './settings.js';

const tags = ['Utfall'];

export const actualsMappingRoutes = router()
  .openapi(
    createRoute({
      method: 'get',
      path: '/actuals/mappings',
      tags,
      summary: 'Ansvarskoder och de enheter de hör till; koder utan enhet väntar på att någon kopplar dem',
      responses: { 200: ok(z.object({ items: z.array(mappingSchema) })), 401: errors[401] },
    }),
    async (c) => {
      const caller = c.get('caller');
      return c.json({ items: await listMappings(c.get('database').db, caller.municipalityId) }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'put',
      path: '/actuals/mappings/{code}',
      tags,
      summary: 'Koppla en ansvarskod till en enhet (eller lös kopplingen med null); version 0 lägger till en ny kod',
      request: { params: codeParam, ...jsonBody(mappingInput) },
      responses: {
        200: ok(mappingSavedSchema),
        400: errors[400],
        401: errors[401],
        403: errors[403],
        404: errors[404],
        409: errors[409],
      },
    }),
    async (c) => c.json(await setMapping(c.get('database').db, c.get('caller'), c.req.valid('param').code, c.req.valid('json')), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/actuals/settings',
      tags,
      summary: 'Ansvarsdimensionen i SIE-filen och hur kontointervallen räknas (Kommun-Bas om inget annat är valt)',
      responses: { 200: ok(settingsSchema), 401: errors[401] },
    }),
    async (c) => {
      const caller = c.get('caller');
      const db = c.get('database').db;
      return c.json({ ...(await ledgerSettings(db, caller.municipalityId)), canEdit: await isCentralFinance(db, caller) }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'put',
      path: '/actuals/settings',
      tags,
      summary: 'Ändra ansvarsdimension och kontointervall; rules null återgår till Kommun-Bas',
      request: jsonBody(settingsInput),
      responses: { 200: ok(settingsSchema), 400: errors[400], 401: errors[401], 403: errors[403], 409: errors[409] },
    }),
    async (c) => c.json({ ...(await updateSettings(c.get('database').db, c.get('caller'), c.req.valid('json'))), canEdit: true }, 200),
  );
