// Query keys and hooks of the red thread. Any change to a plan's content can move the thread,
// the integrity list and the unit pages, so `refreshPlans` invalidates all of them at once.
// Year-keyed lists show "loading" on a change of year rather than last year's rows under this
// year's heading, which once sent a click to the wrong year's plan.
import { type QueryClient, useQuery } from '@tanstack/react-query';
import { type PlanFilter, planApi } from './planApi.js';

export const planKeys = {
  all: ['plans'] as const,
  plans: (f: PlanFilter) => ['plans', 'list', f] as const,
  plan: (id: string) => ['plans', 'detail', id] as const,
  linkTargets: (id: string) => ['plans', 'link-targets', id] as const,
  adoption: (id: string) => ['plans', 'adoption', id] as const,
  indicators: ['indicators'] as const,
  redThread: (year: number) => ['plans', 'red-thread', year] as const,
  threadNode: (id: string, year: number) => ['plans', 'red-thread-node', id, year] as const,
  unitThread: (id: string, year: number) => ['plans', 'red-thread-unit', id, year] as const,
  integrity: (year: number) => ['plans', 'integrity', year] as const,
};

export const usePlans = (f: PlanFilter, enabled = true) =>
  useQuery({ queryKey: planKeys.plans(f), queryFn: () => planApi.plans(f), enabled });
export const usePlan = (id: string) => useQuery({ queryKey: planKeys.plan(id), queryFn: () => planApi.plan(id) });
/** Who may adopt the plan and the deciding bodies its decision may name (asked while it is in review). */
export const useAdoption = (id: string, enabled: boolean) =>
  useQuery({ queryKey: planKeys.adoption(id), queryFn: () => planApi.adoption(id), enabled });
export const useLinkTargets = (id: string) => useQuery({ queryKey: planKeys.linkTargets(id), queryFn: () => planApi.linkTargets(id) });
export const useIndicators = () => useQuery({ queryKey: planKeys.indicators, queryFn: () => planApi.indicators() });
export const useRedThread = (year: number) => useQuery({ queryKey: planKeys.redThread(year), queryFn: () => planApi.redThread(year) });
export const useThreadNode = (id: string, year: number) =>
  useQuery({ queryKey: planKeys.threadNode(id, year), queryFn: () => planApi.threadNode(id, year) });
export const useUnitThread = (id: string, year: number) =>
  useQuery({ queryKey: planKeys.unitThread(id, year), queryFn: () => planApi.unitThread(id, year) });
export const useIntegrity = (year: number) => useQuery({ queryKey: planKeys.integrity(year), queryFn: () => planApi.integrity(year) });

/** After any change to a plan or its content: everything of the red thread is fetched again. */
export async function refreshPlans(queryClient: QueryClient) {
  await queryClient.invalidateQueries({ queryKey: planKeys.all });
}
