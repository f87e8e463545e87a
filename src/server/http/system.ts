import { createRoute, z } from '@hono/zod-openapi';
import { sql } from 'kysely';
import { publicRouter } from './context.js';
import { ok } from './openapi.js';

export const systemRoutes = publicRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/health',
      tags: ['System'],
      summary: 'Lever servern och når den sin databas?',
      responses: { 200: ok(z.object({ status: z.literal('ok'), database: z.enum(['pglite', 'postgres']) })) },
    }),
    async (c) => {
      const database = c.get('database');
      await sql`SELECT 1`.execute(database.db);
      return c.json({ status: 'ok' as const, database: database.kind }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/municipalities',
      tags: ['System'],
      summary: 'Kommunerna i installationen (offentligt, för inloggningssidan)',
      responses: { 200: ok(z.object({ items: z.array(z.object({ code: z.string(), name: z.string() })) })) },
    }),
    async (c) => {
      const items = await c.get('database').db.selectFrom('municipality').select(['code', 'name']).orderBy('name').execute();
      return c.json({ items }, 200);
    },
  );
