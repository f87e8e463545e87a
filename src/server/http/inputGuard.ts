// Refuses hostile input once, for every route, before any validator or query sees it: a body that
// is not JSON where JSON is expected (415), JSON that does not parse or nests absurdly deep (400),
// and a NUL byte, a lone surrogate or a broken %-escape in any string of the body, the query or
// the path (400 naming the field). PostgreSQL cannot store the first two; the third throws in
// the decoder. Checked once here, no route or schema can forget it.
import type { MiddlewareHandler } from 'hono';
import { fail } from '../../core/errors.js';
import { findUnsafeValue, hasUnsafeCharacter, unsafeCharacterMessage } from '../../core/input.js';
import { uploadRoute } from './limits.js';
import { apiPath } from './routeTable.js';

const badField = (field: string, message: string) => fail('validation', message, { fields: [{ field, message }] });

function decoded(text: string, field: string, plus: boolean): string {
  let value: string;
  try {
    value = decodeURIComponent(plus ? text.replace(/\+/g, ' ') : text);
  } catch {
    throw badField(field, 'Adressen innehåller en ogiltig %-kodning.');
  }
  if (hasUnsafeCharacter(value)) throw badField(field, unsafeCharacterMessage);
  return value;
}

function checkUrl(url: string) {
  const at = url.indexOf('?');
  const path = new URL(url).pathname;
  for (const segment of path.split('/')) decoded(segment, 'path', false);
  if (at < 0) return;
  for (const pair of url
    .slice(at + 1)
    .split('#')[0]
    ?.split('&') ?? []) {
    if (!pair) continue;
    const eq = pair.indexOf('=');
    const name = decoded(eq < 0 ? pair : pair.slice(0, eq), 'query', true);
    if (eq >= 0) decoded(pair.slice(eq + 1), name, true);
  }
}

const jsonType = /^application\/([\w.-]+\+)?json$/i;
const mediaType = (header: string | undefined) => (header ?? '').split(';')[0]?.trim().toLowerCase() ?? '';

/** A body is present when it is declared: a length above zero, chunks, or a content type. */
function declaresBody(headers: Headers) {
  const length = headers.get('content-length');
  if (headers.has('transfer-encoding')) return true;
  if (length !== null) return Number(length) > 0;
  return headers.has('content-type');
}

export const inputGuard: MiddlewareHandler = async (c, next) => {
  checkUrl(c.req.url);
  if (c.req.method === 'GET' || c.req.method === 'HEAD' || !c.req.raw.body || !declaresBody(c.req.raw.headers)) return next();
  const type = mediaType(c.req.header('content-type'));
  const upload = uploadRoute(c.req.method, apiPath(c.req.path));
  if (upload?.type) {
    if (type !== upload.type) throw fail('unsupported_media_type', 'Skicka filen som .xlsx (Content-Type för Excel).');
    return next();
  }
  if (!jsonType.test(type)) throw fail('unsupported_media_type');
  const text = await c.req.text();
  if (!text.trim()) return next();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw badField('body', 'Begäran kunde inte läsas. Kontrollera att den är giltig JSON.');
  }
  const unsafe = findUnsafeValue(body);
  if (unsafe?.problem === 'character') throw badField(unsafe.path || 'body', unsafeCharacterMessage);
  if (unsafe) throw badField(unsafe.path || 'body', 'Uppgifterna är för djupt nästlade.');
  // The validator reads this parsed value instead of parsing the text a second time.
  c.req.bodyCache.json = Promise.resolve(body);
  return next();
};
