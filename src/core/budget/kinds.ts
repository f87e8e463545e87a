// The budget's vocabulary (GLOSSARY.md "Economy"): version kinds and states, frame kinds, the
// bodies that get frames, and the budget year with its three plan years.
import type { OrgUnitKind } from '../org/kinds.js';

export const versionKinds = ['preliminary', 'proposal', 'adopted', 'amendment'] as const;
export type VersionKind = (typeof versionKinds)[number];

export const versionKindName: Record<VersionKind, string> = {
  preliminary: 'preliminärt underlag',
  proposal: 'förslag',
  adopted: 'antagen budget',
  amendment: 'tilläggsbudget/ändring',
};

export const versionStatuses = ['draft', 'decided'] as const;
export type VersionStatus = (typeof versionStatuses)[number];

export const frameKinds = ['operating', 'investment', 'owner_contribution'] as const;
export type FrameKind = (typeof frameKinds)[number];

export const frameKindName: Record<FrameKind, string> = {
  operating: 'driftram (netto)',
  investment: 'investeringsram',
  owner_contribution: 'ägartillskott',
};

/** Which bodies a frame kind belongs to: KS and nämnder get drift and investering, bolag an owner contribution. */
export const frameKindsOf: Partial<Record<OrgUnitKind, readonly FrameKind[]>> = {
  kommunstyrelse: ['operating', 'investment'],
  namnd: ['operating', 'investment'],
  bolag: ['owner_contribution'],
};

export const frameBodyKinds = ['kommunstyrelse', 'namnd', 'bolag'] as const satisfies readonly OrgUnitKind[];
/** Bodies that distribute an operating frame inside their own organisation. */
export const distributingKinds = ['kommunstyrelse', 'namnd'] as const satisfies readonly OrgUnitKind[];

export const PLAN_YEARS = 3;

/** The budget year and its three plan years (kommunallagen 11 kap. 5 §). */
export const yearsOf = (budgetYear: number): number[] => Array.from({ length: PLAN_YEARS + 1 }, (_, i) => budgetYear + i);

export const resultSources = ['budget', 'forecast', 'annual_report'] as const;
export type ResultSource = (typeof resultSources)[number];

export const resultSourceName: Record<ResultSource, string> = {
  budget: 'budget',
  forecast: 'prognos',
  annual_report: 'årsredovisning',
};

/** The largest amount accepted anywhere: ten thousand billion kronor, far above any municipality. */
export const MAX_KR = 10_000_000_000_000;
