// The budget API as the pages use it: calls, answer types and the query hooks. Every change
// refetches everything under ['budget'], since a frame moves the distribution and the
// investment comparison too.
import { type QueryClient, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { ScenarioSummary } from '../../../core/allocation/api.js';
import type {
  balanceSchema,
  diffSchema,
  distributionSchema,
  grantListSchema,
  investmentListSchema,
  versionDetailSchema,
  versionListSchema,
} from '../../../core/budget/api.js';
import type { FrameKind, ResultSource, VersionKind } from '../../../core/budget/kinds.js';
import type { Body, BudgetVersion, frameSchema, Grant, grantInput, Investment, investmentInput } from '../../../core/budget/schemas.js';
import { ApiError, request } from '../../api.js';

export type { Body, BudgetVersion, FrameKind, Grant, Investment, ResultSource, VersionKind };

// The answers' types come from the server's schemas in core, so the two cannot drift apart.
export type Frame = z.infer<typeof frameSchema>;
export type VersionList = z.infer<typeof versionListSchema>;
export type VersionDetail = z.infer<typeof versionDetailSchema>;
/** The allocation scenario the operating frames came from ("Skapa ramförslag från scenario"). */
export type ScenarioSource = NonNullable<VersionDetail['scenario']>;
export type Diff = z.infer<typeof diffSchema>;
export type DiffRow = Diff['rows'][number];
export type DiffCell = DiffRow['cells'][number];
export type Distribution = z.infer<typeof distributionSchema>;
export type DistributionNode = Distribution['nodes'][number];
export type InvestmentList = z.infer<typeof investmentListSchema>;
export type Comparison = InvestmentList['total'][number];
export type GrantList = z.infer<typeof grantListSchema>;
export type Balance = z.infer<typeof balanceSchema>;
export type Obligation = Balance['obligations'][number];

const enc = encodeURIComponent;

export type InvestmentInput = z.input<typeof investmentInput>;
export type GrantInput = z.input<typeof grantInput>;

export const budgetApi = {
  versions: (year: number) => request<VersionList>('GET', '/budget/versions', undefined, { year }),
  version: (id: string) => request<VersionDetail>('GET', `/budget/versions/${enc(id)}`),
  createVersion: (input: { budgetYear: number; kind: VersionKind; title: string }) =>
    request<BudgetVersion>('POST', '/budget/versions', input),
  createFromScenario: (input: { budgetYear: number; kind: VersionKind; title: string; scenarioId: string }) =>
    request<BudgetVersion>('POST', '/budget/versions/from-scenario', input),
  scenarios: (year: number) => request<{ items: ScenarioSummary[] }>('GET', '/allocation/scenarios', undefined, { year }),
  saveFrames: (id: string, input: { version: number; frames: Frame[] }) =>
    request<BudgetVersion>('PUT', `/budget/versions/${enc(id)}/frames`, input),
  decide: (id: string, input: { version: number; decidedOn: string; decidedBy: string; diarienummer: string | null }) =>
    request<BudgetVersion>('POST', `/budget/versions/${enc(id)}/decide`, input),
  diff: (from: string, to: string) => request<Diff>('GET', '/budget/diff', undefined, { from, to }),
  distribution: (bodyId: string, year: number) => request<Distribution>('GET', `/budget/distribution/${enc(bodyId)}`, undefined, { year }),
  saveDistribution: (bodyId: string, input: { budgetYear: number; version: number; lines: { orgUnitId: string; amountKr: number }[] }) =>
    request<Distribution>('PUT', `/budget/distribution/${enc(bodyId)}`, input),
  investments: (year: number) => request<InvestmentList>('GET', '/budget/investments', undefined, { year }),
  createInvestment: (input: InvestmentInput) => request<Investment>('POST', '/budget/investments', input),
  updateInvestment: (id: string, input: InvestmentInput & { version: number }) =>
    request<Investment>('PATCH', `/budget/investments/${enc(id)}`, input),
  deleteInvestment: (id: string, version: number) => request<void>('DELETE', `/budget/investments/${enc(id)}`, undefined, { version }),
  grants: (year: number) => request<GrantList>('GET', '/budget/grants', undefined, { year }),
  createGrant: (input: GrantInput) => request<Grant>('POST', '/budget/grants', input),
  updateGrant: (id: string, input: GrantInput & { version: number }) => request<Grant>('PATCH', `/budget/grants/${enc(id)}`, input),
  deleteGrant: (id: string, version: number) => request<void>('DELETE', `/budget/grants/${enc(id)}`, undefined, { version }),
  balance: () => request<Balance>('GET', '/budget/balance'),
  saveResult: (year: number, source: ResultSource, input: { resultKr: number; note: string; version?: number }) =>
    request<Balance>('PUT', `/budget/results/${year}/${source}`, input),
};

export const budgetKeys = {
  all: ['budget'] as const,
  versions: (year: number) => ['budget', 'versions', year] as const,
  version: (id: string) => ['budget', 'version', id] as const,
  diff: (from: string, to: string) => ['budget', 'diff', from, to] as const,
  distribution: (bodyId: string, year: number) => ['budget', 'distribution', bodyId, year] as const,
  investments: (year: number) => ['budget', 'investments', year] as const,
  grants: (year: number) => ['budget', 'grants', year] as const,
  balance: ['budget', 'balance'] as const,
  scenarios: (year: number) => ['budget', 'scenarios', year] as const,
};

export const useVersions = (year: number) => useQuery({ queryKey: budgetKeys.versions(year), queryFn: () => budgetApi.versions(year) });
export const useVersion = (id: string | null) =>
  useQuery({ queryKey: budgetKeys.version(id ?? ''), queryFn: () => budgetApi.version(id as string), enabled: !!id });
export const useDiff = (from: string, to: string) =>
  useQuery({ queryKey: budgetKeys.diff(from, to), queryFn: () => budgetApi.diff(from, to), enabled: !!from && !!to });
export const useDistribution = (bodyId: string, year: number) =>
  useQuery({ queryKey: budgetKeys.distribution(bodyId, year), queryFn: () => budgetApi.distribution(bodyId, year) });
export const useInvestments = (year: number) =>
  useQuery({ queryKey: budgetKeys.investments(year), queryFn: () => budgetApi.investments(year) });
export const useGrants = (year: number) => useQuery({ queryKey: budgetKeys.grants(year), queryFn: () => budgetApi.grants(year) });
/** The allocation model's scenarios of a year, to make a frame proposal from. */
export const useScenarioChoices = (year: number, enabled: boolean) =>
  useQuery({ queryKey: budgetKeys.scenarios(year), queryFn: () => budgetApi.scenarios(year), enabled });
export const useBalance = () => useQuery({ queryKey: budgetKeys.balance, queryFn: () => budgetApi.balance() });

export const refreshBudget = (queryClient: QueryClient) => queryClient.invalidateQueries({ queryKey: budgetKeys.all });

/** The address of an Excel export: a plain link the browser downloads. */
export const exportUrl = (table: string, query: Record<string, string | number> = {}) => {
  const q = new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)])).toString();
  return `/api/budget/export/${table}${q ? `?${q}` : ''}`;
};

/** Sends an .xlsx file as the request body; errors come back like every other API error. */
export async function uploadSheet<T>(path: string, file: File, query: Record<string, string | number>): Promise<T> {
  const q = new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)])).toString();
  const res = await fetch(`/api${path}?${q}`, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', Accept: 'application/json' },
    body: file,
  });
  return parseAnswer<T>(res);
}

async function parseAnswer<T>(res: Response): Promise<T> {
  const data = await res.json().catch(() => null);
  if (!res.ok) {
    const e = data?.error ?? {};
    throw new ApiError(res.status, e.code ?? 'internal', e.message ?? '', e.fields ?? [], e.rule);
  }
  return data as T;
}
