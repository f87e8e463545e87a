import { createRoute, z } from '@hono/zod-openapi';
import { router } from '../http/context.js';
import { errors, jsonBody } from '../http/openapi.js';
import { changeOwnPassword } from './ownPassword.js';
import { requestSource } from './source.js';

const required = z.string({ error: 'Obligatoriskt.' }).min(1, { error: 'Obligatoriskt.' }).max(200, { error: 'Högst 200 tecken.' });

export const passwordRoutes = router().openapi(
  createRoute({
    method: 'post',
    path: '/auth/password',
    tags: ['Inloggning'],
    summary: 'Byt ditt eget lösenord; dina andra sessioner avslutas, den här behålls',
    request: jsonBody(z.object({ currentPassword: required, newPassword: required })),
    responses: {
      204: { description: 'Lösenordet är bytt' },
      400: errors[400],
      401: errors[401],
      429: {
        description: 'För många felaktiga försök med det nuvarande lösenordet',
        content: { 'application/json': { schema: errors[400].content['application/json'].schema } },
      },
    },
  }),
  async (c) => {
    await changeOwnPassword(c.get('database').db, c.get('caller'), c.req.valid('json'), requestSource(c));
    return c.body(null, 204);
  },
);
