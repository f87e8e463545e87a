// Where a unit's budget comes from, and how much it is, month by month: the one place the
// precedence lives. For each unit: the ledger's own budget (#PBUDGET on its ansvar codes) first;
// else Styr's adopted budget, i.e. the nämnd's frame and its internal distribution; else an annual
// budget entered for the unit in actuals; else nothing.
//
// A distribution line (and a nämnd's frame) states what a unit AND everything below it gets: the
// lines of Socialförvaltningen and of its avdelningar overlap. So a unit's own part is its stated
// amount less what its units below have (from whatever source); the roll-up of a stated unit is
// then exactly its stated amount, and nothing is counted twice however deep the lines go.
import { kronor, spreadEvenly } from './money.js';

export type BudgetSource = 'ledger' | 'distribution' | 'annual' | 'none';

export interface BudgetTreeUnit {
  id: string;
  parentId: string | null;
}

/** A nämnd's (or KS's) distribution of its operating frame for the year, from the budget in force. */
export interface AdoptedDistribution {
  bodyId: string;
  /** The body's operating frame for the year in the budget in force; null when it has none. */
  frameKr: number | null;
  lines: { orgUnitId: string; amountKr: number }[];
}

export interface UnitBudget {
  /** Twelve months in öre. */
  months: number[];
  source: BudgetSource;
}

export interface BudgetSourcesInput {
  units: readonly BudgetTreeUnit[];
  /** Per unit, the ledger's #PBUDGET of its own codes, twelve months in öre; only units that have one. */
  ledger: ReadonlyMap<string, number[]>;
  distributions: readonly AdoptedDistribution[];
  annual: readonly { unitId: string; amountKr: number }[];
}

/** What each unit's stated amount covers: a body's frame outranks a line another body gave it. */
export function statedAmounts(distributions: readonly AdoptedDistribution[]): Map<string, number> {
  const stated = new Map<string, number>();
  for (const d of distributions) for (const l of d.lines) stated.set(l.orgUnitId, l.amountKr);
  for (const d of distributions) if (d.frameKr !== null) stated.set(d.bodyId, d.frameKr);
  return stated;
}

const zeros = () => Array<number>(12).fill(0);
const total = (months: number[]) => months.reduce((a, b) => a + b, 0);
const spreadOre = (kr: number) => spreadEvenly(kr).map((k) => k * 100);

/** Each unit's OWN budget (not its subtree) with its source. Every unit of `units` is in the answer. */
export function unitBudgets(input: BudgetSourcesInput): Map<string, UnitBudget> {
  const stated = statedAmounts(input.distributions);
  const annual = new Map(input.annual.map((a) => [a.unitId, a.amountKr]));
  const known = new Set(input.units.map((u) => u.id));
  const children = new Map<string, string[]>();
  for (const u of input.units)
    if (u.parentId && known.has(u.parentId)) children.set(u.parentId, [...(children.get(u.parentId) ?? []), u.id]);

  const own = new Map<string, UnitBudget>();
  /** The unit's subtree total in öre, filling `own` on the way (children before their parent). */
  const subtree = (id: string): number => {
    const below = (children.get(id) ?? []).reduce((s, c) => s + subtree(c), 0);
    const ledger = input.ledger.get(id);
    const statedKr = stated.get(id);
    const annualKr = annual.get(id);
    let b: UnitBudget;
    if (ledger) b = { months: ledger, source: 'ledger' };
    // The remainder of the stated amount after the units below: whole kronor, spread evenly.
    else if (statedKr !== undefined) b = { months: spreadOre(kronor(statedKr * 100 - below)), source: 'distribution' };
    else if (annualKr !== undefined) b = { months: spreadOre(annualKr), source: 'annual' };
    else b = { months: zeros(), source: 'none' };
    own.set(id, b);
    return below + total(b.months);
  };
  for (const u of input.units) if (!u.parentId || !known.has(u.parentId)) subtree(u.id);
  return own;
}
