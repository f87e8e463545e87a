// Row types of the allocation tables (migration 0006).
export type AllocationTables = Record<never, never>;
