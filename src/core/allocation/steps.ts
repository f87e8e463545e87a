// The steps of the bridge from last year's frame to the new one, each its own rule. Every step is
// whole kronor (rounded where it arises), so a nämnd's new frame is last year's plus its steps.
import { fail } from '../errors.js';
import { type PopulationRule, bandPopulation, describeRule } from './population.js';
import { distributeKr, roundKr } from './rounding.js';
import type { NamndConfig, ScenarioConfig } from './schemas.js';

export const stepKinds = [
  'price_tags',
  'demography',
  'price_compensation',
  'wage_compensation',
  'volume',
  'efficiency',
  'rent',
  'wage_pot',
  'rent_reserve',
  'general_grant',
  'priority',
] as const;
export type StepKind = (typeof stepKinds)[number];

export interface BridgeStep {
  kind: StepKind;
  amountKr: number;
  reason: string;
}

const fmt = (n: number) => new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 2 }).format(n);
const sumKr = (xs: readonly { amountKr: number }[]) => xs.reduce((a, x) => a + x.amountKr, 0);

/** Verksamheter with price tags: their frame is Σ price × population; the step is that minus last year. */
export function priceTagStep(namnd: NamndConfig, modelKr: ReadonlyMap<string, number>): BridgeStep | null {
  const tagged = namnd.verksamheter.filter((v) => modelKr.has(v.verksamhet));
  if (tagged.length === 0) return null;
  const amountKr = tagged.reduce((a, v) => a + (modelKr.get(v.verksamhet) ?? 0) - v.previousKr, 0);
  return { kind: 'price_tags', amountKr, reason: `Prislappar × befolkning för ${tagged.map((v) => v.verksamhet).join(', ')}` };
}

export interface DemographyInput {
  index: Map<string, number>;
  rule: PopulationRule;
  budgetYear: number;
  allBands: readonly string[];
}

/** Population of some bands under the rule, for a budget year. */
function bandsPopulation(d: DemographyInput, bands: readonly string[], year: number, field: string) {
  return bands.reduce((a, b) => a + bandPopulation(d.index, d.rule, year, b, field), 0);
}

/**
 * Verksamheter without price tags follow their population: last year's frame × (population now /
 * population a year earlier − 1), over the bands the verksamhet serves (all bands when none given).
 */
export function demographyStep(namnd: NamndConfig, untagged: readonly string[], d: DemographyInput, field: string): BridgeStep | null {
  const rows = namnd.verksamheter.filter((v) => untagged.includes(v.verksamhet) && v.previousKr !== 0);
  if (rows.length === 0) return null;
  const parts = rows.map((v) => {
    const bands = v.demographyBands.length ? v.demographyBands : d.allBands;
    const now = bandsPopulation(d, bands, d.budgetYear, field);
    const before = bandsPopulation(d, bands, d.budgetYear - 1, field);
    if (before <= 0)
      throw fail('validation', `Befolkningen för ${v.verksamhet} året före är noll.`, {
        fields: [{ field, message: 'Befolkningen året före är noll.' }],
      });
    return { v: v.verksamhet, amountKr: roundKr(v.previousKr * (now / before - 1)), change: (now / before - 1) * 100 };
  });
  const reason = `Befolkningsförändring (${describeRule(d.rule, d.budgetYear)} mot året före): ${parts.map((p) => `${p.v} ${fmt(p.change)} %`).join(', ')}`;
  return { kind: 'demography', amountKr: sumKr(parts), reason };
}

/**
 * Pris- och lönekompensation on the part of the frame without price tags (price tags are already
 * in the budget year's price and wage level). With the wage part held centrally the nämnd's wage
 * step is zero and says where the money is.
 */
export function priceWageSteps(
  baseKr: number,
  namnd: NamndConfig,
  indices: ScenarioConfig['indices'],
): { steps: BridgeStep[]; heldKr: number } {
  const wageShare = namnd.wageSharePct / 100;
  const priceKr = roundKr(baseKr * (1 - wageShare) * (indices.pricePct / 100));
  const wageKr = roundKr(baseKr * wageShare * (indices.wagePct / 100));
  const price: BridgeStep = {
    kind: 'price_compensation',
    amountKr: priceKr,
    reason: `Priskompensation ${fmt(indices.pricePct)} % på ${fmt(100 - namnd.wageSharePct)} % av ${fmt(baseKr)} kr`,
  };
  const wage: BridgeStep = indices.wageHeldCentrally
    ? {
        kind: 'wage_compensation',
        amountKr: 0,
        reason: `Lönekompensation ${fmt(wageKr)} kr hålls centralt i kommunstyrelsen och betalas ut efter avtalet`,
      }
    : {
        kind: 'wage_compensation',
        amountKr: wageKr,
        reason: `Lönekompensation ${fmt(indices.wagePct)} % på ${fmt(namnd.wageSharePct)} % av ${fmt(baseKr)} kr`,
      };
  return { steps: [price, wage], heldKr: indices.wageHeldCentrally ? wageKr : 0 };
}

/** Volume adjustments the model does not see (new LSS decisions, a school's intake), as entered. */
export const volumeSteps = (namnd: NamndConfig): BridgeStep[] =>
  namnd.volumeAdjustments.map((v) => ({ kind: 'volume', amountKr: v.amountKr, reason: v.reason }));

/** The efficiency requirement: a percentage of the frame reached so far, taken away. */
export function efficiencyStep(baseKr: number, pct: number): BridgeStep | null {
  if (pct === 0) return null;
  return {
    kind: 'efficiency',
    amountKr: -roundKr((baseKr * pct) / 100),
    reason: `Effektiviseringskrav ${fmt(pct)} % av ${fmt(baseKr)} kr`,
  };
}

/**
 * Rent changes from the premises process: a lower rent lowers the nämnd's frame at once; money
 * for a higher rent is set aside in KS's budget (the specification), paid when the premises are used.
 */
export function rentSteps(config: ScenarioConfig, key: string, names: ReadonlyMap<string, string>): BridgeStep[] {
  const steps: BridgeStep[] = [];
  for (const r of config.rentChanges) {
    if (r.amountKr < 0 && r.namnd === key) steps.push({ kind: 'rent', amountKr: r.amountKr, reason: `Lägre hyra: ${r.reason}` });
    if (r.amountKr > 0 && key === config.centralNamnd)
      steps.push({
        kind: 'rent_reserve',
        amountKr: r.amountKr,
        reason: `Hyreskompensation för ${names.get(r.namnd) ?? r.namnd}, hålls i kommunstyrelsen: ${r.reason}`,
      });
  }
  return steps;
}

/** General grants known at budget time: to one nämnd when the state says so, otherwise to all in proportion to last year's frames. */
export function grantSteps(config: ScenarioConfig, previousKr: ReadonlyMap<string, number>): Map<string, BridgeStep[]> {
  const keys = config.namnder.map((n) => n.key);
  const out = new Map<string, BridgeStep[]>(keys.map((k) => [k, []]));
  for (const g of config.generalGrants) {
    if (g.namnd) {
      out
        .get(g.namnd)
        ?.push({ kind: 'general_grant', amountKr: g.amountKr, reason: `Generellt statsbidrag för verksamheten: ${g.reason}` });
      continue;
    }
    const shares = distributeKr(
      g.amountKr,
      keys.map((k) => previousKr.get(k) ?? 0),
    );
    keys.forEach((k, i) => {
      if (shares[i])
        out
          .get(k)
          ?.push({ kind: 'general_grant', amountKr: shares[i] ?? 0, reason: `${g.reason} (fördelat efter andel av förra årets ram)` });
    });
  }
  return out;
}

/** Political priorities (+/−), each with its motivation as the reason. */
export const prioritySteps = (config: ScenarioConfig, key: string): BridgeStep[] =>
  config.priorities.filter((p) => p.namnd === key).map((p) => ({ kind: 'priority', amountKr: p.amountKr, reason: p.motivation }));

export { sumKr };
