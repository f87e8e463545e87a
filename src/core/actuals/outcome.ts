// The one place outcome against budget is computed: per month and unit, rolled up the org tree
// (a förvaltning is its own ansvar codes plus everything below it), accumulated to date, with the
// year-end forecast and its deviation. Server, web, Excel export and CLI all show this function's
// answer. Amounts are net operating cost (costs − revenue, the ledger's sign) in whole kronor.
import { type AdoptedDistribution, type BudgetSource, unitBudgets } from './budgetSource.js';
import type { LedgerKind } from './ledger.js';
import { kronor } from './money.js';
import { type AccountRule, categoryOf } from './rules.js';

export { kronor, spreadEvenly } from './money.js';

export interface OutcomeUnit {
  id: string;
  parentId: string | null;
  name: string;
  kind: string;
}

export interface OutcomeRow {
  kind: LedgerKind;
  /** 1–12 within the year asked for. */
  month: number;
  ansvar: string;
  account: string;
  amountOre: number;
}

export interface ForecastEntry {
  unitId: string;
  amountKr: number;
  comment: string;
  version: number;
  updatedAt: string;
}

export interface OutcomeInput {
  year: number;
  unitId: string;
  units: OutcomeUnit[];
  /** ansvar code → org unit (null: known, not yet mapped). */
  mapping: ReadonlyMap<string, string | null>;
  rules: readonly AccountRule[];
  rows: OutcomeRow[];
  /** The nämnder's distributions in the budget in force for the year (empty before adoption). */
  distributions: AdoptedDistribution[];
  /** Entered in actuals where neither the ledger nor the distribution gives a unit a budget. */
  annualBudgets: { unitId: string; amountKr: number; version: number }[];
  forecasts: ForecastEntry[];
}

export interface MonthFigure {
  month: number;
  budgetKr: number;
  /** null for months after the last month the ledger has reached. */
  outcomeKr: number | null;
  accBudgetKr: number;
  accOutcomeKr: number | null;
  /** Accumulated outcome − accumulated budget: above zero is spending over budget. */
  deviationKr: number | null;
  investmentKr: number | null;
}

export type ForecastSource = 'entered' | 'units' | 'none';

/** Where a subtree's budget comes from: one source, several ('mixed') or none. */
export type SubtreeBudgetSource = Exclude<BudgetSource, 'none'> | 'mixed' | 'none';

export interface UnitSummary {
  unitId: string;
  name: string;
  kind: string;
  budgetKr: number;
  budgetSource: SubtreeBudgetSource;
  budgetToDateKr: number;
  outcomeToDateKr: number;
  forecastKr: number | null;
  forecastSource: ForecastSource;
  /** Forecast − annual budget. */
  deviationKr: number | null;
}

export interface OutcomeReport extends UnitSummary {
  year: number;
  /** The last month with outcome anywhere in the municipality; 0 before the first import. */
  throughMonth: number;
  /** The source of the unit's own budget, without the units below (see budgetSource.ts). */
  ownBudgetSource: BudgetSource;
  /** The annual budget entered for the unit itself, whether or not it is the source in use. */
  annualBudget: { amountKr: number; version: number } | null;
  months: MonthFigure[];
  investmentToDateKr: number;
  forecast: ForecastEntry | null;
  children: UnitSummary[];
  /** Codes with operating outcome this year that no unit has been given. */
  unmapped: { ansvar: string; outcomeKr: number }[];
}

interface Fig {
  outcome: number[];
  budget: number[];
  investment: number[];
  sources: Set<BudgetSource>;
}

const zeros = () => Array<number>(12).fill(0);
const add = (a: number[], b: number[]) => a.map((v, i) => v + (b[i] ?? 0));
const sum = (a: number[], to = 12) => a.slice(0, to).reduce((x, y) => x + y, 0);

/** Each unit's own figures in öre: outcome of its ansvar codes, its budget by the precedence of unitBudgets. */
function ownFigures(input: OutcomeInput): Map<string, Fig> {
  const own = new Map<string, Fig>();
  const fig = (id: string) => {
    const had = own.get(id);
    if (had) return had;
    const f: Fig = { outcome: zeros(), budget: zeros(), investment: zeros(), sources: new Set() };
    own.set(id, f);
    return f;
  };
  const ledgerBudget = new Map<string, number[]>();
  for (const r of input.rows) {
    const unitId = input.mapping.get(r.ansvar);
    if (!unitId || r.month < 1 || r.month > 12) continue;
    const cat = categoryOf(r.account, input.rules);
    const f = fig(unitId);
    const i = r.month - 1;
    if (cat === 'investment' && r.kind === 'outcome') f.investment[i] = (f.investment[i] ?? 0) + r.amountOre;
    if (cat !== 'drift_cost' && cat !== 'drift_revenue') continue;
    if (r.kind === 'outcome') f.outcome[i] = (f.outcome[i] ?? 0) + r.amountOre;
    else {
      const b = ledgerBudget.get(unitId) ?? zeros();
      b[i] = (b[i] ?? 0) + r.amountOre;
      ledgerBudget.set(unitId, b);
    }
  }
  const budgets = unitBudgets({
    units: input.units,
    ledger: ledgerBudget,
    distributions: input.distributions,
    annual: input.annualBudgets,
  });
  for (const [id, b] of budgets) {
    if (b.source === 'none') continue;
    const f = fig(id);
    f.budget = b.months;
    f.sources.add(b.source);
  }
  return own;
}

const sourceOf = (sources: Set<BudgetSource>): SubtreeBudgetSource =>
  sources.size > 1 ? 'mixed' : ((sources.values().next().value as Exclude<BudgetSource, 'none'> | undefined) ?? 'none');

function annualOf(input: OutcomeInput, unitId: string) {
  const a = input.annualBudgets.find((x) => x.unitId === unitId);
  return a ? { amountKr: a.amountKr, version: a.version } : null;
}

export function computeOutcome(input: OutcomeInput): OutcomeReport {
  const own = ownFigures(input);
  const children = new Map<string, OutcomeUnit[]>();
  for (const u of input.units) if (u.parentId) children.set(u.parentId, [...(children.get(u.parentId) ?? []), u]);
  const entered = new Map(input.forecasts.map((f) => [f.unitId, f]));

  const subtree = new Map<string, Fig & { anyForecast: boolean }>();
  const figOf = (id: string): Fig & { anyForecast: boolean } => {
    const done = subtree.get(id);
    if (done) return done;
    const o = own.get(id);
    let f = {
      outcome: o?.outcome ?? zeros(),
      budget: o?.budget ?? zeros(),
      investment: o?.investment ?? zeros(),
      sources: new Set(o?.sources),
      anyForecast: entered.has(id),
    };
    for (const c of children.get(id) ?? []) {
      const cf = figOf(c.id);
      f = {
        outcome: add(f.outcome, cf.outcome),
        budget: add(f.budget, cf.budget),
        investment: add(f.investment, cf.investment),
        sources: new Set([...f.sources, ...cf.sources]),
        anyForecast: f.anyForecast || cf.anyForecast,
      };
    }
    subtree.set(id, f);
    return f;
  };

  /** A unit's forecast in öre: its own entry; else its units' (a unit without one counts as its budget). */
  const forecastOf = (id: string): { ore: number | null; source: ForecastSource } => {
    const e = entered.get(id);
    if (e) return { ore: e.amountKr * 100, source: 'entered' };
    if (!figOf(id).anyForecast) return { ore: null, source: 'none' };
    let ore = sum(own.get(id)?.budget ?? zeros());
    for (const c of children.get(id) ?? []) ore += forecastOf(c.id).ore ?? sum(figOf(c.id).budget);
    return { ore, source: 'units' };
  };

  const throughMonth = input.rows.reduce((m, r) => (r.kind === 'outcome' && r.month <= 12 ? Math.max(m, r.month) : m), 0);
  const summary = (u: OutcomeUnit): UnitSummary => {
    const f = figOf(u.id);
    const fc = forecastOf(u.id);
    const budget = sum(f.budget);
    return {
      unitId: u.id,
      name: u.name,
      kind: u.kind,
      budgetKr: kronor(budget),
      budgetSource: sourceOf(f.sources),
      budgetToDateKr: kronor(sum(f.budget, throughMonth)),
      outcomeToDateKr: kronor(sum(f.outcome, throughMonth)),
      forecastKr: fc.ore === null ? null : kronor(fc.ore),
      forecastSource: fc.source,
      deviationKr: fc.ore === null ? null : kronor(fc.ore) - kronor(budget),
    };
  };

  const unit = input.units.find((u) => u.id === input.unitId) ?? { id: input.unitId, parentId: null, name: '', kind: '' };
  const f = figOf(unit.id);
  let accB = 0;
  let accO = 0;
  const months: MonthFigure[] = f.budget.map((b, i) => {
    accB += b;
    accO += f.outcome[i] ?? 0;
    const reached = i < throughMonth;
    return {
      month: i + 1,
      budgetKr: kronor(b),
      outcomeKr: reached ? kronor(f.outcome[i] ?? 0) : null,
      accBudgetKr: kronor(accB),
      accOutcomeKr: reached ? kronor(accO) : null,
      deviationKr: reached ? kronor(accO) - kronor(accB) : null,
      investmentKr: reached ? kronor(f.investment[i] ?? 0) : null,
    };
  });
  const unmapped = new Map<string, number>();
  for (const r of input.rows) {
    if (r.kind !== 'outcome' || input.mapping.get(r.ansvar)) continue;
    const cat = categoryOf(r.account, input.rules);
    if (cat === 'drift_cost' || cat === 'drift_revenue') unmapped.set(r.ansvar, (unmapped.get(r.ansvar) ?? 0) + r.amountOre);
  }
  return {
    ...summary(unit),
    year: input.year,
    throughMonth,
    ownBudgetSource: own.get(unit.id)?.sources.values().next().value ?? 'none',
    annualBudget: annualOf(input, unit.id),
    months,
    investmentToDateKr: kronor(sum(f.investment, throughMonth)),
    forecast: entered.get(unit.id) ?? null,
    children: (children.get(unit.id) ?? []).map(summary),
    unmapped: [...unmapped].map(([ansvar, ore]) => ({ ansvar, outcomeKr: kronor(ore) })).sort((a, b) => a.ansvar.localeCompare(b.ansvar)),
  };
}
