// Row types of the annual cycle's tables (migration 0004).
export type CalendarTables = Record<never, never>;
