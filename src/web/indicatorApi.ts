// The indicator area's part of the fetch client: the catalogue, targets, values with their
// history, every goal's computed status, and Kolada (catalogue, areas, values, import jobs).
// Every shape comes from the server's schemas in core, Kolada's too.
import type { z } from 'zod';
import type { areaSchema, importInput, jobSchema, kpiSchema, valueRowSchema, valuesAnswer } from '../core/indicators/koladaSchemas.js';
import type {
  goalStatusSchema,
  historyEntrySchema,
  indicatorDetailSchema,
  indicatorPageSchema,
  measurementBulkInput,
  measurementInput,
  measurementSchema,
  targetInput,
  targetSchema,
  updateIndicatorInput,
} from '../core/indicators/schemas.js';
import type { Assessment, Direction, StatusPart } from '../core/indicators/status.js';
import type { Frequency } from '../core/period.js';
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

export type IndicatorDetail = z.infer<typeof indicatorPageSchema>;

/** A row of the catalogue: the list may carry the facts the table shows, or not (see `catalogue`). */
export type CatalogueItem = Indicator & Partial<Pick<IndicatorFacts, 'direction' | 'frequency' | 'genderSplit'>>;

export type HistoryEntry = z.infer<typeof historyEntrySchema>;
export type GoalStatusItem = z.infer<typeof goalStatusSchema>;
export type KoladaKpi = z.infer<typeof kpiSchema>;
export type KoladaArea = z.infer<typeof areaSchema>;
export type KoladaValueRow = z.infer<typeof valueRowSchema>;
export type KoladaValues = z.infer<typeof valuesAnswer>;
export type KoladaImport = z.input<typeof importInput>;
export type ImportJob = z.infer<typeof jobSchema>;

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
