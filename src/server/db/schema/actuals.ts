// Row types of the actuals tables (migration 0008).
export type ActualsTables = Record<never, never>;
