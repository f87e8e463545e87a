// Row types of the allocation tables (migration 0006).
import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export interface PopulationTable {
  municipality_id: string;
  id: Generated<number>;
  kind: string;
  series: Generated<string>;
  on_date: ColumnType<string, string, string>;
  age_from: number;
  age_to: number | null;
  /** numeric, read as a number (src/server/db/connection.ts). */
  count: number;
  source: Generated<string>;
  imported_at: Generated<Date>;
}

export interface AllocationScenarioTable {
  municipality_id: string;
  id: Generated<string>;
  budget_year: number;
  name: string;
  is_base: Generated<boolean>;
  config: ColumnType<unknown, string, string>;
  version: Generated<number>;
  created_at: Generated<Date>;
  updated_at: Timestamp;
  updated_by: string | null;
}

export interface AllocationTables {
  population: PopulationTable;
  allocation_scenario: AllocationScenarioTable;
}
