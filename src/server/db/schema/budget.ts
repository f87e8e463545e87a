// Row types of the budget's tables (migration 0007: frames, distribution, investments, grants, balance).
import type { Generated } from 'kysely';

type Stamp = Generated<Date>;

export interface BudgetVersionTable {
  municipality_id: string;
  id: Generated<string>;
  budget_year: number;
  seq: number;
  kind: string;
  title: string;
  status: Generated<string>;
  decided_on: string | null;
  decided_by: string | null;
  diarienummer: string | null;
  based_on_id: string | null;
  /** The allocation scenario the frames were made from (migration 0009); null otherwise or once removed. */
  source_scenario_id: string | null;
  source_scenario_version: number | null;
  source_scenario_name: string | null;
  version: Generated<number>;
  created_at: Stamp;
  updated_at: Stamp;
}

export interface BudgetFrameTable {
  municipality_id: string;
  version_id: string;
  org_unit_id: string;
  kind: string;
  year: number;
  amount_kr: number;
}

export interface BudgetDistributionTable {
  municipality_id: string;
  id: Generated<string>;
  body_id: string;
  budget_year: number;
  version: Generated<number>;
  updated_at: Stamp;
}

export interface BudgetDistributionLineTable {
  municipality_id: string;
  distribution_id: string;
  org_unit_id: string;
  amount_kr: number;
}

export interface BudgetInvestmentTable {
  municipality_id: string;
  id: Generated<string>;
  budget_year: number;
  org_unit_id: string;
  name: string;
  description: Generated<string>;
  property_plan_ref: Generated<string>;
  priority: number;
  version: Generated<number>;
  created_at: Stamp;
  updated_at: Stamp;
}

export interface BudgetInvestmentAmountTable {
  municipality_id: string;
  investment_id: string;
  year: number;
  amount_kr: number;
}

export interface BudgetGrantTable {
  municipality_id: string;
  id: Generated<string>;
  budget_year: number;
  org_unit_id: string;
  name: string;
  authority: Generated<string>;
  applied: boolean;
  amount_kr: number | null;
  period_from: string | null;
  period_to: string | null;
  reason_not_applied: string | null;
  version: Generated<number>;
  created_at: Stamp;
  updated_at: Stamp;
}

export interface BudgetResultTable {
  municipality_id: string;
  year: number;
  source: string;
  result_kr: number;
  note: Generated<string>;
  version: Generated<number>;
  updated_at: Stamp;
}

export interface BudgetTables {
  budget_version: BudgetVersionTable;
  budget_frame: BudgetFrameTable;
  budget_distribution: BudgetDistributionTable;
  budget_distribution_line: BudgetDistributionLineTable;
  budget_investment: BudgetInvestmentTable;
  budget_investment_amount: BudgetInvestmentAmountTable;
  budget_grant: BudgetGrantTable;
  budget_result: BudgetResultTable;
}
