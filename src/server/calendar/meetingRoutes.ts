// Meetings (sammanträden) of fullmäktige, kommunstyrelse and nämnder over HTTP.
import { createRoute, z } from '@hono/zod-openapi';
import { versionParam } from '../../core/input.js';
import {
  meetingChanged,
  meetingDeleted,
  meetingImportInput,
  meetingImportResult,
  meetingInput,
  meetingListSchema,
  meetingUpdate,
} from '../../core/calendar/records.js';
import { router } from '../http/context.js';
import { errors, idParam, jsonBody, ok } from '../http/openapi.js';
import { createMeeting, deleteMeeting, importMeetings, listMeetings, organsOf } from './meetings.js';
import { updateMeeting } from './meetings.js';

const tags = ['Årshjulet'];
const all = { 400: errors[400], 401: errors[401], 403: errors[403], 404: errors[404], 409: errors[409] };

export const meetingRoutes = router()
  .openapi(
    createRoute({
      method: 'get',
      path: '/calendar/meetings',
      tags,
      summary: 'Sammanträden, per år och organ, och de organ som kan ha sammanträden',
      request: {
        query: z.object({
          year: z.coerce
            .number({ error: 'Ange ett år.' })
            .int()
            .min(2000, { error: 'Ange ett år 2000–2100.' })
            .max(2100, { error: 'Ange ett år 2000–2100.' })
            .optional(),
          orgUnitId: z.uuid({ error: 'Ogiltigt id.' }).optional(),
        }),
      },
      responses: { 200: ok(meetingListSchema), 400: errors[400], 401: errors[401] },
    }),
    async (c) => {
      const caller = c.get('caller');
      const db = c.get('database').db;
      return c.json(
        { items: await listMeetings(db, caller, c.req.valid('query')), organs: await organsOf(db, caller.municipalityId) },
        200,
      );
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/calendar/meetings',
      tags,
      summary: 'Lägg in ett sammanträde; årets ej klara uppgifter flyttas till det i samma transaktion',
      request: jsonBody(meetingInput),
      responses: { 201: ok(meetingChanged, 'Skapat'), ...all },
    }),
    async (c) => c.json(await createMeeting(c.get('database').db, c.get('caller'), c.req.valid('json')), 201),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/calendar/meetings/import',
      tags,
      summary: 'Läs in en sammanträdesplan (CSV: organ;datum;titel, eller iCalendar); allt eller inget; ej klara uppgifter följer',
      request: jsonBody(meetingImportInput),
      responses: { 200: ok(meetingImportResult), ...all },
    }),
    async (c) => c.json(await importMeetings(c.get('database').db, c.get('caller'), c.req.valid('json')), 200),
  )
  .openapi(
    createRoute({
      method: 'put',
      path: '/calendar/meetings/{id}',
      tags,
      summary: 'Ändra ett sammanträde (med versionen); ej klara uppgifter följer det nya datumet',
      request: { params: idParam, ...jsonBody(meetingUpdate) },
      responses: { 200: ok(meetingChanged), ...all },
    }),
    async (c) => c.json(await updateMeeting(c.get('database').db, c.get('caller'), c.req.valid('param').id, c.req.valid('json')), 200),
  )
  .openapi(
    createRoute({
      method: 'delete',
      path: '/calendar/meetings/{id}',
      tags,
      summary: 'Ta bort ett sammanträde (med versionen); ej klara uppgifter på det faller tillbaka till månadens slut',
      request: { params: idParam, query: z.object({ version: versionParam(0, 'Ange versionen.') }) },
      responses: { 200: ok(meetingDeleted, 'Borttaget, med hur många ej klara uppgifter som flyttades'), ...all },
    }),
    async (c) =>
      c.json(await deleteMeeting(c.get('database').db, c.get('caller'), c.req.valid('param').id, c.req.valid('query').version), 200),
  );
