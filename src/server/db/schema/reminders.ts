// Row types of the reminders tables (migration 0005: reminders, notifications, outbox, feeds).
export type RemindersTables = Record<never, never>;
