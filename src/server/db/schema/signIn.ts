// Row types of the sign-in throttling counters (migration 0010, decision 0003).
import type { ColumnType } from 'kysely';

type Timestamp = ColumnType<Date, Date | string, Date | string>;

export interface SignInSourceTable {
  source: string;
  window_start: Timestamp;
  failures: number;
}

export interface SignInAccountTable {
  municipality_id: string;
  email: string;
  source: string;
  window_start: Timestamp;
  failures: number;
}

export interface SignInTables {
  sign_in_source: SignInSourceTable;
  sign_in_account: SignInAccountTable;
}
