// The actuals API as the pages use it; the figures are computed on the server by computeOutcome.
import type { z } from 'zod';
import type {
  annualBudgetInput,
  annualBudgetSchema,
  forecastInput,
  forecastSchema,
  mappingInput,
  mappingSavedSchema,
  mappingSchema,
  outcomeSchema,
  settingsInput,
  settingsSchema,
} from '../../../core/actuals/schemas.js';
import { request } from '../../api.js';

// The answers' types come from the server's schemas in core.
export type Outcome = z.infer<typeof outcomeSchema>;
export type LedgerSettings = z.infer<typeof settingsSchema>;
export type AnsvarMapping = z.infer<typeof mappingSchema>;

export const actualsKeys = {
  all: ['actuals'] as const,
  outcome: (year: number, unitId: string | null) => ['actuals', 'outcome', year, unitId] as const,
  mappings: ['actuals', 'mappings'] as const,
  settings: ['actuals', 'settings'] as const,
};

export const actualsApi = {
  outcome: (year: number, unitId: string | null) => request<Outcome>('GET', '/actuals/outcome', undefined, { year, unitId }),
  putForecast: (unitId: string, year: number, body: z.input<typeof forecastInput>) =>
    request<z.infer<typeof forecastSchema>>('PUT', `/actuals/forecasts/${encodeURIComponent(unitId)}/${year}`, body),
  startImport: (body: { name: string; contentBase64: string }) => request<{ jobId: string }>('POST', '/actuals/imports', body),
  putAnnualBudget: (unitId: string, year: number, body: z.input<typeof annualBudgetInput>) =>
    request<z.infer<typeof annualBudgetSchema>>('PUT', `/actuals/annual-budgets/${encodeURIComponent(unitId)}/${year}`, body),
  settings: () => request<LedgerSettings>('GET', '/actuals/settings'),
  putSettings: (body: z.input<typeof settingsInput>) => request<LedgerSettings>('PUT', '/actuals/settings', body),
  mappings: () => request<{ items: AnsvarMapping[] }>('GET', '/actuals/mappings'),
  putMapping: (code: string, body: z.input<typeof mappingInput>) =>
    request<z.infer<typeof mappingSavedSchema>>('PUT', `/actuals/mappings/${encodeURIComponent(code)}`, body),
};

/** The Excel file of the same table, fetched by the browser as a download. */
export const excelHref = (year: number, unitId: string | null) =>
  `/api/actuals/outcome.xlsx?year=${year}${unitId ? `&unitId=${encodeURIComponent(unitId)}` : ''}`;

/** A file's bytes as base64 for the JSON body, in slices so a large ledger does not overflow the stack. */
export async function fileToBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
