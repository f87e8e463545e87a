// Demo budget of Flens kommun: budget 2027 with plan years 2028–2030 in three versions (the
// preliminary underlag of June 2026, the proposal of August 2026 and the budget KF adopted in
// November 2026, an election year), Socialnämnden's distribution down to enhet, an investment
// plan, targeted state grants and the results 2024–2028. Every figure is ILLUSTRATIVE: of a
// plausible size for a municipality of 17 000 inhabitants, not Flen's real budget.
import type { Transaction } from 'kysely';
import type { FrameKind } from '../../core/budget/kinds.js';
import type { DB } from '../db/schema.js';

const YEAR = 2027;
const YEARS = [2027, 2028, 2029, 2030];

// Operating and investment frames 2027 in kronor; plan years grow by `growth` a year.
const frames: { unit: string; kind: FrameKind; kr: number; growth?: number; perYear?: number[] }[] = [
  { unit: 'Kommunstyrelsen', kind: 'operating', kr: 152_400_000 },
  { unit: 'Kommunstyrelsen', kind: 'investment', kr: 10_000_000, growth: 0 },
  { unit: 'Samhällsbyggnadsnämnden', kind: 'operating', kr: 118_300_000 },
  { unit: 'Samhällsbyggnadsnämnden', kind: 'investment', kr: 0, perYear: [30_000_000, 27_000_000, 15_000_000, 15_000_000] },
  { unit: 'Socialnämnden', kind: 'operating', kr: 612_000_000, growth: 0.031 },
  { unit: 'Socialnämnden', kind: 'investment', kr: 2_500_000, growth: 0 },
  { unit: 'Barn-, utbildnings- och kulturnämnden', kind: 'operating', kr: 585_600_000, growth: 0.022 },
  { unit: 'Barn-, utbildnings- och kulturnämnden', kind: 'investment', kr: 0, perYear: [3_000_000, 4_500_000, 1_500_000, 1_500_000] },
  // Elections: the EU parliament in 2029 and the general elections in 2030.
  { unit: 'Valnämnden', kind: 'operating', kr: 0, perYear: [350_000, 360_000, 1_450_000, 1_950_000] },
  { unit: 'Överförmyndaren', kind: 'operating', kr: 4_850_000 },
  { unit: 'Unikabruket AB', kind: 'owner_contribution', kr: 3_500_000, growth: 0 },
  { unit: 'Flens Industrihus AB', kind: 'owner_contribution', kr: 1_200_000, growth: 0 },
];

const amountsOf = (f: (typeof frames)[number], scale = 1) =>
  YEARS.map((y, i) => Math.round((f.perYear?.[i] ?? f.kr * (1 + (f.growth ?? 0.025)) ** (y - YEAR)) * scale));

// What changed between the versions: the June underlag carried no political priorities.
const preliminaryScale: Record<string, number> = { Socialnämnden: 0.985, 'Barn-, utbildnings- och kulturnämnden': 0.99 };
const proposalScale: Record<string, number> = { Socialnämnden: 0.996 };

const versions = [
  {
    seq: 1,
    kind: 'preliminary',
    title: 'Preliminärt underlag juni 2026',
    on: '2026-06-16',
    by: 'Budgetberedningen',
    dnr: null,
    scale: preliminaryScale,
  },
  {
    seq: 2,
    kind: 'proposal',
    title: 'Förslag augusti 2026',
    on: '2026-08-25',
    by: 'De styrande partierna',
    dnr: null,
    scale: proposalScale,
  },
  {
    seq: 3,
    kind: 'adopted',
    title: 'Strategisk plan med budget 2027–2030',
    on: '2026-11-23',
    by: 'Kommunfullmäktige',
    dnr: 'KS 2026/214',
    scale: {},
  },
] as const;

// Socialnämndens distribution 2027: 1,5 mnkr of Vård och omsorg is kept undistributed at the avdelning.
const distribution: Record<string, number> = {
  Socialförvaltningen: 612_000_000,
  'Vård och omsorg': 398_000_000,
  'Lindgårdens särskilda boende, Flen': 78_500_000,
  'Solgläntans särskilda boende, Malmköping': 64_200_000,
  'Björkhagens särskilda boende, Hälleforsnäs': 52_800_000,
  'Hemtjänst Flen': 71_300_000,
  'Hemtjänst Malmköping och Sparreholm': 48_600_000,
  'Hemtjänst Hälleforsnäs och Mellösa': 39_900_000,
  Hemsjukvård: 41_200_000,
  'Individ- och familjeomsorg': 118_000_000,
  'IFO Barn och unga': 58_400_000,
  'IFO Vuxen': 24_100_000,
  Försörjningsstöd: 35_500_000,
  'Stöd och service': 96_000_000,
  'Gruppbostad Ekbacken, Flen': 21_800_000,
  'Gruppbostad Rönnen, Malmköping': 18_700_000,
  'Daglig verksamhet': 22_300_000,
  'Personlig assistans': 33_200_000,
};

const investments = [
  {
    unit: 'Barn-, utbildnings- och kulturnämnden',
    name: 'Inventarier ny förskola i Flen',
    ref: 'Flens Kommunfastigheter AB, investeringsplan 2027–2031: ny förskola Flen (ersätter Tallbacken)',
    p: 1,
    kr: [2_500_000, 4_000_000, 0, 0],
  },
  {
    unit: 'Samhällsbyggnadsnämnden',
    name: 'Gång- och cykelväg Malmköping–Flen, etapp 2',
    ref: '',
    p: 2,
    kr: [8_000_000, 12_000_000, 0, 0],
  },
  { unit: 'Samhällsbyggnadsnämnden', name: 'Räddningsbil, Brandstation Malmköping', ref: '', p: 3, kr: [6_500_000, 0, 0, 0] },
  { unit: 'Socialnämnden', name: 'Digitala trygghetslarm, utbyte', ref: '', p: 4, kr: [1_800_000, 0, 0, 0] },
  {
    unit: 'Samhällsbyggnadsnämnden',
    name: 'Reinvestering gator och gatubelysning',
    ref: '',
    p: 5,
    kr: [15_000_000, 15_000_000, 15_000_000, 15_000_000],
  },
  { unit: 'Kommunstyrelsen', name: 'IT-infrastruktur och e-tjänster', ref: '', p: 6, kr: [10_000_000, 10_000_000, 10_000_000, 10_000_000] },
];

const grants = [
  { unit: 'Socialnämnden', name: 'Äldreomsorgslyftet', by: 'Socialstyrelsen', kr: 3_200_000, reason: null },
  {
    unit: 'Socialnämnden',
    name: 'Stärkt kvalitet i den sociala barn- och ungdomsvården',
    by: 'Socialstyrelsen',
    kr: 850_000,
    reason: null,
  },
  { unit: 'Barn-, utbildnings- och kulturnämnden', name: 'Statsbidrag för likvärdig skola', by: 'Skolverket', kr: 9_600_000, reason: null },
  {
    unit: 'Barn-, utbildnings- och kulturnämnden',
    name: 'Bidrag för lärarassistenter',
    by: 'Skolverket',
    kr: null,
    reason: 'Kräver medfinansiering som inte ryms i ramen 2027; prövas inför 2028.',
  },
  {
    unit: 'Samhällsbyggnadsnämnden',
    name: 'Klimatklivet, laddinfrastruktur',
    by: 'Naturvårdsverket',
    kr: null,
    reason: 'Inget projekt är moget för ansökan under 2027.',
  },
];

// 2025 is negative: an obligation to restore 12,6 mnkr by 2028, met on paper by the budgets.
const results = [
  { year: 2024, source: 'annual_report', kr: 18_400_000, note: 'Årsredovisning 2024' },
  {
    year: 2025,
    source: 'annual_report',
    kr: -12_600_000,
    note: 'Årsredovisning 2025: underskott i äldreomsorgen och lägre skatteintäkter',
  },
  { year: 2026, source: 'forecast', kr: 4_100_000, note: 'Prognos i delårsrapporten per 31 augusti 2026' },
  { year: 2026, source: 'budget', kr: 9_000_000, note: 'Budget 2026' },
  { year: 2027, source: 'budget', kr: 8_200_000, note: 'Strategisk plan med budget 2027–2030' },
  { year: 2028, source: 'budget', kr: 9_500_000, note: 'Planår 2028' },
];

export async function seedBudget(trx: Transaction<DB>, m: string): Promise<void> {
  const units = await trx.selectFrom('org_unit').select(['id', 'name']).where('municipality_id', '=', m).execute();
  const idOf = (name: string) => {
    const u = units.find((x) => x.name === name);
    if (!u) throw new Error(`Demobudgeten: enheten ${name} finns inte.`);
    return u.id;
  };
  let basedOn: string | null = null;
  for (const v of versions) {
    const row: { id: string } = await trx
      .insertInto('budget_version')
      .values({
        municipality_id: m,
        budget_year: YEAR,
        seq: v.seq,
        kind: v.kind,
        title: v.title,
        status: 'decided',
        decided_on: v.on,
        decided_by: v.by,
        diarienummer: v.dnr,
        based_on_id: basedOn,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    basedOn = row.id;
    const scale = v.scale as Record<string, number>;
    await trx
      .insertInto('budget_frame')
      .values(
        frames.flatMap((f) =>
          amountsOf(f, scale[f.unit] ?? 1).map((kr, i) => ({
            municipality_id: m,
            version_id: row.id,
            org_unit_id: idOf(f.unit),
            kind: f.kind,
            year: YEARS[i] as number,
            amount_kr: kr,
          })),
        ),
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
      Object.entries(distribution).map(([name, kr]) => ({
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
    const amounts = i.kr.flatMap((kr, n) =>
      kr ? [{ municipality_id: m, investment_id: id, year: YEARS[n] as number, amount_kr: kr }] : [],
    );
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
