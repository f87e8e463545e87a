// The allocation model's calls and query hooks; every figure comes computed from the server,
// which computes it with core's one function.
import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  Comparison,
  populationImportInput,
  populationImportResult,
  ScenarioDetail,
  ScenarioSummary,
  StoredPopulation,
} from '../../../core/allocation/api.js';
import type { ScenarioConfig } from '../../../core/allocation/schemas.js';
import { request } from '../../api.js';

export type { Comparison, ScenarioDetail, ScenarioSummary, StoredPopulation };

export type PopulationImportInput = z.input<typeof populationImportInput>;
export type PopulationImportResult = z.infer<typeof populationImportResult>;

export const allocationApi = {
  scenarios: (year: number) => request<{ items: ScenarioSummary[]; canEdit: boolean }>('GET', '/allocation/scenarios', undefined, { year }),
  scenario: (id: string) => request<ScenarioDetail>('GET', `/allocation/scenarios/${encodeURIComponent(id)}`),
  update: (id: string, input: { version: number; name?: string; config?: ScenarioConfig }) =>
    request<ScenarioSummary>('PATCH', `/allocation/scenarios/${encodeURIComponent(id)}`, input),
  /** Without copyFrom: a model from scratch with the organisation's KS and nämnder. */
  create: (input: { budgetYear: number; name: string; copyFrom?: string }) =>
    request<ScenarioSummary>('POST', '/allocation/scenarios', input),
  remove: (id: string, version: number) =>
    request<void>('DELETE', `/allocation/scenarios/${encodeURIComponent(id)}`, undefined, { version }),
  makeBase: (id: string, version: number) =>
    request<ScenarioSummary>('POST', `/allocation/scenarios/${encodeURIComponent(id)}/base`, { version }),
  population: () => request<{ items: StoredPopulation[] }>('GET', '/population'),
  importPopulation: (input: PopulationImportInput) => request<PopulationImportResult>('POST', '/population/import', input),
  compare: (a: string, b: string) => request<Comparison>('GET', '/allocation/compare', undefined, { a, b }),
};

/** The address of an Excel export of the model's tables (a download link, not a fetch). */
export const allocationExportUrl = (table: 'scenario' | 'bridge' | 'compare' | 'population', query: Record<string, string> = {}) => {
  const q = new URLSearchParams(query).toString();
  return `/api/allocation/export/${table}${q ? `?${q}` : ''}`;
};

export const allocationKeys = {
  all: ['allocation'] as const,
  scenarios: (year: number) => ['allocation', 'scenarios', year] as const,
  scenario: (id: string) => ['allocation', 'scenario', id] as const,
  compare: (a: string, b: string) => ['allocation', 'compare', a, b] as const,
  population: ['allocation', 'population'] as const,
};

export const useScenarios = (year: number) =>
  useQuery({ queryKey: allocationKeys.scenarios(year), queryFn: () => allocationApi.scenarios(year) });
export const useScenario = (id: string | null) =>
  useQuery({ queryKey: allocationKeys.scenario(id ?? ''), queryFn: () => allocationApi.scenario(id ?? ''), enabled: !!id });
export const usePopulation = () => useQuery({ queryKey: allocationKeys.population, queryFn: allocationApi.population });
export const useComparison = (a: string | null, b: string | null) =>
  useQuery({
    queryKey: allocationKeys.compare(a ?? '', b ?? ''),
    queryFn: () => allocationApi.compare(a ?? '', b ?? ''),
    enabled: !!a && !!b && a !== b,
  });
