import { createRoute, z } from '@hono/zod-openapi';
import {
  closeOrgUnitInput,
  createOrgUnitInput,
  moveOrgUnitInput,
  orgUnitDetailSchema,
  orgUnitSchema,
  updateOrgUnitInput,
} from '../../core/org/schemas.js';
import { router } from '../http/context.js';
import { errors, idParam, jsonBody, ok } from '../http/openapi.js';
import { listAssignments } from '../people/service.js';
import { fail } from '../../core/errors.js';
import { ancestors, childUnits, findUnit, listUnits, placements, toUnit } from './queries.js';
import { closeUnit, createUnit, moveUnit, updateUnit } from './service.js';

const tags = ['Organisation'];

export const orgRoutes = router()
  .openapi(
    createRoute({
      method: 'get',
      path: '/org-units',
      tags,
      summary: 'Hela organisationen som en platt lista (bygg trädet med parentId)',
      request: { query: z.object({ includeClosed: z.enum(['true', 'false']).optional() }) },
      responses: { 200: ok(z.object({ items: z.array(orgUnitSchema) })), 401: errors[401] },
    }),
    async (c) => {
      const caller = c.get('caller');
      const rows = await listUnits(c.get('database').db, caller.municipalityId, c.req.valid('query').includeClosed === 'true');
      return c.json({ items: rows.map(toUnit) }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/org-units/{id}',
      tags,
      summary: 'En enhet med överordnade, underenheter, roller och placeringshistorik',
      request: { params: idParam },
      responses: { 200: ok(orgUnitDetailSchema), 401: errors[401], 404: errors[404] },
    }),
    async (c) => {
      const caller = c.get('caller');
      const { db } = c.get('database');
      const { id } = c.req.valid('param');
      const row = await findUnit(db, caller.municipalityId, id);
      if (!row) throw fail('not_found', 'Enheten finns inte.');
      const m = caller.municipalityId;
      const children = (await childUnits(db, m, id)).map(toUnit);
      const history = (await placements(db, m, id)).map((p) => ({
        parentId: p.parent_id,
        parentName: p.parent_name,
        validFrom: p.valid_from,
        validTo: p.valid_to,
      }));
      return c.json(
        {
          ...toUnit(row),
          ancestors: await ancestors(db, m, id),
          children,
          roles: await listAssignments(db, m, { orgUnitId: id }),
          placements: history,
        },
        200,
      );
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/org-units',
      tags,
      summary: 'Skapa en enhet (reglerna för organisationen gäller)',
      request: jsonBody(createOrgUnitInput),
      responses: { 201: ok(orgUnitSchema, 'Skapad'), 400: errors[400], 401: errors[401], 403: errors[403], 422: errors[422] },
    }),
    async (c) => c.json(await createUnit(c.get('database').db, c.get('caller'), c.req.valid('json')), 201),
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/org-units/{id}',
      tags,
      summary: 'Byt namn eller kortnamn',
      request: { params: idParam, ...jsonBody(updateOrgUnitInput) },
      responses: { 200: ok(orgUnitSchema), 400: errors[400], 401: errors[401], 403: errors[403], 404: errors[404], 409: errors[409] },
    }),
    async (c) => c.json(await updateUnit(c.get('database').db, c.get('caller'), c.req.valid('param').id, c.req.valid('json')), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/org-units/{id}/move',
      tags,
      summary: 'Flytta en enhet till en ny överordnad enhet (historiken behålls)',
      request: { params: idParam, ...jsonBody(moveOrgUnitInput) },
      responses: {
        200: ok(orgUnitSchema),
        400: errors[400],
        401: errors[401],
        403: errors[403],
        404: errors[404],
        409: errors[409],
        422: errors[422],
      },
    }),
    async (c) => c.json(await moveUnit(c.get('database').db, c.get('caller'), c.req.valid('param').id, c.req.valid('json')), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/org-units/{id}/close',
      tags,
      summary: 'Avveckla en enhet (den och dess historik finns kvar)',
      request: { params: idParam, ...jsonBody(closeOrgUnitInput) },
      responses: {
        200: ok(orgUnitSchema),
        400: errors[400],
        401: errors[401],
        403: errors[403],
        404: errors[404],
        409: errors[409],
        422: errors[422],
      },
    }),
    async (c) => c.json(await closeUnit(c.get('database').db, c.get('caller'), c.req.valid('param').id, c.req.valid('json')), 200),
  );
