// Budget versions and frames over HTTP: list a year's versions, read one with its frames,
// create, replace a draft's frames, decide, and the difference between any two versions.
import { createRoute, z } from '@hono/zod-openapi';
import { budgetVersionSchema, createVersionInput, decideInput, framesInput, fromScenarioInput } from '../../core/budget/schemas.js';
import { router } from '../http/context.js';
import { errors, idParam, jsonBody, ok } from '../http/openapi.js';
import { createFromScenario, scenarioSource } from './fromScenario.js';
import { diffSchema, versionDetailSchema, versionListSchema, yearQuery } from '../../core/budget/api.js';
import { createVersion, decideVersion, listVersions, saveFrames, versionDetail, versionDiff } from './versions.js';

const tags = ['Budget'];
const all = { 400: errors[400], 401: errors[401], 403: errors[403], 404: errors[404], 409: errors[409], 422: errors[422] };

export const budgetRoutes = router()
  .openapi(
    createRoute({
      method: 'get',
      path: '/budget/versions',
      tags,
      summary: 'Ett budgetårs versioner (preliminärt underlag, förslag, antagen budget, ändringar), den gällande markerad',
      request: { query: yearQuery },
      responses: { 200: ok(versionListSchema), 400: errors[400], 401: errors[401] },
    }),
    async (c) => c.json(await listVersions(c.get('database').db, c.get('caller'), c.req.valid('query').year), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/budget/versions',
      tags,
      summary: 'Ny version (utkast); ramarna kopieras från basversionen, annars årets senaste eller förra årets gällande',
      request: jsonBody(createVersionInput),
      responses: { 201: ok(budgetVersionSchema, 'Skapad'), ...all },
    }),
    async (c) => c.json(await createVersion(c.get('database').db, c.get('caller'), c.req.valid('json')), 201),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/budget/versions/from-scenario',
      tags,
      summary:
        'Skapa ramförslag från scenario: ny version (utkast) där budgetårets driftram per nämnd är scenariots nya ram; planår och investeringsramar kopieras från basversionen, annars årets senaste. 404 om scenariot saknas, 409 om det gäller ett annat år, inte kan beräknas eller nämner något som inte är en nämnd',
      request: jsonBody(fromScenarioInput),
      responses: { 201: ok(budgetVersionSchema, 'Skapad'), ...all },
    }),
    async (c) => c.json(await createFromScenario(c.get('database').db, c.get('caller'), c.req.valid('json')), 201),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/budget/versions/{id}',
      tags,
      summary: 'En version med ramar per nämnd, slag och år (budgetår + tre planår) och summor',
      request: { params: idParam },
      responses: { 200: ok(versionDetailSchema), 401: errors[401], 404: errors[404] },
    }),
    async (c) => {
      const [db, caller] = [c.get('database').db, c.get('caller')];
      const detail = await versionDetail(db, caller, c.req.valid('param').id);
      return c.json({ ...detail, scenario: await scenarioSource(db, caller.municipalityId, detail.version) }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'put',
      path: '/budget/versions/{id}/frames',
      tags,
      summary: 'Ersätt ett utkasts alla ramar (hela kronor); 409 om versionen är inaktuell, 422 om versionen är beslutad',
      request: { params: idParam, ...jsonBody(framesInput) },
      responses: { 200: ok(budgetVersionSchema), ...all },
    }),
    async (c) => c.json(await saveFrames(c.get('database').db, c.get('caller'), c.req.valid('param').id, c.req.valid('json')), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/budget/versions/{id}/decide',
      tags,
      summary: 'Besluta versionen (datum, organ; diarienummer för antagen budget och ändring); därefter kan den inte ändras',
      request: { params: idParam, ...jsonBody(decideInput) },
      responses: { 200: ok(budgetVersionSchema), ...all },
    }),
    async (c) => c.json(await decideVersion(c.get('database').db, c.get('caller'), c.req.valid('param').id, c.req.valid('json')), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/budget/diff',
      tags,
      summary: 'Skillnaden mellan två valfria versioner per nämnd, slag och år (till − från)',
      request: {
        query: z.object({
          from: z.uuid({ error: 'Välj en version att jämföra från.' }),
          to: z.uuid({ error: 'Välj en version att jämföra med.' }),
        }),
      },
      responses: { 200: ok(diffSchema), 400: errors[400], 401: errors[401], 404: errors[404] },
    }),
    async (c) => {
      const q = c.req.valid('query');
      return c.json(await versionDiff(c.get('database').db, c.get('caller'), q.from, q.to), 200);
    },
  );
