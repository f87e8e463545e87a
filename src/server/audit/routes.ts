import { createRoute, z } from '@hono/zod-openapi';
import { requireAnywhere, requireCaller } from '../auth/policy.js';
import { router } from '../http/context.js';
import { errors, ok } from '../http/openapi.js';
import { searchAudit } from './queries.js';
import { auditFilters } from '../../core/audit/schemas.js';

const entrySchema = z.object({
  id: z.number().int(),
  occurredAt: z.string().describe('UTC, ISO 8601'),
  actorId: z.uuid().nullable(),
  actorName: z.string().nullable(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string(),
  orgUnitId: z.uuid().nullable(),
  orgUnitName: z.string().nullable(),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
  private: z
    .boolean()
    .describe('true: raden gäller en utvecklingsplan som den inloggade inte får läsa; före och efter visas inte (innehållet är privat)'),
});

export const auditRoutes = router().openapi(
  createRoute({
    method: 'get',
    path: '/audit',
    tags: ['Granskningslogg'],
    summary:
      'Granskningsloggen: vem ändrade vad och när, före och efter (administratörer på sitt delträd, revisorn hela kommunen; utvecklingsplaners innehåll bara för medarbetaren och dess chefer)',
    request: { query: auditFilters },
    responses: {
      200: ok(z.object({ items: z.array(entrySchema), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() })),
      400: errors[400],
      401: errors[401],
      403: errors[403],
    },
  }),
  async (c) => {
    const caller = requireCaller(c.get('caller'));
    requireAnywhere(caller, 'readAudit');
    const f = c.req.valid('query');
    const { items, total } = await searchAudit(c.get('database').db, caller, f);
    return c.json({ items, total, page: f.page, pageSize: f.pageSize }, 200);
  },
);
