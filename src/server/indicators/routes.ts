// The indicators the red thread's goals are measured by. The indicator area builds targets,
// measurements and Kolada on this catalogue.
import { createRoute, z } from '@hono/zod-openapi';
import { sql } from 'kysely';
import { fail } from '../../core/errors.js';
import type { Direction } from '../../core/indicators/status.js';
import type { Frequency } from '../../core/period.js';
import { indicatorInput, indicatorSchema } from '../../core/plans/schemas.js';
import { writeAudit } from '../audit/log.js';
import { requireAnywhere } from '../auth/policy.js';
import { router } from '../http/context.js';
import { errors, jsonBody, ok } from '../http/openapi.js';

const tags = ['Indikatorer'];
const toIndicator = (r: {
  id: string;
  name: string;
  unit: string;
  description: string;
  kolada_kpi: string | null;
  direction: string;
  frequency: string;
  gender_split: boolean;
}) => ({
  id: r.id,
  name: r.name,
  unit: r.unit,
  description: r.description,
  koladaKpi: r.kolada_kpi,
  direction: r.direction as Direction,
  frequency: r.frequency as Frequency,
  genderSplit: r.gender_split,
});

export const indicatorRoutes = router()
  .openapi(
    createRoute({
      method: 'get',
      path: '/indicators',
      tags,
      summary: 'Kommunens indikatorer',
      request: { query: z.object({ q: z.string().max(100).optional() }) },
      responses: { 200: ok(z.object({ items: z.array(indicatorSchema) })), 401: errors[401] },
    }),
    async (c) => {
      const caller = c.get('caller');
      const { q } = c.req.valid('query');
      let query = c.get('database').db.selectFrom('indicator').selectAll().where('municipality_id', '=', caller.municipalityId);
      if (q) query = query.where(sql<boolean>`(name ILIKE ${`%${q}%`} OR kolada_kpi ILIKE ${`%${q}%`})`);
      return c.json({ items: (await query.orderBy('name').limit(1000).execute()).map(toIndicator) }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/indicators',
      tags,
      summary: 'Ny indikator',
      request: jsonBody(indicatorInput),
      responses: { 201: ok(indicatorSchema, 'Skapad'), 400: errors[400], 401: errors[401], 403: errors[403], 409: errors[409] },
    }),
    async (c) => {
      const caller = c.get('caller');
      // Those who write plans create their indicators: elected, managers and controllers.
      requireAnywhere(caller, 'writeIndicators');
      const input = c.req.valid('json');
      const { db } = c.get('database');
      const row = await db.transaction().execute(async (trx) => {
        const same = await trx
          .selectFrom('indicator')
          .select('id')
          .where('municipality_id', '=', caller.municipalityId)
          .where(sql<boolean>`lower(name) = lower(${input.name})`)
          .executeTakeFirst();
        if (same)
          throw fail('conflict', 'Det finns redan en indikator med det namnet.', {
            fields: [{ field: 'name', message: 'Används redan.' }],
          });
        const r = await trx
          .insertInto('indicator')
          .values({
            municipality_id: caller.municipalityId,
            name: input.name,
            unit: input.unit ?? '',
            description: input.description ?? '',
            kolada_kpi: input.koladaKpi ?? null,
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        await writeAudit(trx, {
          municipalityId: caller.municipalityId,
          actorId: caller.personId,
          action: 'create',
          entityType: 'indicator',
          entityId: r.id,
          after: toIndicator(r),
        });
        return r;
      });
      return c.json(toIndicator(row), 201);
    },
  );
