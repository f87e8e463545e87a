// Demo budget of Flens kommun, one story with the allocation model (allocationData.ts): KF's
// adopted budget 2026 (plan years 2027–2029), whose operating frames are the model's "last year's
// frames"; and budget 2027 with plan years 2028–2030 in three versions — the preliminary underlag
// of June 2026 (the June scenario computed), the proposal of August 2026 (the August scenario
// computed) and the budget KF adopted in November 2026 (August's with KF's final changes). The
// model's figures are computed here by the allocation service, never typed twice; so seedAllocation
// runs first. Then Socialnämnden's distribution of its adopted frame down to enhet, an investment
// plan, targeted state grants and the results 2024–2028. ILLUSTRATIVE figures, not Flen's budget.
import type { Transaction } from 'kysely';
import type { ScenarioResult } from '../../core/allocation/bridge.js';
import { distributeKr } from '../../core/allocation/rounding.js';
import type { FrameKind } from '../../core/budget/kinds.js';
import { computeRow } from '../allocation/service.js';
import type { DB } from '../db/schema.js';
import { AUGUST_SCENARIO, DEMO_BUDGET_YEAR, JUNE_SCENARIO } from './allocationData.js';
import {
  DEFAULT_GROWTH,
  electionPlanYears,
  grants,
  investments,
  KEPT_AT_VARD_OCH_OMSORG,
  kfChanges,
  otherFrames,
  planGrowth,
  results,
  socialDistribution,
} from './budgetData.js';

const YEAR = DEMO_BUDGET_YEAR;
const yearsOf = (budgetYear: number) => [0, 1, 2, 3].map((i) => budgetYear + i);

interface FrameRow {
  unit: string;
  kind: FrameKind;
  year: number;
  kr: number;
}

/** Operating frames: the budget year's per nämnd as given, the plan years grown from it (Valnämnden by the elections). */
function operatingFrames(budgetYear: number, budgetYearKr: Map<string, number>): FrameRow[] {
  return [...budgetYearKr].flatMap(([unit, kr]) =>
    yearsOf(budgetYear).map((year) => ({
      unit,
      kind: 'operating' as const,
      year,
      kr:
        year === budgetYear
          ? kr
          : unit === 'Valnämnden'
            ? (electionPlanYears[year] as number)
            : Math.round(kr * (1 + (planGrowth[unit] ?? DEFAULT_GROWTH)) ** (year - budgetYear)),
    })),
  );
}

const withOthers = (budgetYear: number, operating: FrameRow[]): FrameRow[] => [
  ...operating,
  ...(otherFrames[budgetYear] ?? []).flatMap((f) => f.perYear.map((kr, i) => ({ unit: f.unit, kind: f.kind, year: budgetYear + i, kr }))),
];

/** The demo's 2027 scenarios, computed the way the app computes them. */
async function scenarios(trx: Transaction<DB>, m: string) {
  const rows = await trx
    .selectFrom('allocation_scenario')
    .selectAll()
    .where('municipality_id', '=', m)
    .where('budget_year', '=', YEAR)
    .execute();
  const computed = async (name: string) => {
    const row = rows.find((r) => r.name === name);
    if (!row) throw new Error(`Demobudgeten: scenariot ${name} saknas (seedAllocation körs före seedBudget).`);
    const { result, problems } = await computeRow(trx, m, row);
    if (!result) throw new Error(`Demobudgeten: scenariot ${name} kan inte beräknas: ${problems[0]?.message}`);
    return { row, result };
  };
  return { june: await computed(JUNE_SCENARIO), august: await computed(AUGUST_SCENARIO) };
}

const byName = (r: ScenarioResult, pick: (n: ScenarioResult['namnder'][number]) => number) =>
  new Map(r.namnder.map((n) => [n.name, pick(n)]));

/**
 * Socialnämnden's distribution of its frame: every enhet its share (whole thousands, the last
 * kronor to the largest), each avdelning the sum of its enheter, and Vård och omsorg keeps 1,5 mnkr.
 */
export function socialLines(frameKr: number): Record<string, number> {
  const enheter = Object.values(socialDistribution).flatMap((e) => Object.entries(e));
  const targetKr = frameKr - KEPT_AT_VARD_OCH_OMSORG;
  const shares = distributeKr(
    Math.floor(targetKr / 1000),
    enheter.map(([, w]) => w),
  ).map((s) => s * 1000);
  const largest = shares.indexOf(Math.max(...shares));
  shares[largest] = (shares[largest] ?? 0) + targetKr - shares.reduce((a, b) => a + b, 0);
  const lines: Record<string, number> = { Socialförvaltningen: frameKr };
  enheter.forEach(([name], i) => {
    lines[name] = shares[i] ?? 0;
  });
  for (const [avdelning, units] of Object.entries(socialDistribution))
    lines[avdelning] =
      Object.keys(units).reduce((a, u) => a + (lines[u] ?? 0), 0) + (avdelning === 'Vård och omsorg' ? KEPT_AT_VARD_OCH_OMSORG : 0);
  return lines;
}

export async function seedBudget(trx: Transaction<DB>, m: string): Promise<void> {
  const units = await trx.selectFrom('org_unit').select(['id', 'name']).where('municipality_id', '=', m).execute();
  const idOf = (name: string) => {
    const u = units.find((x) => x.name === name);
    if (!u) throw new Error(`Demobudgeten: enheten ${name} finns inte.`);
    return u.id;
  };
  const { june, august } = await scenarios(trx, m);
  const adopted = byName(august.result, (n) => n.newKr);
  for (const c of kfChanges) adopted.set(c.unit, (adopted.get(c.unit) ?? 0) + c.amountKr);
  const source = (s: typeof june) => ({
    source_scenario_id: s.row.id,
    source_scenario_version: s.row.version,
    source_scenario_name: s.row.name,
  });

  const versions = [
    {
      budgetYear: YEAR - 1,
      seq: 1,
      kind: 'adopted',
      title: 'Strategisk plan med budget 2026–2029',
      on: '2025-11-24',
      by: 'Kommunfullmäktige',
      dnr: 'KS 2025/187',
      // Last year's frames in the allocation model are this budget's frames for 2026.
      frames: withOthers(
        YEAR - 1,
        operatingFrames(
          YEAR - 1,
          byName(june.result, (n) => n.previousKr),
        ),
      ),
      scenario: null,
    },
    {
      budgetYear: YEAR,
      seq: 1,
      kind: 'preliminary',
      title: 'Preliminärt underlag juni 2026',
      on: '2026-06-16',
      by: 'Budgetberedningen',
      dnr: null,
      frames: withOthers(
        YEAR,
        operatingFrames(
          YEAR,
          byName(june.result, (n) => n.newKr),
        ),
      ),
      scenario: source(june),
    },
    {
      budgetYear: YEAR,
      seq: 2,
      kind: 'proposal',
      title: 'Förslag augusti 2026',
      on: '2026-08-25',
      by: 'De styrande partierna',
      dnr: null,
      frames: withOthers(
        YEAR,
        operatingFrames(
          YEAR,
          byName(august.result, (n) => n.newKr),
        ),
      ),
      scenario: source(august),
    },
    {
      budgetYear: YEAR,
      seq: 3,
      kind: 'adopted',
      title: 'Strategisk plan med budget 2027–2030',
      on: '2026-11-23',
      by: 'Kommunfullmäktige',
      dnr: 'KS 2026/214',
      frames: withOthers(YEAR, operatingFrames(YEAR, adopted)),
      scenario: null,
    },
  ] as const;

  let basedOn: string | null = null;
  for (const v of versions) {
    const row: { id: string } = await trx
      .insertInto('budget_version')
      .values({
        municipality_id: m,
        budget_year: v.budgetYear,
        seq: v.seq,
        kind: v.kind,
        title: v.title,
        status: 'decided',
        decided_on: v.on,
        decided_by: v.by,
        diarienummer: v.dnr,
        // The first version of 2027 starts from the budget in force for 2026, as a new version does in the app.
        based_on_id: basedOn,
        ...(v.scenario ?? {}),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    basedOn = row.id;
    await trx
      .insertInto('budget_frame')
      .values(
        v.frames.map((f) => ({
          municipality_id: m,
          version_id: row.id,
          org_unit_id: idOf(f.unit),
          kind: f.kind,
          year: f.year,
          amount_kr: f.kr,
        })),
      )
      .execute();
  }

  const { id: distributionId } = await trx
    .insertInto('budget_distribution')
    .values({ municipality_id: m, body_id: idOf('Socialnämnden'), budget_year: YEAR })
    .returning('id')
    .executeTakeFirstOrThrow();
  await trx
    .insertInto('budget_distribution_line')
    .values(
      Object.entries(socialLines(adopted.get('Socialnämnden') as number)).map(([name, kr]) => ({
        municipality_id: m,
        distribution_id: distributionId,
        org_unit_id: idOf(name),
        amount_kr: kr,
      })),
    )
    .execute();
  for (const i of investments) {
    const { id } = await trx
      .insertInto('budget_investment')
      .values({ municipality_id: m, budget_year: YEAR, org_unit_id: idOf(i.unit), name: i.name, property_plan_ref: i.ref, priority: i.p })
      .returning('id')
      .executeTakeFirstOrThrow();
    const amounts = i.kr.flatMap((kr, n) => (kr ? [{ municipality_id: m, investment_id: id, year: YEAR + n, amount_kr: kr }] : []));
    await trx.insertInto('budget_investment_amount').values(amounts).execute();
  }
  await trx
    .insertInto('budget_grant')
    .values(
      grants.map((g) => ({
        municipality_id: m,
        budget_year: YEAR,
        org_unit_id: idOf(g.unit),
        name: g.name,
        authority: g.by,
        applied: g.kr !== null,
        amount_kr: g.kr,
        period_from: g.kr !== null ? '2027-01-01' : null,
        period_to: g.kr !== null ? '2027-12-31' : null,
        reason_not_applied: g.reason,
      })),
    )
    .execute();
  await trx
    .insertInto('budget_result')
    .values(results.map((r) => ({ municipality_id: m, year: r.year, source: r.source, result_kr: r.kr, note: r.note })))
    .execute();
}
