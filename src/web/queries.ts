// Query keys and hooks in one place, so a change can invalidate exactly what it affects.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { type AuditFilter, api } from './api.js';

export const keys = {
  me: ['me'] as const,
  municipalities: ['municipalities'] as const,
  setup: ['setup'] as const,
  orgUnits: (includeClosed: boolean) => ['org-units', { includeClosed }] as const,
  orgUnitsAll: ['org-units'] as const,
  orgUnit: (id: string) => ['org-unit', id] as const,
  orgUnitAll: ['org-unit'] as const,
  people: (q: string) => ['people', q] as const,
  peopleAll: ['people'] as const,
  person: (id: string) => ['person', id] as const,
  personAll: ['person'] as const,
  audit: (f: AuditFilter) => ['audit', f] as const,
};

export const useMe = () => useQuery({ queryKey: keys.me, queryFn: api.me, staleTime: 60_000 });
export const useOrgUnits = (includeClosed = false) =>
  useQuery({ queryKey: keys.orgUnits(includeClosed), queryFn: () => api.orgUnits(includeClosed) });
export const useOrgUnit = (id: string) => useQuery({ queryKey: keys.orgUnit(id), queryFn: () => api.orgUnit(id) });
export const usePeople = (q: string) => useQuery({ queryKey: keys.people(q), queryFn: () => api.people(q || undefined) });
export const usePerson = (id: string) => useQuery({ queryKey: keys.person(id), queryFn: () => api.person(id) });
export const useAudit = (f: AuditFilter, enabled = true) =>
  useQuery({ queryKey: keys.audit(f), queryFn: () => api.audit(f), enabled, placeholderData: keepPreviousData });
