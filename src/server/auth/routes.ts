import { createRoute } from '@hono/zod-openapi';
import { loginInput, meSchema } from '../../core/auth/schemas.js';
import { router } from '../http/context.js';
import { errors, jsonBody, ok } from '../http/openapi.js';
import { passwordRoutes } from './passwordRoutes.js';
import { holdsAnywhere } from './policy.js';
import { login, logout } from './service.js';
import { clearSessionCookie, endPresentedSession, setSessionCookie } from './sessions.js';
import { requestSource } from './source.js';

const tags = ['Inloggning'];

export const authRoutes = router()
  .openapi(
    createRoute({
      method: 'post',
      path: '/auth/login',
      tags,
      summary: 'Logga in; sätter en sessionskaka (httpOnly, SameSite=Lax)',
      request: jsonBody(loginInput),
      responses: {
        204: { description: 'Inloggad' },
        400: errors[400],
        401: errors[401],
        429: {
          description: 'För många misslyckade försök',
          content: { 'application/json': { schema: errors[400].content['application/json'].schema } },
        },
      },
    }),
    async (c) => {
      const { db } = c.get('database');
      const { token } = await login(db, c.req.valid('json'), requestSource(c));
      // A new session id at every sign-in: the one the browser brought (if any) ends.
      await endPresentedSession(db, c);
      setSessionCookie(c, token);
      return c.body(null, 204);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/auth/logout',
      tags,
      summary: 'Logga ut; sessionen avslutas på servern',
      responses: { 204: { description: 'Utloggad' }, 401: errors[401] },
    }),
    async (c) => {
      await logout(c.get('database').db, c.get('caller'));
      clearSessionCookie(c);
      return c.body(null, 204);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/auth/me',
      tags,
      summary: 'Den inloggade personen, dess roller och behörigheter',
      responses: { 200: ok(meSchema), 401: errors[401] },
    }),
    async (c) => {
      const caller = c.get('caller');
      const { db } = c.get('database');
      const m = await db
        .selectFrom('municipality')
        .select(['id', 'code', 'name'])
        .where('id', '=', caller.municipalityId)
        .executeTakeFirstOrThrow();
      const unitIds = caller.roles.map((r) => r.orgUnitId);
      const units = unitIds.length
        ? await db.selectFrom('org_unit').select(['id', 'name']).where('municipality_id', '=', m.id).where('id', 'in', unitIds).execute()
        : [];
      const unitName = new Map(units.map((u) => [u.id, u.name]));
      return c.json(
        {
          id: caller.personId,
          name: caller.name,
          email: caller.email,
          municipality: m,
          roles: caller.roles.map((r) => ({ ...r, orgUnitName: unitName.get(r.orgUnitId) ?? '' })),
          permissions: {
            manageOrg: holdsAnywhere(caller, 'manageOrg'),
            readAudit: holdsAnywhere(caller, 'readAudit'),
            writeIndicators: holdsAnywhere(caller, 'writeIndicators'),
          },
        },
        200,
      );
    },
  )
  .route('/', passwordRoutes);
