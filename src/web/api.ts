// The one fetch client of the web front end. Every call goes through `request`, so every
// error reaches the pages in the same shape: an ApiError with the server's Swedish message
// and its per-field messages (GET/POST/PATCH all use JSON and the session cookie).
import type { z } from 'zod';
import type { AuditEntry, AuditPage, auditFilters } from '../core/audit/schemas.js';
import type { LoginInput, Me } from '../core/auth/schemas.js';
import type { FieldError } from '../core/errors.js';
import type { OrgUnitKind, Role } from '../core/org/kinds.js';
import type { OrgUnit, OrgUnitDetail, Person, PersonDetail, RoleAssignment } from '../core/org/schemas.js';
import i18n from './i18n/index.js';

export type { AuditEntry, AuditPage, OrgUnit, OrgUnitDetail, Person, PersonDetail, RoleAssignment };

export type { FieldError };

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly rule?: string;
  readonly fields: FieldError[];

  constructor(status: number, code: string, message: string, fields: FieldError[] = [], rule?: string) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.fields = fields;
    this.rule = rule;
  }
}

export const isApiError = (e: unknown): e is ApiError => e instanceof ApiError;

export type Query = Record<string, string | number | boolean | undefined | null>;

function withQuery(path: string, query?: Query): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== null && v !== '') params.set(k, String(v));
  const s = params.toString();
  return s ? `${path}?${s}` : path;
}

export async function request<T>(method: string, path: string, body?: unknown, query?: Query): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': i18n.language || 'sv' };
  const init: RequestInit = { method, headers, credentials: 'same-origin' };
  if (method !== 'GET') {
    // The server refuses changes that do not declare JSON (a guard against cross-site forms),
    // so the header goes out even when there is nothing to send.
    headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body ?? {});
  }
  let res: Response;
  try {
    res = await fetch(`/api${withQuery(path, query)}`, init);
  } catch {
    throw new ApiError(0, 'network', i18n.t('errors.network'));
  }
  if (res.status === 204) return undefined as T;
  const text = await res.text();
  let data: unknown = null;
  try {
    data = text ? JSON.parse(text) : null;
  } catch {
    data = null;
  }
  if (!res.ok) {
    const err = (data as { error?: { code?: string; message?: string; rule?: string; fields?: FieldError[] } } | null)?.error;
    throw new ApiError(res.status, err?.code ?? 'internal', err?.message ?? i18n.t('errors.unexpected'), err?.fields ?? [], err?.rule);
  }
  return data as T;
}

export type { LoginInput, Me };

export type Placement = OrgUnitDetail['placements'][number];
/** The audit log's filters as the page sets them (the server fills in the page defaults). */
export type AuditFilter = Partial<z.infer<typeof auditFilters>>;

export const api = {
  municipalities: () => request<{ items: { code: string; name: string }[] }>('GET', '/municipalities'),
  setupStatus: () => request<{ needed: boolean }>('GET', '/setup'),
  setup: (input: { token: string; municipalityCode: string; municipalityName: string; name: string; email: string; password: string }) =>
    request<void>('POST', '/setup', input),
  login: (input: LoginInput) => request<void>('POST', '/auth/login', input),
  logout: () => request<void>('POST', '/auth/logout'),
  me: () => request<Me>('GET', '/auth/me'),

  orgUnits: (includeClosed: boolean) => request<{ items: OrgUnit[] }>('GET', '/org-units', undefined, { includeClosed }),
  orgUnit: (id: string) => request<OrgUnitDetail>('GET', `/org-units/${encodeURIComponent(id)}`),
  createOrgUnit: (input: { kind: OrgUnitKind; name: string; shortName?: string | null; parentId: string | null; openedOn?: string }) =>
    request<OrgUnit>('POST', '/org-units', input),
  updateOrgUnit: (id: string, input: { name: string; shortName?: string | null; version: number }) =>
    request<OrgUnit>('PATCH', `/org-units/${encodeURIComponent(id)}`, input),
  moveOrgUnit: (id: string, input: { parentId: string; movedOn?: string; version: number }) =>
    request<OrgUnit>('POST', `/org-units/${encodeURIComponent(id)}/move`, input),
  closeOrgUnit: (id: string, input: { closedOn: string; version: number }) =>
    request<OrgUnit>('POST', `/org-units/${encodeURIComponent(id)}/close`, input),

  people: (q?: string) => request<{ items: Person[]; total: number }>('GET', '/people', undefined, { q }),
  person: (id: string) => request<PersonDetail>('GET', `/people/${encodeURIComponent(id)}`),
  createPerson: (input: { name: string; email: string; password?: string }) => request<Person>('POST', '/people', input),
  updatePerson: (id: string, input: { name: string; email: string; active: boolean; password?: string; version: number }) =>
    request<Person>('PATCH', `/people/${encodeURIComponent(id)}`, input),

  createRoleAssignment: (input: { personId: string; orgUnitId: string; role: Role; title?: string | null; validFrom?: string }) =>
    request<RoleAssignment>('POST', '/role-assignments', input),
  endRoleAssignment: (id: string, input: { validTo: string; version: number }) =>
    request<RoleAssignment>('POST', `/role-assignments/${encodeURIComponent(id)}/end`, input),

  audit: (filter: AuditFilter) => request<AuditPage>('GET', '/audit', undefined, { ...filter }),
};
