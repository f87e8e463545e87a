// Row types of the actuals tables (migration 0008).
import type { ColumnType, Generated } from 'kysely';
import type { Json, Timestamp } from '../schema.js';

export interface LedgerSettingsTable {
  municipality_id: string;
  ansvar_dimension: Generated<number>;
  account_rules: Json;
  version: Generated<number>;
  updated_at: Timestamp;
}

export interface AnsvarMappingTable {
  municipality_id: string;
  code: string;
  name: Generated<string>;
  org_unit_id: string | null;
  version: Generated<number>;
  updated_at: Timestamp;
}

export interface LedgerAmountTable {
  municipality_id: string;
  kind: 'outcome' | 'budget';
  year: number;
  month: number;
  ansvar: string;
  account: string;
  amount_ore: ColumnType<number, number | string, number | string>;
}

export interface UnitAnnualBudgetTable {
  municipality_id: string;
  org_unit_id: string;
  year: number;
  amount_kr: number;
  version: Generated<number>;
  updated_by: string | null;
  updated_at: Timestamp;
}

export interface YearForecastTable {
  municipality_id: string;
  org_unit_id: string;
  year: number;
  amount_kr: number;
  comment: Generated<string>;
  version: Generated<number>;
  updated_by: string | null;
  updated_at: Timestamp;
}

export interface ActualsTables {
  ledger_settings: LedgerSettingsTable;
  ansvar_mapping: AnsvarMappingTable;
  ledger_amount: LedgerAmountTable;
  unit_annual_budget: UnitAnnualBudgetTable;
  year_forecast: YearForecastTable;
}
