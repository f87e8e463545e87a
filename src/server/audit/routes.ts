import { createRoute } from '@hono/zod-openapi';
import { requireAnywhere } from '../auth/policy.js';
import { router } from '../http/context.js';
import { errors, ok } from '../http/openapi.js';
import { searchAudit } from './queries.js';
import { auditFilters, auditPageSchema } from '../../core/audit/schemas.js';

export const auditRoutes = router().openapi(
  createRoute({
    method: 'get',
    path: '/audit',
    tags: ['Granskningslogg'],
    summary:
      'Granskningsloggen: vem ändrade vad och när, före och efter (administratörer på sitt delträd, revisorn hela kommunen; utvecklingsplaners innehåll bara för medarbetaren och dess chefer)',
    request: { query: auditFilters },
    responses: {
      200: ok(auditPageSchema),
      400: errors[400],
      401: errors[401],
      403: errors[403],
    },
  }),
  async (c) => {
    const caller = c.get('caller');
    requireAnywhere(caller, 'readAudit');
    const f = c.req.valid('query');
    const { items, total } = await searchAudit(c.get('database').db, caller, f);
    return c.json({ items, total, page: f.page, pageSize: f.pageSize }, 200);
  },
);
