import { createRoute, z } from '@hono/zod-openapi';
import { fail } from '../../core/errors.js';
import { integritySchema, redThreadSchema, threadNodeDetailSchema, unitThreadSchema } from '../../core/plans/api.js';
import { parentPlanKinds } from '../../core/plans/links.js';
import { pathsUp, treeBelow } from '../../core/plans/redThread.js';
import { linkTargetSchema } from '../../core/plans/schemas.js';
import { router } from '../http/context.js';
import { errors, idParam, ok } from '../http/openapi.js';
import { ancestry } from './access.js';
import { integrityOf } from './integrity.js';
import { mustFindPlan } from './service.js';
import { redThreadOf, unitExists } from './thread.js';

const tags = ['Röda tråden'];
const yearQuery = z.object({ year: z.coerce.number({ error: 'Ange ett år.' }).int().min(2000).max(2100).optional() });
const yearOf = (y?: number) => y ?? new Date().getUTCFullYear();

const strip = ({ hasIndicator: _i, qualitative: _q, hasOwner: _o, ...n }: Parameters<typeof pathsUp>[0][number]) => n;

export const threadRoutes = router()
  .openapi(
    createRoute({
      method: 'get',
      path: '/red-thread',
      tags,
      summary: 'Hela röda tråden ett år: från visionen ned till medarbetarnas bidrag, och det som inte hänger ihop',
      request: { query: yearQuery },
      responses: {
        200: ok(redThreadSchema),
        401: errors[401],
      },
    }),
    async (c) => {
      const caller = c.get('caller');
      const year = yearOf(c.req.valid('query').year);
      const t = await redThreadOf(c.get('database').db, caller.municipalityId, year, caller);
      return c.json({ year, roots: t.roots, untraced: t.untraced.map(strip) }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/red-thread/nodes/{id}',
      tags,
      summary: 'Ett mål eller område: alla kedjor upp till visionen och allt som tjänar det nedåt',
      request: { params: idParam, query: yearQuery },
      responses: {
        200: ok(threadNodeDetailSchema),
        401: errors[401],
        404: errors[404],
      },
    }),
    async (c) => {
      const caller = c.get('caller');
      const year = yearOf(c.req.valid('query').year);
      const { id } = c.req.valid('param');
      const { nodes, links } = await redThreadOf(c.get('database').db, caller.municipalityId, year, caller);
      const node = nodes.find((n) => n.id === id);
      const below = treeBelow(nodes, links, id);
      if (!node || !below) throw fail('not_found', `Målet finns inte bland planerna för ${year}.`);
      return c.json({ year, node: strip(node), pathsUp: pathsUp(nodes, links, id).map((p) => p.map(strip)), below }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/red-thread/units/{id}',
      tags,
      summary: 'En enhets mål med kedjan två nivåer upp (förståelse för syfte och helhet)',
      request: { params: idParam, query: yearQuery },
      responses: {
        200: ok(unitThreadSchema),
        401: errors[401],
        404: errors[404],
      },
    }),
    async (c) => {
      const caller = c.get('caller');
      const year = yearOf(c.req.valid('query').year);
      const { id } = c.req.valid('param');
      // A unit of another municipality, or none at all, is not found (not an empty answer).
      if (!(await unitExists(c.get('database').db, caller.municipalityId, id))) throw fail('not_found', 'Enheten finns inte.');
      const { nodes, links } = await redThreadOf(c.get('database').db, caller.municipalityId, year, caller);
      const own = nodes.filter((n) => n.type === 'goal' && n.orgUnitId === id && n.planKind !== 'utvecklingsplan');
      const goals = own.map((g) => ({
        goal: strip(g),
        chains: pathsUp(nodes, links, g.id)
          .map((p) => p.slice(-3, -1).map(strip))
          .filter((p) => p.length > 0),
      }));
      return c.json({ year, goals }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/integrity',
      tags,
      summary:
        'Det som bryter röda tråden: mål utan koppling, KF-mål och uppdrag som ingen nämnd tagit upp, mål utan indikator eller ägare, enheter utan plan',
      request: { query: yearQuery },
      responses: {
        200: ok(integritySchema),
        401: errors[401],
      },
    }),
    async (c) => c.json(await integrityOf(c.get('database').db, c.get('caller'), yearOf(c.req.valid('query').year)), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/plans/{id}/link-targets',
      tags,
      summary: 'Det som mål i planen kan kopplas till (i planerna som gäller planens år)',
      request: { params: idParam },
      responses: { 200: ok(z.object({ items: z.array(linkTargetSchema) })), 401: errors[401], 404: errors[404] },
    }),
    async (c) => {
      const caller = c.get('caller');
      const { db } = c.get('database');
      const plan = await mustFindPlan(db, caller, c.req.valid('param').id);
      const { nodes } = await redThreadOf(db, caller.municipalityId, plan.yearFrom, caller);
      const above = new Set((await ancestry(db, caller.municipalityId, [plan.orgUnitId])).get(plan.orgUnitId)?.map((u) => u.id));
      const unitBound = plan.kind === 'verksamhetsplan' || plan.kind === 'utvecklingsplan';
      const items = nodes
        .filter(
          (n) =>
            (n.type === 'goal' || n.type === 'strategic_area') &&
            parentPlanKinds[plan.kind].includes(n.planKind) &&
            n.goalKind !== 'development',
        )
        .filter((n) => !unitBound || above.has(n.orgUnitId))
        .filter((n) => n.planId !== plan.id || plan.kind === 'strategisk_plan')
        .map((n) => ({
          lineageId: n.id,
          type: n.type as 'goal' | 'strategic_area',
          title: n.title,
          planKind: n.planKind,
          goalKind: n.goalKind,
          orgUnitName: n.orgUnitName,
          planId: n.planId,
          current: true,
        }));
      return c.json({ items }, 200);
    },
  );
