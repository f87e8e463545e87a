import { createRoute, z } from '@hono/zod-openapi';
import {
  createPersonInput,
  createRoleAssignmentInput,
  endRoleAssignmentInput,
  personDetailSchema,
  personSchema,
  roleAssignmentSchema,
  updatePersonInput,
} from '../../core/org/schemas.js';
import { router } from '../http/context.js';
import { errors, idParam, jsonBody, ok } from '../http/openapi.js';
import { createAssignment, createPerson, endAssignment, getPerson, listPeople, updatePerson } from './service.js';

const tags = ['Personer och roller'];

export const peopleRoutes = router()
  .openapi(
    createRoute({
      method: 'get',
      path: '/people',
      tags,
      summary: 'Sök personer i kommunen',
      request: { query: z.object({ q: z.string().max(100).optional(), limit: z.coerce.number().int().min(1).max(2000).default(500) }) },
      responses: {
        200: ok(z.object({ items: z.array(personSchema), total: z.number().int().describe('how many match, also beyond limit') })),
        401: errors[401],
      },
    }),
    async (c) => {
      const { q, limit } = c.req.valid('query');
      return c.json(await listPeople(c.get('database').db, c.get('caller'), q, limit), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/people/{id}',
      tags,
      summary: 'En person med alla sina roller, även avslutade',
      request: { params: idParam },
      responses: { 200: ok(personDetailSchema), 401: errors[401], 404: errors[404] },
    }),
    async (c) => c.json(await getPerson(c.get('database').db, c.get('caller'), c.req.valid('param').id), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/people',
      tags,
      summary: 'Lägg till en person',
      request: jsonBody(createPersonInput),
      responses: { 201: ok(personSchema, 'Skapad'), 400: errors[400], 401: errors[401], 403: errors[403], 409: errors[409] },
    }),
    async (c) => c.json(await createPerson(c.get('database').db, c.get('caller'), c.req.valid('json')), 201),
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/people/{id}',
      tags,
      summary: 'Ändra en person (namn, e-post, aktiv, lösenord)',
      request: { params: idParam, ...jsonBody(updatePersonInput) },
      responses: { 200: ok(personSchema), 400: errors[400], 401: errors[401], 403: errors[403], 404: errors[404], 409: errors[409] },
    }),
    async (c) => c.json(await updatePerson(c.get('database').db, c.get('caller'), c.req.valid('param').id, c.req.valid('json')), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/role-assignments',
      tags,
      summary: 'Ge en person en roll på en enhet (gäller enheten och allt under den)',
      request: jsonBody(createRoleAssignmentInput),
      responses: { 201: ok(roleAssignmentSchema, 'Skapad'), 400: errors[400], 401: errors[401], 403: errors[403], 422: errors[422] },
    }),
    async (c) => c.json(await createAssignment(c.get('database').db, c.get('caller'), c.req.valid('json')), 201),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/role-assignments/{id}/end',
      tags,
      summary: 'Avsluta en roll (historiken finns kvar)',
      request: { params: idParam, ...jsonBody(endRoleAssignmentInput) },
      responses: {
        200: ok(roleAssignmentSchema),
        400: errors[400],
        401: errors[401],
        403: errors[403],
        404: errors[404],
        409: errors[409],
      },
    }),
    async (c) => c.json(await endAssignment(c.get('database').db, c.get('caller'), c.req.valid('param').id, c.req.valid('json')), 200),
  );
