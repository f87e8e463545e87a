import { createRoute, z } from '@hono/zod-openapi';
import { createSession, setSessionCookie } from '../auth/sessions.js';
import { router } from '../http/context.js';
import { errors, jsonBody, ok } from '../http/openapi.js';
import { hasUsers, useSetupToken } from './service.js';

const tags = ['System'];
const setupInput = z.object({
  token: z.string().min(10, { error: 'Länken saknar sin nyckel.' }).max(200),
  municipalityCode: z
    .string()
    .trim()
    .regex(/^\d{4}$/, { error: 'Kommunkoden är fyra siffror, t.ex. 0482.' }),
  municipalityName: z.string().trim().min(2, { error: 'Obligatoriskt.' }).max(100),
  name: z.string().trim().min(1, { error: 'Obligatoriskt.' }).max(200),
  email: z.email({ error: 'Ange en giltig e-postadress.' }),
  password: z.string().min(12, { error: 'Lösenordet måste ha minst 12 tecken.' }).max(200),
});

export const setupRoutes = router()
  .openapi(
    createRoute({
      method: 'get',
      path: '/setup',
      tags,
      summary: 'Om installationen väntar på sin första administratör',
      responses: { 200: ok(z.object({ needed: z.boolean() })) },
    }),
    async (c) => c.json({ needed: !(await hasUsers(c.get('database').db)) }, 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/setup',
      tags,
      summary: 'Skapa kommunen och den första administratören med engångslänkens nyckel',
      request: jsonBody(setupInput),
      responses: { 204: { description: 'Klart; inloggad som administratör' }, 400: errors[400], 403: errors[403], 409: errors[409] },
    }),
    async (c) => {
      const { token, ...input } = c.req.valid('json');
      const { db } = c.get('database');
      const { municipalityId, personId } = await useSetupToken(db, token, input);
      setSessionCookie(c, await createSession(db, municipalityId, personId));
      return c.body(null, 204);
    },
  );
