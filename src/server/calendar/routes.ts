// The annual cycle (årshjul) over HTTP: the cycle of a year placed on the municipality's
// meetings, its settings, and its tasks. Fixed paths come before /calendar/{year}.
import { createRoute, z } from '@hono/zod-openapi';
import { calendarYears } from '../../core/calendar/cycle.js';
import { generateResult, settingsInput, settingsResponse, taskSchema, taskStateInput } from '../../core/calendar/records.js';
import { annualCycleSchema, stepIds } from '../../core/calendar/schemas.js';
import { taskStates } from '../../core/calendar/tasks.js';
import { router } from '../http/context.js';
import { errors, idParam, jsonBody, ok } from '../http/openapi.js';
import { meetingRoutes } from './meetingRoutes.js';
import { cycleOf } from './service.js';
import { readSettings, writeSettings } from './settings.js';
import { generateTasks, listTasks, setTaskState } from './tasks.js';

const { min, max } = calendarYears;
const yearError = { error: `Ange ett år ${min}–${max}.` };
const year = z.coerce.number(yearError).int(yearError).min(min, yearError).max(max, yearError);
const yearParam = z.object({ year: year.openapi({ example: 2026 }) });
// JSON is the only format today; the parameter keeps room for iCalendar next to it.
const formatQuery = z.object({ format: z.enum(['json'], { error: 'Formatet kan vara json.' }).optional() });
const tags = ['Årshjulet'];
const flag = z.enum(['true', 'false'], { error: 'Ange true eller false.' }).optional();
const all = { 400: errors[400], 401: errors[401], 403: errors[403], 404: errors[404], 409: errors[409] };

const settingsRoutes = router()
  .openapi(
    createRoute({
      method: 'get',
      path: '/calendar/settings',
      tags,
      summary: 'Årshjulets inställningar: kommunens värden, standardvärdena och vad kommunen ändrat',
      responses: { 200: ok(settingsResponse), 401: errors[401] },
    }),
    async (c) => c.json(await readSettings(c.get('database').db, c.get('caller')), 200),
  )
  .openapi(
    createRoute({
      method: 'put',
      path: '/calendar/settings',
      tags,
      summary: 'Ändra inställningarna (med versionen; 0 när inga sparats); omöjliga inställningar avvisas',
      request: jsonBody(settingsInput),
      responses: { 200: ok(settingsResponse), ...all },
    }),
    async (c) => c.json(await writeSettings(c.get('database').db, c.get('caller'), c.req.valid('json')), 200),
  );

const taskRoutes = router()
  .openapi(
    createRoute({
      method: 'get',
      path: '/calendar/tasks',
      tags,
      summary: 'Årshjulets uppgifter per år, steg, enhet och tillstånd (försenad räknas fram); mine=true ger dina, open=true de ej klara',
      request: {
        query: z.object({
          year: year.optional(),
          step: z.enum(stepIds, { error: 'Okänt steg.' }).optional(),
          stepKey: z.string().optional(),
          orgUnitId: z.uuid({ error: 'Ogiltigt id.' }).optional(),
          state: z.enum(taskStates, { error: 'Tillståndet kan vara not_started, in_progress, done eller late.' }).optional(),
          mine: flag.openapi({ description: 'true: bara uppgifter för enheter där du får arbeta med uppgifter' }),
          open: flag.openapi({ description: 'true: bara uppgifter som inte är klara (försenade ingår)' }),
        }),
      },
      responses: { 200: ok(z.object({ items: z.array(taskSchema) })), 400: errors[400], 401: errors[401] },
    }),
    async (c) => {
      const { mine, open, ...q } = c.req.valid('query');
      const items = await listTasks(c.get('database').db, c.get('caller'), {
        ...q,
        mine: mine === 'true',
        open: open === 'true',
      });
      return c.json({ items }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/calendar/tasks/{id}/state',
      tags,
      summary: 'Markera en uppgift som ej påbörjad, pågående eller klar (med versionen)',
      request: { params: idParam, ...jsonBody(taskStateInput) },
      responses: { 200: ok(taskSchema), ...all },
    }),
    async (c) => c.json(await setTaskState(c.get('database').db, c.get('caller'), c.req.valid('param').id, c.req.valid('json')), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/calendar/{year}/tasks',
      tags,
      summary: 'Skapa årets uppgifter ur årshjulet; en gång till ändrar inget, ändrade sammanträden flyttar ej klara uppgifter',
      request: { params: yearParam },
      responses: { 200: ok(generateResult), ...all },
    }),
    async (c) => c.json(await generateTasks(c.get('database').db, c.get('caller'), c.req.valid('param').year), 200),
  );

export const calendarRoutes = router()
  .route('/', settingsRoutes)
  .route('/', meetingRoutes)
  .route('/', taskRoutes)
  .openapi(
    createRoute({
      method: 'get',
      path: '/calendar/{year}',
      tags,
      summary: 'Årshjulet ett år: planeringen av nästa budgetår, uppföljningen av året och valet ett valår, lagt på kommunens sammanträden',
      request: { params: yearParam, query: formatQuery },
      responses: { 200: ok(annualCycleSchema), 400: errors[400], 401: errors[401] },
    }),
    async (c) => {
      const caller = c.get('caller');
      return c.json(await cycleOf(c.get('database').db, caller.municipalityId, c.req.valid('param').year), 200);
    },
  );
