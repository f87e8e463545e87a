// Row types of the annual cycle's tables (migration 0004: settings, meetings, tasks).
import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Json = ColumnType<unknown, string, string>;

export interface CycleSettingTable {
  municipality_id: string;
  /** Only the settings that differ from the defaults are needed; validateSettings fills the rest. */
  settings: Json;
  version: Generated<number>;
  updated_at: Timestamp;
}

export interface MeetingTable {
  municipality_id: string;
  id: Generated<string>;
  org_unit_id: string;
  held_on: string;
  title: Generated<string>;
  source: Generated<'manual' | 'csv' | 'ical'>;
  external_uid: string | null;
  version: Generated<number>;
  created_at: Generated<Date>;
}

export interface CalendarTaskTable {
  municipality_id: string;
  id: Generated<string>;
  year: number;
  step: string;
  step_key: string;
  org_unit_id: string;
  due_on: string;
  meeting_id: string | null;
  state: Generated<'not_started' | 'in_progress' | 'done'>;
  done_at: Date | null;
  done_by: string | null;
  plan_id: string | null;
  version: Generated<number>;
  created_at: Generated<Date>;
  updated_at: Timestamp;
}

export interface CalendarTables {
  cycle_setting: CycleSettingTable;
  meeting: MeetingTable;
  calendar_task: CalendarTaskTable;
}
