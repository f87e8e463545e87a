// How large a request body may be, per route, refused with 413 before the body is read: a
// declared Content-Length over the limit is refused at once, and a chunked body is counted while
// it streams and refused as soon as it passes the limit, so memory never holds more than that.
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { fail } from '../../core/errors.js';
import { type RouteKey, apiPath, routeTable } from './routeTable.js';

const MB = 1024 * 1024;
/** Every JSON body not listed below: forms and settings, the largest a bulk save of values. */
export const DEFAULT_BODY_LIMIT = 1 * MB;

export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * The uploads, sized to what each route's schema accepts (a file's text in a JSON string grows
 * with its escapes: quotes, newlines and non-ASCII letters), and the raw .xlsx bodies whose
 * reader takes at most 5 MB compressed (budget/workbook.ts).
 */
export const uploadRoutes: readonly (RouteKey & { maxBytes: number; type?: typeof XLSX })[] = [
  { method: 'POST', path: '/actuals/imports', maxBytes: 72 * MB }, // base64, at most 70 million characters
  { method: 'POST', path: '/kolada/imports', maxBytes: 256 * MB }, // text, at most 200 million characters
  { method: 'POST', path: '/population/import', maxBytes: 24 * MB }, // text, at most 20 million characters
  { method: 'POST', path: '/calendar/meetings/import', maxBytes: 8 * MB }, // text, at most 2 million characters
  { method: 'POST', path: '/budget/versions/{id}/frames/import', maxBytes: 6 * MB, type: XLSX },
  { method: 'POST', path: '/budget/distribution/{bodyId}/import', maxBytes: 6 * MB, type: XLSX },
];

export const uploadRoute = routeTable(uploadRoutes);

const human = (bytes: number) => `${Math.round(bytes / MB)} MB`;

/** The body limit of the route the request goes to. */
export const bodyLimits: MiddlewareHandler = (c, next) => {
  const maxSize = uploadRoute(c.req.method, apiPath(c.req.path))?.maxBytes ?? DEFAULT_BODY_LIMIT;
  return bodyLimit({
    maxSize,
    onError: () => {
      throw fail('payload_too_large', `Det du skickade är för stort: högst ${human(maxSize)}.`);
    },
  })(c, next);
};
