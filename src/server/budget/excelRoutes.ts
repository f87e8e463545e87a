// Excel over HTTP: every budget table as .xlsx, and upload of a frame or distribution sheet
// (the raw .xlsx as the request body; all errors by cell, nothing stored if there is one).
import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { Kysely } from 'kysely';
import type { Caller } from '../auth/caller.js';
import type { DB } from '../db/schema.js';
import { type AppEnv, router } from '../http/context.js';
import { errors, idParam, ok } from '../http/openapi.js';
import { distributionSchema } from '../../core/budget/api.js';
import { budgetVersionSchema } from '../../core/budget/schemas.js';
import {
  balanceWorkbook,
  diffWorkbook,
  distributionWorkbook,
  framesWorkbook,
  grantsWorkbook,
  importDistribution,
  importFrames,
  investmentsWorkbook,
} from './excel.js';
import { versionQuery, yearQuery } from '../../core/budget/api.js';
import { XLSX } from './workbook.js';

const tags = ['Budget'];
const file = { description: 'Excel-fil (.xlsx)', content: { [XLSX]: { schema: z.string().openapi({ format: 'binary' }) } } };
const upload = { body: { content: { [XLSX]: { schema: z.string().openapi({ format: 'binary' }) } }, required: true } };
const exported = { 200: file, 400: errors[400], 401: errors[401], 404: errors[404] };
const all = { 400: errors[400], 401: errors[401], 403: errors[403], 404: errors[404], 409: errors[409], 422: errors[422] };

type Book = (db: Kysely<DB>, caller: Caller) => Promise<{ name: string; body: Buffer }>;

async function send(c: Context<AppEnv>, make: Book) {
  const { name, body } = await make(c.get('database').db, c.get('caller'));
  return c.body(new Uint8Array(body), 200, { 'Content-Type': XLSX, 'Content-Disposition': `attachment; filename="${name}"` });
}

const exportRoute = <Q extends z.ZodObject>(path: string, summary: string, query: Q) =>
  createRoute({ method: 'get', path: `/budget/export/${path}`, tags, summary, request: { query }, responses: exported });

const uuid = (error: string) => z.uuid({ error });

export const budgetExcelRoutes = router()
  .openapi(
    exportRoute('frames', 'En versions ramar som Excel (samma format som importen)', z.object({ versionId: uuid('Välj en version.') })),
    (c) => send(c, (db, caller) => framesWorkbook(db, caller, c.req.valid('query').versionId)),
  )
  .openapi(
    exportRoute(
      'diff',
      'Skillnaden mellan två versioner som Excel',
      z.object({ from: uuid('Välj en version.'), to: uuid('Välj en version.') }),
    ),
    (c) => send(c, (db, caller) => diffWorkbook(db, caller, c.req.valid('query').from, c.req.valid('query').to)),
  )
  .openapi(
    exportRoute(
      'distribution',
      'En nämnds fördelning som Excel (samma format som importen)',
      yearQuery.extend({ bodyId: uuid('Välj en nämnd.') }),
    ),
    (c) => send(c, (db, caller) => distributionWorkbook(db, caller, c.req.valid('query').bodyId, c.req.valid('query').year)),
  )
  .openapi(exportRoute('investments', 'Investeringsplanen och summorna mot ramen som Excel', yearQuery), (c) =>
    send(c, (db, caller) => investmentsWorkbook(db, caller, c.req.valid('query').year)),
  )
  .openapi(exportRoute('grants', 'Riktade statsbidrag som Excel', yearQuery), (c) =>
    send(c, (db, caller) => grantsWorkbook(db, caller, c.req.valid('query').year)),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/budget/export/balance',
      tags,
      summary: 'Resultat och underskott att återställa som Excel',
      responses: exported,
    }),
    (c) => send(c, balanceWorkbook),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/budget/versions/{id}/frames/import',
      tags,
      summary: 'Läs in ett ramark (.xlsx) som ersätter utkastets ramar; alla fel per cell, inget sparas vid fel',
      request: { params: idParam, query: versionQuery, ...upload },
      responses: { 200: ok(budgetVersionSchema), ...all },
    }),
    async (c) =>
      c.json(
        await importFrames(
          c.get('database').db,
          c.get('caller'),
          c.req.valid('param').id,
          c.req.valid('query').version,
          await c.req.arrayBuffer(),
        ),
        200,
      ),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/budget/distribution/{bodyId}/import',
      tags,
      summary: 'Läs in ett fördelningsark (.xlsx) som ersätter nämndens fördelning; alla fel per cell, inget sparas vid fel',
      request: { params: z.object({ bodyId: uuid('Ogiltigt id.') }), query: yearQuery.merge(versionQuery), ...upload },
      responses: { 200: ok(distributionSchema), ...all },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const caller = c.get('caller');
      return c.json(
        await importDistribution(c.get('database').db, caller, c.req.valid('param').bodyId, q.year, q.version, await c.req.arrayBuffer()),
        200,
      );
    },
  );
