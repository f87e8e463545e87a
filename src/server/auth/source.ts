// The source of a request, for throttling and the audit: the client's address as the socket
// shows it. Behind a reverse proxy every socket is the proxy's, so with the setting
// STYR_TRUST_PROXY=1 the last X-Forwarded-For entry (the address the proxy itself saw) is used
// instead; without the setting the header is ignored, since any client can send it.
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';
import { sourceKey } from '../../core/auth/throttle.js';
import type { AppEnv } from '../http/context.js';

export function requestSource(c: Context<AppEnv>): string {
  if (c.get('trustProxy')) {
    const last = c.req.header('x-forwarded-for')?.split(',').at(-1)?.trim();
    if (last) return sourceKey(last);
  }
  try {
    // Present under @hono/node-server; tests hand app.request() the same binding (signIn.test.ts).
    const address = getConnInfo(c).remote.address;
    if (address) return sourceKey(address);
  } catch {
    // No socket: an in-process request (app.request in tests).
  }
  return 'unknown';
}
