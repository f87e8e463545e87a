// A scenario of the allocation model computed: the price-tag lines (the same `allocate` as the
// CLI) and, per nämnd, the bridge from last year's frame to the new one. New = last year + Σ steps.
import { fail, type FieldError } from '../errors.js';
import { parseBands } from './bands.js';
import { type AllocationResult, allocate } from './model.js';
import { indexPopulation, type PopulationEntry, ruleDates } from './population.js';
import { type ScenarioConfig, type ScenarioConfigInput, scenarioConfigSchema } from './schemas.js';
import {
  type BridgeStep,
  demographyStep,
  efficiencyStep,
  grantSteps,
  priceTagStep,
  priceWageSteps,
  prioritySteps,
  rentSteps,
  sumKr,
  volumeSteps,
} from './steps.js';

export interface NamndBridge {
  key: string;
  name: string;
  previousKr: number;
  steps: BridgeStep[];
  newKr: number;
}

export interface ScenarioResult {
  budgetYear: number;
  allocation: AllocationResult;
  namnder: NamndBridge[];
  previousKr: number;
  newKr: number;
}

/** Reads a stored or posted configuration; a validation error names each field. */
export function parseConfig(input: unknown): ScenarioConfig {
  const parsed = scenarioConfigSchema.safeParse(input);
  if (parsed.success) return parsed.data;
  const fields: FieldError[] = parsed.error.issues.map((i) => ({ field: i.path.map(String).join('.') || 'config', message: i.message }));
  throw fail('validation', `${fields[0]?.field}: ${fields[0]?.message}`, { fields });
}

/** References inside a configuration: every nämnd, verksamhet and band named must exist, once. */
export function checkConfig(config: ScenarioConfig): void {
  const errors: FieldError[] = [];
  const bands = new Set(parseBands(config.ageBands).map((b) => b.label));
  const keys = new Set<string>();
  const owner = new Map<string, string>();
  config.namnder.forEach((n, i) => {
    if (keys.has(n.key)) errors.push({ field: `namnder.${i}.key`, message: `Nämnden ${n.name} finns två gånger.` });
    keys.add(n.key);
    n.verksamheter.forEach((v, j) => {
      if (owner.has(v.verksamhet))
        errors.push({
          field: `namnder.${i}.verksamheter.${j}.verksamhet`,
          message: `Verksamheten ${v.verksamhet} hör redan till en annan nämnd.`,
        });
      owner.set(v.verksamhet, n.key);
      v.demographyBands.forEach((b, k) => {
        if (!bands.has(b))
          errors.push({
            field: `namnder.${i}.verksamheter.${j}.demographyBands.${k}`,
            message: `Åldersgruppen ${b} finns inte i modellen.`,
          });
      });
    });
  });
  config.priceTags.forEach((p, i) => {
    if (!bands.has(p.ageBand))
      errors.push({ field: `priceTags.${i}.ageBand`, message: `Åldersgruppen ${p.ageBand} finns inte i modellen.` });
    if (!owner.has(p.verksamhet))
      errors.push({ field: `priceTags.${i}.verksamhet`, message: `Verksamheten ${p.verksamhet} hör inte till någon nämnd.` });
  });
  const named = (list: 'rentChanges' | 'priorities', i: number, key: string | null) => {
    if (key !== null && !keys.has(key)) errors.push({ field: `${list}.${i}.namnd`, message: 'Nämnden finns inte i modellen.' });
  };
  for (const [i, r] of config.rentChanges.entries()) named('rentChanges', i, r.namnd);
  for (const [i, p] of config.priorities.entries()) named('priorities', i, p.namnd);
  config.generalGrants.forEach((g, i) => {
    if (g.namnd !== null && !keys.has(g.namnd))
      errors.push({ field: `generalGrants.${i}.namnd`, message: 'Nämnden finns inte i modellen.' });
  });
  const needsCentre = config.indices.wageHeldCentrally || config.rentChanges.some((r) => r.amountKr > 0);
  if (config.centralNamnd !== null && !keys.has(config.centralNamnd))
    errors.push({ field: 'centralNamnd', message: 'Nämnden finns inte i modellen.' });
  else if (needsCentre && config.centralNamnd === null)
    errors.push({ field: 'centralNamnd', message: 'Välj kommunstyrelsen: den håller lönepotten och medlen för hyreskompensation.' });
  if (errors.length) throw fail('validation', errors[0]?.message, { fields: errors });
}

/** The year ends a scenario needs population for: the rule's dates, and a year earlier for demography. */
export function neededDates(config: ScenarioConfigInput, budgetYear: number): string[] {
  const tagged = new Set(config.priceTags.map((p) => p.verksamhet));
  const untagged = config.namnder.some((n) => n.verksamheter.some((v) => !tagged.has(v.verksamhet) && v.previousKr !== 0));
  const dates = new Set([
    ...ruleDates(config.populationRule, budgetYear),
    ...(untagged ? ruleDates(config.populationRule, budgetYear - 1) : []),
  ]);
  return [...dates].sort();
}

export function computeScenario(input: ScenarioConfigInput, budgetYear: number, population: readonly PopulationEntry[]): ScenarioResult {
  const config = parseConfig(input);
  checkConfig(config);
  const allocation =
    config.priceTags.length > 0
      ? allocate({ budgetYear, populationRule: config.populationRule, population: [...population], priceTags: config.priceTags })
      : { budgetYear, lines: [], totals: [], totalKr: 0 };
  const modelKr = new Map(allocation.totals.map((t) => [t.verksamhet, t.amountKr]));
  const demography = {
    index: indexPopulation(population),
    rule: config.populationRule,
    budgetYear,
    allBands: parseBands(config.ageBands).map((b) => b.label),
  };
  const names = new Map(config.namnder.map((n) => [n.key, n.name]));
  const previous = new Map(config.namnder.map((n) => [n.key, sumKr(n.verksamheter.map((v) => ({ amountKr: v.previousKr })))]));
  let heldWagesKr = 0;

  const bridges = config.namnder.map((n, i) => {
    const steps: BridgeStep[] = [];
    const add = (s: BridgeStep | null) => s && steps.push(s);
    add(priceTagStep(n, modelKr));
    const untagged = n.verksamheter.filter((v) => !modelKr.has(v.verksamhet));
    add(
      demographyStep(
        n,
        untagged.map((v) => v.verksamhet),
        demography,
        `namnder.${i}.verksamheter`,
      ),
    );
    const plkBase = sumKr(untagged.map((v) => ({ amountKr: v.previousKr }))) + sumKr(steps.filter((s) => s.kind === 'demography'));
    const plk = priceWageSteps(plkBase, n, config.indices);
    steps.push(...plk.steps);
    heldWagesKr += plk.heldKr;
    steps.push(...volumeSteps(n));
    add(efficiencyStep((previous.get(n.key) ?? 0) + sumKr(steps), n.efficiencyPct));
    return { key: n.key, name: n.name, previousKr: previous.get(n.key) ?? 0, steps };
  });

  const grants = grantSteps(config, previous);
  for (const b of bridges) {
    if (b.key === config.centralNamnd && config.indices.wageHeldCentrally)
      b.steps.push({
        kind: 'wage_pot',
        amountKr: heldWagesKr,
        reason: 'Central lönepott: nämndernas lönekompensation, betalas ut efter avtalet',
      });
    b.steps.push(...rentSteps(config, b.key, names), ...(grants.get(b.key) ?? []), ...prioritySteps(config, b.key));
  }
  const namnder = bridges.map((b) => ({ ...b, newKr: b.previousKr + sumKr(b.steps) }));
  return {
    budgetYear,
    allocation,
    namnder,
    previousKr: sumKr(namnder.map((n) => ({ amountKr: n.previousKr }))),
    newKr: sumKr(namnder.map((n) => ({ amountKr: n.newKr }))),
  };
}
