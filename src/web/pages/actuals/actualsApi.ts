// The actuals API as the pages use it; the figures are computed on the server by computeOutcome.
import type { OutcomeReport } from '../../../core/actuals/outcome.js';
import type { AccountRule } from '../../../core/actuals/rules.js';
import { request } from '../../api.js';

export interface Outcome extends OutcomeReport {
  canForecast: boolean;
  canManageLedger: boolean;
  canSetAnnualBudget: boolean;
}

export interface LedgerSettings {
  ansvarDimension: number;
  rules: AccountRule[];
  customRules: boolean;
  version: number;
  canEdit: boolean;
}

export interface AnsvarMapping {
  code: string;
  name: string;
  orgUnitId: string | null;
  orgUnitName: string | null;
  suggestedUnitId: string | null;
  version: number;
}

export const actualsKeys = {
  all: ['actuals'] as const,
  outcome: (year: number, unitId: string | null) => ['actuals', 'outcome', year, unitId] as const,
  mappings: ['actuals', 'mappings'] as const,
  settings: ['actuals', 'settings'] as const,
};

export const actualsApi = {
  outcome: (year: number, unitId: string | null) => request<Outcome>('GET', '/actuals/outcome', undefined, { year, unitId }),
  putForecast: (unitId: string, year: number, body: { amountKr: number; comment: string; version: number }) =>
    request<{ version: number }>('PUT', `/actuals/forecasts/${encodeURIComponent(unitId)}/${year}`, body),
  startImport: (body: { name: string; contentBase64: string }) => request<{ jobId: string }>('POST', '/actuals/imports', body),
  putAnnualBudget: (unitId: string, year: number, body: { amountKr: number; version: number }) =>
    request<{ version: number }>('PUT', `/actuals/annual-budgets/${encodeURIComponent(unitId)}/${year}`, body),
  settings: () => request<LedgerSettings>('GET', '/actuals/settings'),
  putSettings: (body: { ansvarDimension: number; rules: AccountRule[] | null; version: number }) =>
    request<LedgerSettings>('PUT', '/actuals/settings', body),
  mappings: () => request<{ items: AnsvarMapping[] }>('GET', '/actuals/mappings'),
  putMapping: (code: string, body: { orgUnitId: string | null; version: number }) =>
    request<AnsvarMapping>('PUT', `/actuals/mappings/${encodeURIComponent(code)}`, body),
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
