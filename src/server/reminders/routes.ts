// Reminders, notifications, the outbox and iCalendar feeds over HTTP.
import { createRoute, z } from '@hono/zod-openapi';
import { fail } from '../../core/errors.js';
import { defaultReminderSettings, reminderSettingLabels } from '../../core/reminders/settings.js';
import {
  feedCreated,
  feedCreateInput,
  feedSchema,
  notificationList,
  notificationSchema,
  outboxList,
  reminderSettingsInput,
  reminderSettingsResponse,
  sweepResultSchema,
} from '../../core/reminders/schemas.js';
import { requireAnywhere } from '../auth/policy.js';
import { router } from '../http/context.js';
import { errors, idParam, jsonBody, ok } from '../http/openapi.js';
import { createFeed, feedByToken, listFeeds, renderFeed, revokeFeed } from './feeds.js';
import { listNotifications, markAllRead, markNotification, unreadCount } from './notifications.js';
import { listOutbox } from './outbox.js';
import { reminderSettingsOf, saveReminderSettings } from './settings.js';
import { sweepReminders } from './sweep.js';

const tags = ['Påminnelser'];
const pageError = { error: 'Ange ett heltal.' };
const page = (max: number, fallback: number) =>
  z.coerce.number(pageError).int(pageError).min(0, pageError).max(max, pageError).default(fallback);

const sweepRoutes = router()
  .openapi(
    createRoute({
      method: 'post',
      path: '/reminders/sweep',
      tags,
      summary: 'Skicka de påminnelser som har kommit (idempotent: det som redan skickats skickas inte igen)',
      responses: { 200: ok(sweepResultSchema), 401: errors[401], 403: errors[403] },
    }),
    async (c) => {
      const caller = c.get('caller');
      requireAnywhere(caller, 'manageOrg');
      const result = await sweepReminders(c.get('database').db, { municipalityId: caller.municipalityId, actorId: caller.personId });
      return c.json(result, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/reminders/settings',
      tags,
      summary: 'När påminnelser skickas: dagar före och efter sista dag',
      responses: { 200: ok(reminderSettingsResponse), 401: errors[401] },
    }),
    async (c) => {
      const caller = c.get('caller');
      const s = await reminderSettingsOf(c.get('database').db, caller.municipalityId);
      return c.json({ ...s, defaults: defaultReminderSettings, labels: reminderSettingLabels }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'put',
      path: '/reminders/settings',
      tags,
      summary: 'Ändra när påminnelser skickas (administratör)',
      request: jsonBody(reminderSettingsInput),
      responses: { 200: ok(reminderSettingsResponse), 400: errors[400], 401: errors[401], 403: errors[403], 409: errors[409] },
    }),
    async (c) => {
      const caller = c.get('caller');
      const { settings, version } = c.req.valid('json');
      const saved = await saveReminderSettings(c.get('database').db, caller, settings, version);
      return c.json({ ...saved, defaults: defaultReminderSettings, labels: reminderSettingLabels }, 200);
    },
  );

const notificationRoutes = router()
  .openapi(
    createRoute({
      method: 'get',
      path: '/notifications',
      tags,
      summary: 'Mina aviseringar, nyaste först',
      request: {
        query: z.object({
          unread: z.enum(['true', 'false'], { error: 'Ange true eller false.' }).optional(),
          limit: page(200, 50),
          offset: page(1_000_000, 0),
        }),
      },
      responses: { 200: ok(notificationList), 400: errors[400], 401: errors[401] },
    }),
    async (c) => {
      const caller = c.get('caller');
      const q = c.req.valid('query');
      return c.json(
        await listNotifications(c.get('database').db, caller, { unreadOnly: q.unread === 'true', limit: q.limit, offset: q.offset }),
        200,
      );
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/notifications/unread-count',
      tags,
      summary: 'Antal olästa aviseringar',
      responses: { 200: ok(z.object({ unread: z.number().int() })), 401: errors[401] },
    }),
    async (c) => c.json({ unread: await unreadCount(c.get('database').db, c.get('caller')) }, 200),
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/notifications/{id}',
      tags,
      summary: 'Markera en avisering som läst eller oläst',
      request: { params: idParam, ...jsonBody(z.object({ read: z.boolean({ error: 'Ange true eller false.' }) })) },
      responses: { 200: ok(notificationSchema), 400: errors[400], 401: errors[401], 404: errors[404] },
    }),
    async (c) => {
      const caller = c.get('caller');
      return c.json(await markNotification(c.get('database').db, caller, c.req.valid('param').id, c.req.valid('json').read), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/notifications/read-all',
      tags,
      summary: 'Markera alla mina aviseringar som lästa',
      responses: { 200: ok(z.object({ marked: z.number().int() })), 401: errors[401] },
    }),
    async (c) => c.json({ marked: await markAllRead(c.get('database').db, c.get('caller')) }, 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/outbox',
      tags,
      summary: 'Utkorgen: alla e-postmeddelanden och deras läge (administratör)',
      request: { query: z.object({ limit: page(200, 50), offset: page(1_000_000, 0) }) },
      responses: { 200: ok(outboxList), 400: errors[400], 401: errors[401], 403: errors[403] },
    }),
    async (c) => {
      const caller = c.get('caller');
      return c.json(await listOutbox(c.get('database').db, caller, c.req.valid('query')), 200);
    },
  );

const feedRoutes = router()
  .openapi(
    createRoute({
      method: 'get',
      path: '/calendar/feeds',
      tags,
      summary: 'Mina kalenderlänkar (iCalendar) som inte är återkallade',
      responses: { 200: ok(z.object({ items: z.array(feedSchema) })), 401: errors[401] },
    }),
    async (c) => c.json({ items: await listFeeds(c.get('database').db, c.get('caller')) }, 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/calendar/feeds',
      tags,
      summary: 'Skapa en kalenderlänk, egen eller för en enhet (en tidigare av samma slag slutar fungera)',
      request: jsonBody(feedCreateInput),
      responses: { 201: ok(feedCreated, 'Skapad; token visas bara nu'), 400: errors[400], 401: errors[401] },
    }),
    async (c) => {
      const caller = c.get('caller');
      return c.json(await createFeed(c.get('database').db, caller, c.req.valid('json').orgUnitId ?? null), 201);
    },
  )
  .openapi(
    createRoute({
      method: 'delete',
      path: '/calendar/feeds/{id}',
      tags,
      summary: 'Återkalla en kalenderlänk',
      request: { params: idParam },
      responses: { 204: { description: 'Återkallad' }, 400: errors[400], 401: errors[401], 404: errors[404] },
    }),
    async (c) => {
      await revokeFeed(c.get('database').db, c.get('caller'), c.req.valid('param').id);
      return c.body(null, 204);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/calendar/feeds/{file}',
      tags,
      summary: 'Kalenderflödet (text/calendar) för en prenumeration; kräver ingen inloggning, bara token',
      request: { params: z.object({ file: z.string().openapi({ example: 'token.ics' }) }) },
      responses: {
        200: { description: 'iCalendar (RFC 5545)', content: { 'text/calendar': { schema: z.string() } } },
        404: errors[404],
      },
    }),
    async (c) => {
      const { file } = c.req.valid('param');
      const { db } = c.get('database');
      const feed = file.endsWith('.ics') ? await feedByToken(db, file.slice(0, -4)) : null;
      if (!feed) throw fail('not_found', 'Kalenderlänken finns inte eller är återkallad.');
      return c.body(await renderFeed(db, feed), 200, { 'Content-Type': 'text/calendar; charset=utf-8' });
    },
  );

export const reminderRoutes = router().route('/', sweepRoutes).route('/', notificationRoutes).route('/', feedRoutes);
