// The demo budget's figures that the allocation model does not compute: growth in the plan years,
// investment frames, owner contributions, KF's final changes, Socialnämnden's distribution keys,
// the investment plan, targeted state grants and the results. ILLUSTRATIVE, not Flen's budget.
import type { FrameKind } from '../../core/budget/kinds.js';

/** Plan years grow from the budget year's frame by this much a year (2.5 % unless named). */
export const planGrowth: Record<string, number> = { Socialnämnden: 0.031, 'Barn-, utbildnings- och kulturnämnden': 0.022 };
export const DEFAULT_GROWTH = 0.025;

/**
 * Valnämnden follows the elections, not a growth rate: the general elections of 2026 and 2030 and
 * the EU parliament's in 2029. Its budget-year frame comes from the model like every nämnd's.
 */
export const electionPlanYears: Record<number, number> = { 2027: 350_000, 2028: 360_000, 2029: 1_450_000, 2030: 1_950_000 };

/** Frames the model does not give: investments and the bolag's owner contributions, per budget year. */
export const otherFrames: Record<number, { unit: string; kind: FrameKind; perYear: number[] }[]> = {
  2026: [
    { unit: 'Kommunstyrelsen', kind: 'investment', perYear: [9_000_000, 10_000_000, 10_000_000, 10_000_000] },
    { unit: 'Samhällsbyggnadsnämnden', kind: 'investment', perYear: [24_000_000, 28_000_000, 25_000_000, 15_000_000] },
    { unit: 'Socialnämnden', kind: 'investment', perYear: [3_000_000, 2_500_000, 2_500_000, 2_500_000] },
    { unit: 'Barn-, utbildnings- och kulturnämnden', kind: 'investment', perYear: [2_000_000, 3_000_000, 4_000_000, 1_500_000] },
    { unit: 'Unikabruket AB', kind: 'owner_contribution', perYear: [3_500_000, 3_500_000, 3_500_000, 3_500_000] },
    { unit: 'Flens Industrihus AB', kind: 'owner_contribution', perYear: [1_200_000, 1_200_000, 1_200_000, 1_200_000] },
  ],
  2027: [
    { unit: 'Kommunstyrelsen', kind: 'investment', perYear: [10_000_000, 10_000_000, 10_000_000, 10_000_000] },
    { unit: 'Samhällsbyggnadsnämnden', kind: 'investment', perYear: [30_000_000, 27_000_000, 15_000_000, 15_000_000] },
    { unit: 'Socialnämnden', kind: 'investment', perYear: [2_500_000, 2_500_000, 2_500_000, 2_500_000] },
    { unit: 'Barn-, utbildnings- och kulturnämnden', kind: 'investment', perYear: [3_000_000, 4_500_000, 1_500_000, 1_500_000] },
    { unit: 'Unikabruket AB', kind: 'owner_contribution', perYear: [3_500_000, 3_500_000, 3_500_000, 3_500_000] },
    { unit: 'Flens Industrihus AB', kind: 'owner_contribution', perYear: [1_200_000, 1_200_000, 1_200_000, 1_200_000] },
  ],
};

/** What fullmäktige changed in the August proposal before adopting it (operating frame 2027, kronor). */
export const kfChanges: { unit: string; amountKr: number; reason: string }[] = [
  { unit: 'Socialnämnden', amountKr: 1_500_000, reason: 'Fler platser i korttidsboendet (ändringsyrkande i KF)' },
  { unit: 'Samhällsbyggnadsnämnden', amountKr: 500_000, reason: 'Hälften av neddragningen på grusvägarna återställd' },
];

/** Amount kept at Vård och omsorg and not distributed to its enheter: the page shows it as "ej fördelat". */
export const KEPT_AT_VARD_OCH_OMSORG = 1_500_000;

/** Socialnämnden's distribution 2027 by avdelning and enhet; the weights are each enhet's share of the frame. */
export const socialDistribution: Record<string, Record<string, number>> = {
  'Vård och omsorg': {
    'Lindgårdens särskilda boende, Flen': 785,
    'Solgläntans särskilda boende, Malmköping': 642,
    'Björkhagens särskilda boende, Hälleforsnäs': 528,
    'Hemtjänst Flen': 713,
    'Hemtjänst Malmköping och Sparreholm': 486,
    'Hemtjänst Hälleforsnäs och Mellösa': 399,
    Hemsjukvård: 412,
  },
  'Individ- och familjeomsorg': { 'IFO Barn och unga': 584, 'IFO Vuxen': 241, Försörjningsstöd: 355 },
  'Stöd och service': {
    'Gruppbostad Ekbacken, Flen': 218,
    'Gruppbostad Rönnen, Malmköping': 187,
    'Daglig verksamhet': 223,
    'Personlig assistans': 332,
  },
};

export const investments = [
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

export const grants = [
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
export const results = [
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
