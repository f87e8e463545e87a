// The allocation model's tables as Excel over HTTP: a scenario (frames, bridges, price-tag lines,
// totals per verksamhet, population), one nämnd's bridge, two scenarios compared, and the stored
// population. Each answers with the same figures as the JSON routes.
import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { Kysely } from 'kysely';
import type { Caller } from '../auth/caller.js';
import { XLSX } from '../budget/workbook.js';
import type { DB } from '../db/schema.js';
import { type AppEnv, router } from '../http/context.js';
import { errors } from '../http/openapi.js';
import { bridgeWorkbook, compareWorkbook, populationWorkbook, scenarioWorkbook } from './excel.js';

const tags = ['Resursfördelning'];
const file = { description: 'Excel-fil (.xlsx)', content: { [XLSX]: { schema: z.string().openapi({ format: 'binary' }) } } };
const exported = { 200: file, 400: errors[400], 401: errors[401], 404: errors[404], 409: errors[409] };
const scenarioId = z.uuid({ error: 'Välj ett scenario.' });

type Book = (db: Kysely<DB>, caller: Caller) => Promise<{ name: string; body: Buffer }>;

async function send(c: Context<AppEnv>, make: Book) {
  const { name, body } = await make(c.get('database').db, c.get('caller'));
  return c.body(new Uint8Array(body), 200, { 'Content-Type': XLSX, 'Content-Disposition': `attachment; filename="${name}"` });
}

const exportRoute = <Q extends z.ZodObject>(path: string, summary: string, query: Q) =>
  createRoute({ method: 'get', path: `/allocation/export/${path}`, tags, summary, request: { query }, responses: exported });

export const allocationExcelRoutes = router()
  .openapi(
    exportRoute(
      'scenario',
      'Ett scenario som Excel: ramar per nämnd, bryggorna med belopp och skäl, prislappsraderna, summor per verksamhet och befolkningen (409 om scenariot inte kan beräknas)',
      z.object({ id: scenarioId }),
    ),
    (c) => send(c, (db, caller) => scenarioWorkbook(db, caller, c.req.valid('query').id)),
  )
  .openapi(
    exportRoute(
      'bridge',
      'En nämnds brygga från förra årets ram till den nya som Excel: varje steg med belopp och skäl',
      z.object({ id: scenarioId, namnd: z.string({ error: 'Välj en nämnd.' }).trim().min(1, { error: 'Välj en nämnd.' }).max(100) }),
    ),
    (c) => send(c, (db, caller) => bridgeWorkbook(db, caller, c.req.valid('query').id, c.req.valid('query').namnd)),
  )
  .openapi(
    exportRoute(
      'compare',
      'Två scenarier sida vid sida som Excel: ram per nämnd och belopp per steg, med skillnaden B − A',
      z.object({ a: z.uuid({ error: 'Välj scenario A.' }), b: z.uuid({ error: 'Välj scenario B.' }) }),
    ),
    (c) => send(c, (db, caller) => compareWorkbook(db, caller, c.req.valid('query').a, c.req.valid('query').b)),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/allocation/export/population',
      tags,
      summary: 'Kommunens lagrade befolkning som Excel: slag, prognos, datum, åldersgrupp, antal och källa per rad',
      responses: { 200: file, 401: errors[401] },
    }),
    (c) => send(c, populationWorkbook),
  );
