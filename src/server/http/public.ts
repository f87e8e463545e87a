// The routes anyone may call without signing in: ONE list. Every other /api route answers 401
// to a request without a session before its input is even read (app.ts), so a new route is
// guarded by default and making one public is a visible, reviewed change to this file.
import { type RouteKey, routeTable } from './routeTable.js';

export const publicRoutes: readonly (RouteKey & { why: string })[] = [
  { method: 'GET', path: '/health', why: 'load balancers and monitoring' },
  { method: 'GET', path: '/municipalities', why: 'the sign-in page lists them' },
  { method: 'GET', path: '/setup', why: 'whether the installation still needs its first administrator' },
  { method: 'POST', path: '/setup', why: 'creates the first administrator; refused once one exists' },
  { method: 'POST', path: '/auth/login', why: 'signing in' },
  { method: 'GET', path: '/calendar/feeds/{file}', why: 'a calendar subscription; the secret token in the file name is the key' },
  { method: 'GET', path: '/openapi.json', why: 'the API description' },
];

export const publicRoute = routeTable(publicRoutes);
