// Assembles the Hono app from the area modules.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { OpenAPIHono } from '@hono/zod-openapi';
import { secureHeaders } from 'hono/secure-headers';
import { z } from 'zod';
import { fail } from '../core/errors.js';
import { allocationRoutes } from './allocation/routes.js';
import { auditRoutes } from './audit/routes.js';
import { authRoutes } from './auth/routes.js';
import { budgetExcelRoutes } from './budget/excelRoutes.js';
import { budgetRegisterRoutes } from './budget/registerRoutes.js';
import { budgetRoutes } from './budget/routes.js';
import { calendarRoutes } from './calendar/routes.js';
import { actualsMappingRoutes } from './actuals/mappingRoutes.js';
import { actualsRoutes } from './actuals/routes.js';
import { callerFromCookie } from './auth/sessions.js';
import type { Database } from './db/connection.js';
import type { AppEnv } from './http/context.js';
import { errorBody, handleError } from './http/errors.js';
import { inputGuard } from './http/inputGuard.js';
import { bodyLimits } from './http/limits.js';
import { publicRoute } from './http/public.js';
import { apiPath } from './http/routeTable.js';
import { systemRoutes } from './http/system.js';
import { orgRoutes } from './org/routes.js';
import { indicatorRoutes } from './indicators/routes.js';
import { koladaRoutes } from './indicators/kolada/routes.js';
import { valueRoutes } from './indicators/valueRoutes.js';
import { peopleRoutes } from './people/routes.js';
import { reminderRoutes } from './reminders/routes.js';
import { contentRoutes } from './plans/contentRoutes.js';
import { planRoutes } from './plans/routes.js';
import { adoptionRoutes } from './plans/adoptionRoutes.js';
import { threadRoutes } from './plans/threadRoutes.js';
import { setupRoutes } from './setup/routes.js';

// Validation messages in Swedish, the source language of the interface.
z.config(z.locales.sv());

export interface AppOptions {
  database: Database;
  /** Built web front end to serve; omitted in API tests. */
  webRoot?: string;
  /** Mark the session cookie Secure: behind TLS. */
  secureCookies?: boolean;
  /** Behind a reverse proxy: take the client's address from X-Forwarded-For (decision 0003). */
  trustProxy?: boolean;
}

const unsafe = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** The host of an Origin header, or null for `null`, `%%%` and anything else that is no URL. */
function originHost(origin: string): string | null {
  try {
    return new URL(origin).host || null;
  } catch {
    return null;
  }
}

export function createApp(options: AppOptions) {
  const app = new OpenAPIHono<AppEnv>();
  app.onError(handleError);
  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        styleSrc: ["'self'", "'unsafe-inline'"],
        fontSrc: ["'self'", 'data:'],
      },
    }),
  );
  app.use('/api/*', async (c, next) => {
    c.set('database', options.database);
    c.set('secureCookies', options.secureCookies ?? c.req.header('x-forwarded-proto') === 'https');
    c.set('trustProxy', options.trustProxy === true);
    // Cross-site form posts cannot send JSON and SameSite=Lax keeps the cookie out of
    // cross-site requests; a foreign Origin on a change is refused outright as well.
    if (unsafe.has(c.req.method)) {
      const origin = c.req.header('origin');
      if (origin && originHost(origin) !== c.req.header('host')) throw fail('forbidden', 'Begäran kom från en annan webbplats.');
    }
    const caller = await callerFromCookie(c);
    // Guarded by construction: only the public list runs without a session, and the refusal
    // comes before the body is read or validated.
    if (!caller && !publicRoute(c.req.method, apiPath(c.req.path))) throw fail('unauthenticated');
    if (caller) c.set('caller', caller);
    await next();
    c.header('Cache-Control', 'no-store');
  });
  app.use('/api/*', bodyLimits, inputGuard);
  const api = new OpenAPIHono<AppEnv>()
    .route('/', systemRoutes)
    .route('/', setupRoutes)
    .route('/', authRoutes)
    .route('/', orgRoutes)
    .route('/', peopleRoutes)
    .route('/', auditRoutes)
    .route('/', planRoutes)
    .route('/', contentRoutes)
    .route('/', threadRoutes)
    .route('/', adoptionRoutes)
    .route('/', indicatorRoutes)
    .route('/', koladaRoutes)
    .route('/', valueRoutes)
    // Before calendarRoutes: /calendar/feeds must not be read as /calendar/{year}.
    .route('/', reminderRoutes)
    .route('/', calendarRoutes)
    .route('/', budgetRoutes)
    .route('/', budgetRegisterRoutes)
    .route('/', budgetExcelRoutes)
    .route('/', allocationRoutes)
    .route('/', actualsRoutes)
    .route('/', actualsMappingRoutes);
  api.doc31('/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'Styr API',
      version: '0.1.0',
      description: 'Styrmodellens API. Felsvar: { error: { code, message, rule?, fields[] } }.',
    },
  });
  app.route('/api', api);
  app.all('/api/*', (c) => c.json(errorBody(fail('not_found', 'Adressen finns inte i API:t.')), 404));
  if (options.webRoot) {
    const root = options.webRoot;
    app.use('/assets/*', serveStatic({ root, onFound: (_p, c) => c.header('Cache-Control', 'public, max-age=31536000, immutable') }));
    app.use('*', serveStatic({ root }));
    // Every other path is a page of the single-page app: it has a stable URL of its own.
    app.get('*', async (c) => c.html(await readFile(join(root, 'index.html'), 'utf8')));
  }
  return app;
}

export type App = ReturnType<typeof createApp>;
