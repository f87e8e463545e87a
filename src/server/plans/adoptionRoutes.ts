// What the adoption form offers: whether the caller may record the plan's adoption, the deciding
// bodies the decision may name, and whether a diarienummer is asked (core/plans/adoption.ts).
import { createRoute } from '@hono/zod-openapi';
import { adoptionOptionsSchema } from '../../core/plans/schemas.js';
import { router } from '../http/context.js';
import { errors, idParam, ok } from '../http/openapi.js';
import { adoptionRuleFor } from './adoption.js';
import { mustFindPlan } from './service.js';

export const adoptionRoutes = router().openapi(
  createRoute({
    method: 'get',
    path: '/plans/{id}/adoption',
    tags: ['Mål och plan'],
    summary: 'Vem som fastställer planen: får den inloggade registrera beslutet, vilka beslutande organ kan anges, frågas diarienummer',
    request: { params: idParam },
    responses: { 200: ok(adoptionOptionsSchema), 401: errors[401], 404: errors[404] },
  }),
  async (c) => {
    const { db } = c.get('database');
    const caller = c.get('caller');
    const plan = await mustFindPlan(db, caller, c.req.valid('param').id);
    return c.json(await adoptionRuleFor(db, caller, plan), 200);
  },
);
