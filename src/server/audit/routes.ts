import { createRoute, z } from '@hono/zod-openapi';
import { sql } from 'kysely';
import { requireAnywhere, requireCaller, unitsWhere } from '../auth/policy.js';
import { router } from '../http/context.js';
import { errors, ok } from '../http/openapi.js';

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
});

const filters = z.object({
  entityType: z.string().max(50).optional(),
  entityId: z.string().max(100).optional(),
  action: z.string().max(50).optional(),
  actorId: z.uuid({ error: 'Ogiltigt id.' }).optional(),
  from: z.iso.date({ error: 'Ange ett datum som ÅÅÅÅ-MM-DD.' }).optional(),
  to: z.iso.date({ error: 'Ange ett datum som ÅÅÅÅ-MM-DD.' }).optional(),
  page: z.coerce.number({ error: 'Ange ett sidnummer.' }).int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

export const auditRoutes = router().openapi(
  createRoute({
    method: 'get',
    path: '/audit',
    tags: ['Granskningslogg'],
    summary: 'Granskningsloggen: vem ändrade vad och när, före och efter (för administratörer och revisorer)',
    request: { query: filters },
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
    const { db } = c.get('database');
    let q = db
      .selectFrom('audit_log as a')
      .leftJoin('person as p', (j) => j.onRef('p.municipality_id', '=', 'a.municipality_id').onRef('p.id', '=', 'a.actor_id'))
      .leftJoin('org_unit as u', (j) => j.onRef('u.municipality_id', '=', 'a.municipality_id').onRef('u.id', '=', 'a.org_unit_id'))
      .where('a.municipality_id', '=', caller.municipalityId)
      // Entries about a unit are shown to those who may read the log on that unit's subtree.
      .where(sql<boolean>`(a.org_unit_id IS NULL OR a.org_unit_id IN (${unitsWhere(caller, 'readAudit')}))`);
    if (f.entityType) q = q.where('a.entity_type', '=', f.entityType);
    if (f.entityId) q = q.where('a.entity_id', '=', f.entityId);
    if (f.action) q = q.where('a.action', '=', f.action);
    if (f.actorId) q = q.where('a.actor_id', '=', f.actorId);
    if (f.from) q = q.where(sql<boolean>`a.occurred_at >= ${f.from}::date`);
    if (f.to) q = q.where(sql<boolean>`a.occurred_at < ${f.to}::date + 1`);
    const total = Number((await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
    const rows = await q
      .select([
        'a.id',
        'a.occurred_at',
        'a.actor_id',
        'p.name as actor_name',
        'a.action',
        'a.entity_type',
        'a.entity_id',
        'a.org_unit_id',
        'u.name as unit_name',
        'a.before',
        'a.after',
      ])
      .orderBy('a.id', 'desc')
      .limit(f.pageSize)
      .offset((f.page - 1) * f.pageSize)
      .execute();
    const items = rows.map((r) => ({
      id: r.id,
      occurredAt: r.occurred_at.toISOString(),
      actorId: r.actor_id,
      actorName: r.actor_name,
      action: r.action,
      entityType: r.entity_type,
      entityId: r.entity_id,
      orgUnitId: r.org_unit_id,
      orgUnitName: r.unit_name,
      before: r.before ?? null,
      after: r.after ?? null,
    }));
    return c.json({ items, total, page: f.page, pageSize: f.pageSize }, 200);
  },
);
