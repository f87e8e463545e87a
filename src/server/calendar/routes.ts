// The annual cycle (årshjul) over HTTP: generated from the rules on each request, nothing stored.
import { createRoute, z } from '@hono/zod-openapi';
import { calendarYears } from '../../core/calendar/cycle.js';
import { annualCycleSchema } from '../../core/calendar/schemas.js';
import { requireCaller } from '../auth/policy.js';
import { router } from '../http/context.js';
import { errors, ok } from '../http/openapi.js';
import { cycleOf } from './service.js';

const { min, max } = calendarYears;
const yearError = { error: `Ange ett år ${min}–${max}.` };
const yearParam = z.object({
  year: z.coerce.number(yearError).int(yearError).min(min, yearError).max(max, yearError).openapi({ example: 2026 }),
});
// JSON is the only format today; the parameter keeps room for iCalendar next to it.
const formatQuery = z.object({ format: z.enum(['json'], { error: 'Formatet kan vara json.' }).optional() });

export const calendarRoutes = router().openapi(
  createRoute({
    method: 'get',
    path: '/calendar/{year}',
    tags: ['Årshjulet'],
    summary: 'Årshjulet ett år: planeringen av nästa budgetår, uppföljningen av året och valet ett valår',
    request: { params: yearParam, query: formatQuery },
    responses: { 200: ok(annualCycleSchema), 400: errors[400], 401: errors[401] },
  }),
  (c) => {
    const caller = requireCaller(c.get('caller'));
    return c.json(cycleOf(caller.municipalityId, c.req.valid('param').year), 200);
  },
);
