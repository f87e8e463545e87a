// Matching a request against routes written as in the OpenAPI document (`/goals/{id}`), for the
// tables the app-level middleware reads before any route runs: the public routes, the body limits.

export interface RouteKey {
  method: string;
  /** The path under /api, with `{name}` for a path parameter, as in /api/openapi.json. */
  path: string;
}

const patternOf = (path: string) => new RegExp(`^${path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+')}/?$`);

/** A lookup over a fixed list of routes; the first route that matches the method and path wins. */
export function routeTable<T extends RouteKey>(routes: readonly T[]) {
  const compiled = routes.map((r) => ({ route: r, method: r.method.toUpperCase(), pattern: patternOf(r.path) }));
  return (method: string, apiPath: string): T | undefined => {
    const m = method.toUpperCase();
    return compiled.find((r) => (r.method === m || (m === 'HEAD' && r.method === 'GET')) && r.pattern.test(apiPath))?.route;
  };
}

/** The path below /api ("/api/goals/1" → "/goals/1"). */
export const apiPath = (path: string) => (path.startsWith('/api/') ? path.slice(4) : path === '/api' ? '/' : path);
