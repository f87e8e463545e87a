// What every request carries: the database and, once signed in, the caller.
import { OpenAPIHono } from '@hono/zod-openapi';
import type { Database } from '../db/connection.js';
import type { Caller } from '../auth/caller.js';
import { validationHook } from './errors.js';

/**
 * Every route runs with a caller except those of the public list (http/public.ts): app.ts
 * answers 401 before any other route runs without a session, so handlers read `c.get('caller')`
 * as a signed-in person. A public route's handler must not read it (it is unset there).
 */
export interface AppEnv {
  Variables: {
    database: Database;
    caller: Caller;
    secureCookies: boolean;
    /** Read the client's address from X-Forwarded-For (behind a trusted reverse proxy). */
    trustProxy: boolean;
  };
}
/** The same environment, named where a route or helper also serves the public list. */
export type PublicEnv = AppEnv;

/** A router for one area; validation failures become 400s naming the field. */
export const router = () => new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

/** A router for routes of the public list (health, sign-in, setup, feeds by token). */
export const publicRouter = router;
