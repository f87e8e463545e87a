// The indicator area's part of the fetch client: the catalogue, targets, values with their
// history, every goal's computed status, and Kolada (catalogue, areas, values, import jobs).
// Shapes of our own come from core; Kolada's are written out here as the API states them.
import type { z } from 'zod';
import type {
  indicatorDetailSchema,
  measurementBulkInput,
  measurementInput,
  measurementSchema,
  targetInput,
  targetSchema,
  updateIndicatorInput,
} from '../core/indicators/schemas.js';
import type { Assessment, Direction, StatusPart } from '../core/indicators/status.js';
import type { Frequency } from '../core/period.js';
import type { PlanKind } from '../core/plans/kinds.js';
import { request } from './api.js';
import type { Indicator, IndicatorInput } from './planApi.js';

export type { Assessment, Direction, Frequency, StatusPart };
export type IndicatorFacts = z.infer<typeof indicatorDetailSchema>;
export type Target = z.infer<typeof targetSchema>;
export type Measurement = z.infer<typeof measurementSchema>;
export type Gender = Measurement['gender'];
export type TargetInput = z.input<typeof targetInput>;
export type MeasurementInput = z.input<typeof measurementInput>;
export type MeasurementRowInput = z.input<typeof measurementBulkInput>['rows'][number];
export type IndicatorUpdate = z.input<typeof updateIndicatorInput>;

export interface IndicatorDetail extends IndicatorFacts {
  targets: Target[];
  measurements: Measurement[];
}

/** A row of the catalogue: the list may carry the facts the table shows, or not (see `catalogue`). */
export type CatalogueItem = Indicator & Partial<Pick<IndicatorFacts, 'direction' | 'frequency' | 'genderSplit'>>;

export interface HistoryEntry {
  id: number;
  valueBefore: number | null;
  valueAfter: number | null;
  commentBefore: string | null;
  commentAfter: string | null;
  source: string;
  changedAt: string;
  changedBy: string | null;
}

export interface GoalStatusItem {
  lineageId: string;
  goalId: string;
  title: string;
  planKind: PlanKind;
  orgUnitName: string;
  personName: string | null;
  status: Assessment;
  statusName: string;
  reason: string;
  parts: StatusPart[];
}

export interface KoladaKpi {
  id: string;
  title: string;
  description: string;
  isDividedByGender: boolean;
  municipalityType: string | null;
  operatingArea: string | null;
  perspective: string | null;
}

export interface KoladaArea {
  code: string;
  title: string;
  kind: 'municipality' | 'region' | 'group' | null;
  members: string[];
}

export interface KoladaValueRow {
  areaCode: string;
  areaTitle: string;
  period: number;
  gender: Gender;
  value: number | null;
  count: number | null;
  status: string;
}

export interface KoladaValues {
  kpi: KoladaKpi | null;
  areas: KoladaArea[];
  rows: KoladaValueRow[];
  source: string;
}

export type KoladaImport =
  | { source: 'file'; format: 'json' | 'csv'; content: string; name?: string }
  | { source: 'api'; kpis: string[]; municipalities: string[]; years: string | number[] };

export interface ImportJob {
  id: string;
  kind: string;
  status: 'queued' | 'running' | 'done' | 'failed';
  progress: number;
  total: number | null;
  message: string;
  result: unknown;
  createdAt: string;
  finishedAt: string | null;
}

const at = (id: string) => encodeURIComponent(id);

export const indicatorApi = {
  /** The catalogue, with direction, frequency and gender split for every row. */
  catalogue: (q?: string) => request<{ items: CatalogueItem[] }>('GET', '/indicators', undefined, { q }),
  indicator: (id: string) => request<IndicatorDetail>('GET', `/indicators/${at(id)}`),
  createIndicator: (input: IndicatorInput) => request<Indicator>('POST', '/indicators', input),
  updateIndicator: (id: string, input: IndicatorUpdate) => request<IndicatorFacts>('PATCH', `/indicators/${at(id)}`, input),
  saveTarget: (id: string, input: TargetInput) => request<Target>('POST', `/indicators/${at(id)}/targets`, input),
  saveMeasurement: (id: string, input: MeasurementInput) => request<Measurement>('POST', `/indicators/${at(id)}/measurements`, input),
  saveMeasurements: (id: string, rows: MeasurementRowInput[]) =>
    request<{ rows: number; changed: number }>('POST', `/indicators/${at(id)}/measurements/bulk`, { rows }),
  history: (measurementId: string) => request<{ items: HistoryEntry[] }>('GET', `/measurements/${at(measurementId)}/history`),
  goalStatus: (year: number) => request<{ year: number; items: GoalStatusItem[] }>('GET', '/goal-status', undefined, { year }),

  koladaKpis: (q: string) => request<{ items: KoladaKpi[] }>('GET', '/kolada/kpis', undefined, { q, limit: 25 }),
  /**
   * Areas whose title holds every word ("liknande kommuner flen"). The API matches one text, so
   * it is asked for each word, and the smallest answer (the rarest word) is matched on the rest.
   */
  koladaAreas: async (q: string): Promise<{ items: KoladaArea[] }> => {
    const words = [...new Set(q.toLocaleLowerCase('sv').split(/\s+/).filter(Boolean))];
    if (words.length < 2) return request('GET', '/kolada/areas', undefined, { q, limit: 25 });
    const answers = await Promise.all(
      words.map((w) => request<{ items: KoladaArea[] }>('GET', '/kolada/areas', undefined, { q: w, limit: 500 })),
    );
    const rarest = answers.reduce((a, b) => (b.items.length < a.items.length ? b : a));
    const all = (a: KoladaArea) => words.every((w) => `${a.code} ${a.title}`.toLocaleLowerCase('sv').includes(w));
    return { items: rarest.items.filter(all).slice(0, 25) };
  },
  koladaValues: (kpi: string, areas: string[]) =>
    request<KoladaValues>('GET', '/kolada/values', undefined, { kpi, areas: areas.join(',') }),
  fromKolada: (kpi: string) => request<Indicator>('POST', '/indicators/from-kolada', { kpi }),
  startImport: (input: KoladaImport) => request<{ jobId: string }>('POST', '/kolada/imports', input),
  importJob: (id: string) => request<ImportJob>('GET', `/import-jobs/${at(id)}`),
};
