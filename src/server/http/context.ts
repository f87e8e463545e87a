// What every request carries: the database and, once signed in, the caller.
import { OpenAPIHono } from '@hono/zod-openapi';
import type { Database } from '../db/connection.js';
import type { Caller } from '../auth/caller.js';
import { validationHook } from './errors.js';

export interface AppEnv {
  Variables: {
    database: Database;
    caller: Caller | null;
    secureCookies: boolean;
    /** Read the client's address from X-Forwarded-For (behind a trusted reverse proxy). */
    trustProxy: boolean;
  };
}

/** A router for one area; validation failures become 400s naming the field. */
export const router = () => new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
