// Query keys and hooks of the indicator area. A new value or target can change any goal's status
// and, rolled up, its parents', so `refreshIndicators` refetches indicators, statuses and plans.
import { type QueryClient, keepPreviousData, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { type GoalStatusItem, indicatorApi } from './indicatorApi.js';
import { planKeys } from './planQueries.js';

export const indicatorKeys = {
  /** Shares its root with `planKeys.indicators`, so one invalidation reaches the goal form's list too. */
  all: ['indicators'] as const,
  catalogue: (q: string) => ['indicators', 'catalogue', q] as const,
  indicator: (id: string) => ['indicators', 'detail', id] as const,
  history: (id: string) => ['indicators', 'history', id] as const,
  goalStatusAll: ['goal-status'] as const,
  goalStatus: (year: number) => ['goal-status', year] as const,
  kolada: ['kolada'] as const,
  koladaKpis: (q: string) => ['kolada', 'kpis', q] as const,
  koladaAreas: (q: string) => ['kolada', 'areas', q] as const,
  koladaValues: (kpi: string, areas: string[]) => ['kolada', 'values', kpi, areas] as const,
  job: (id: string) => ['import-job', id] as const,
};

export const useCatalogue = (q: string) =>
  useQuery({
    queryKey: indicatorKeys.catalogue(q),
    queryFn: () => indicatorApi.catalogue(q || undefined),
    placeholderData: keepPreviousData,
  });
export const useIndicator = (id: string) => useQuery({ queryKey: indicatorKeys.indicator(id), queryFn: () => indicatorApi.indicator(id) });
export const useHistory = (id: string) => useQuery({ queryKey: indicatorKeys.history(id), queryFn: () => indicatorApi.history(id) });
export const useGoalStatus = (year: number) =>
  useQuery({ queryKey: indicatorKeys.goalStatus(year), queryFn: () => indicatorApi.goalStatus(year) });

/** Each goal's status of the year by lineage id; empty while it loads (the pages show no tag then). */
export function useGoalStatusMap(year: number): Map<string, GoalStatusItem> {
  const q = useGoalStatus(year);
  return useMemo(() => new Map((q.data?.items ?? []).map((g) => [g.lineageId, g])), [q.data]);
}

export const useKoladaKpis = (q: string) =>
  useQuery({ queryKey: indicatorKeys.koladaKpis(q), queryFn: () => indicatorApi.koladaKpis(q), enabled: q.trim().length > 1 });
export const useKoladaAreas = (q: string) =>
  useQuery({ queryKey: indicatorKeys.koladaAreas(q), queryFn: () => indicatorApi.koladaAreas(q), enabled: q.trim().length > 1 });
export const useKoladaValues = (kpi: string, areas: string[]) =>
  useQuery({
    queryKey: indicatorKeys.koladaValues(kpi, areas),
    queryFn: () => indicatorApi.koladaValues(kpi, areas),
    placeholderData: keepPreviousData,
  });

/** After a change to an indicator, a target or a value. */
export async function refreshIndicators(queryClient: QueryClient) {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: indicatorKeys.all }),
    queryClient.invalidateQueries({ queryKey: indicatorKeys.goalStatusAll }),
    queryClient.invalidateQueries({ queryKey: planKeys.all }),
  ]);
}

/** After Kolada values were imported: the comparison and the indicators fed from Kolada. */
export async function refreshKolada(queryClient: QueryClient) {
  await Promise.all([queryClient.invalidateQueries({ queryKey: indicatorKeys.kolada }), refreshIndicators(queryClient)]);
}
