// Row types of the budget's tables (migration 0005).
export type BudgetTables = Record<never, never>;
