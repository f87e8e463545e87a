// Row types of the reminders tables (migration 0005: settings, reminders, notifications, outbox, feeds).
import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Json = ColumnType<unknown, string, string>;

export interface ReminderSettingTable {
  municipality_id: string;
  /** Only the settings that differ from the defaults; the core schema fills the rest. */
  settings: Json;
  version: Generated<number>;
  updated_at: Timestamp;
}

export interface ReminderTable {
  municipality_id: string;
  id: Generated<string>;
  task_id: string;
  person_id: string;
  kind: 'before' | 'late';
  days: number;
  due_on: string;
  created_at: Generated<Date>;
}

export interface NotificationTable {
  municipality_id: string;
  id: Generated<string>;
  person_id: string;
  reminder_id: string | null;
  task_id: string | null;
  kind: string;
  title: string;
  body: string;
  link: string | null;
  created_at: Generated<Date>;
  read_at: Date | null;
}

export type OutboxState = 'held' | 'pending' | 'sending' | 'sent' | 'failed';

export interface OutboxTable {
  municipality_id: string;
  id: Generated<string>;
  reminder_id: string | null;
  person_id: string | null;
  to_address: string;
  subject: string;
  body: string;
  state: OutboxState;
  attempts: Generated<number>;
  last_error: string | null;
  created_at: Generated<Date>;
  attempted_at: Date | null;
  sent_at: Date | null;
}

export interface CalendarFeedTable {
  municipality_id: string;
  id: Generated<string>;
  person_id: string;
  org_unit_id: string | null;
  token_hash: string;
  created_at: Generated<Date>;
  revoked_at: Date | null;
  last_used_at: Date | null;
  version: Generated<number>;
}

export interface RemindersTables {
  reminder_setting: ReminderSettingTable;
  reminder: ReminderTable;
  notification: NotificationTable;
  outbox: OutboxTable;
  calendar_feed: CalendarFeedTable;
}
