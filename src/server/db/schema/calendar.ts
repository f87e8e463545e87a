// Row types of the annual cycle's tables (migration 0004: settings, meetings, tasks).
export type CalendarTables = Record<never, never>;
