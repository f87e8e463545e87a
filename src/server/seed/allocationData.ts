// The demo's allocation model for Flens kommun, budget year 2027. The price tags are
// ILLUSTRATIVE: of the size SKR's cost-equalisation standard costs have (kr per inhabitant in the
// band, in the budget year's level), not Flen's or SKR's published figures. Last year's frames,
// percentages, rent changes, grants and priorities are invented for the demo as well. Last year's
// frames ARE the demo budget's adopted frames for 2026: the budget seed (budget.ts) takes its 2026
// frames from here and its 2027 versions from these scenarios computed, so the two tell one story.
import type { ScenarioConfigInput } from '../../core/allocation/schemas.js';

export const DEMO_BUDGET_YEAR = 2027;
export const DEMO_FORECAST = 'Styr demo: trend 2019–2022';
export const JUNE_SCENARIO = 'Preliminärt underlag juni';
export const AUGUST_SCENARIO = 'Förslag augusti';

export const demoPriceTags = [
  { verksamhet: 'Förskola', ageBand: '1-5', krPerInhabitant: 142_000 },
  { verksamhet: 'Förskoleklass', ageBand: '6', krPerInhabitant: 68_000 },
  { verksamhet: 'Grundskola', ageBand: '7-9', krPerInhabitant: 128_000 },
  { verksamhet: 'Grundskola', ageBand: '10-12', krPerInhabitant: 129_500 },
  { verksamhet: 'Grundskola', ageBand: '13-15', krPerInhabitant: 138_000 },
  { verksamhet: 'Gymnasieskola', ageBand: '16-18', krPerInhabitant: 151_000 },
  { verksamhet: 'IFO', ageBand: '13-15', krPerInhabitant: 24_000 },
  { verksamhet: 'IFO', ageBand: '16-18', krPerInhabitant: 26_000 },
  { verksamhet: 'IFO', ageBand: '19-64', krPerInhabitant: 4_400 },
  { verksamhet: 'LSS', ageBand: '19-64', krPerInhabitant: 7_400 },
  { verksamhet: 'LSS', ageBand: '65-79', krPerInhabitant: 1_500 },
  { verksamhet: 'Särskilt boende', ageBand: '65-79', krPerInhabitant: 12_000 },
  { verksamhet: 'Särskilt boende', ageBand: '80-w', krPerInhabitant: 109_000 },
  { verksamhet: 'Ordinärt boende', ageBand: '65-79', krPerInhabitant: 9_200 },
  { verksamhet: 'Ordinärt boende', ageBand: '80-w', krPerInhabitant: 59_000 },
];

const v = (verksamhet: string, previousKr: number, demographyBands: string[] = []) => ({ verksamhet, previousKr, demographyBands });

/** The nämnder by their names in the demo organisation; the seed puts their org unit ids in. */
export const demoNamnder = (id: (name: string) => string): ScenarioConfigInput['namnder'] => [
  {
    key: id('Kommunstyrelsen'),
    name: 'Kommunstyrelsen',
    verksamheter: [v('Politisk verksamhet och ledning', 58_000_000), v('Arbetsmarknad', 22_000_000, ['19-64']), v('Näringsliv', 6_000_000)],
    wageSharePct: 55,
    // Flen's strategic plan 2015 asked 1 % of KS and 0.5 % of the other nämnder.
    efficiencyPct: 1,
  },
  {
    key: id('Samhällsbyggnadsnämnden'),
    name: 'Samhällsbyggnadsnämnden',
    verksamheter: [v('Gata och park', 38_000_000), v('Räddningstjänst', 27_000_000), v('Miljö och bygg', 9_000_000)],
    wageSharePct: 45,
    efficiencyPct: 0.5,
  },
  {
    key: id('Socialnämnden'),
    name: 'Socialnämnden',
    verksamheter: [
      v('IFO', 60_500_000),
      v('LSS', 62_000_000),
      v('Särskilt boende', 163_000_000),
      v('Ordinärt boende', 97_500_000),
      v('Hemsjukvård', 30_000_000, ['65-79', '80-w']),
    ],
    wageSharePct: 75,
    efficiencyPct: 0.5,
    volumeAdjustments: [{ amountKr: 1_200_000, reason: 'Två nya beslut om boende enligt LSS under 2026' }],
  },
  {
    key: id('Barn-, utbildnings- och kulturnämnden'),
    name: 'Barn-, utbildnings- och kulturnämnden',
    verksamheter: [
      v('Förskola', 126_000_000),
      v('Förskoleklass', 12_300_000),
      v('Grundskola', 211_000_000),
      v('Gymnasieskola', 72_000_000),
      v('Kultur och fritid', 28_000_000),
      v('Vuxenutbildning', 18_000_000, ['19-64']),
    ],
    wageSharePct: 70,
    efficiencyPct: 0.5,
  },
  {
    key: id('Valnämnden'),
    name: 'Valnämnden',
    // 2026 is an election year (the Riksdag, regions and municipalities); 2027 has none.
    verksamheter: [v('Val', 1_200_000)],
    wageSharePct: 30,
    efficiencyPct: 0,
    volumeAdjustments: [{ amountKr: -850_000, reason: 'Inget val 2027: valet i september 2026 är genomfört' }],
  },
  {
    key: id('Överförmyndaren'),
    name: 'Överförmyndaren',
    verksamheter: [v('Överförmyndare', 3_500_000)],
    wageSharePct: 60,
    efficiencyPct: 0.5,
  },
];

/** June's preliminary underlag: the model without political priorities (the specification). */
export function juneConfig(id: (name: string) => string): ScenarioConfigInput {
  return {
    populationRule: 'mean_of_year_ends',
    forecastSeries: DEMO_FORECAST,
    priceTags: demoPriceTags,
    indices: { pricePct: 2.0, wagePct: 3.2, wageHeldCentrally: true },
    centralNamnd: id('Kommunstyrelsen'),
    namnder: demoNamnder(id),
    rentChanges: [
      { namnd: id('Socialnämnden'), amountKr: 1_800_000, reason: 'Ny gruppbostad i Malmköping, beredd i lokalförsörjningsprocessen' },
      { namnd: id('Barn-, utbildnings- och kulturnämnden'), amountKr: -450_000, reason: 'Paviljongen vid Malmaskolan avvecklas' },
    ],
    generalGrants: [{ namnd: null, amountKr: 9_400_000, reason: 'Höjda generella statsbidrag enligt budgetpropositionen' }],
    priorities: [],
  };
}

/** August's proposal of the ruling parties: June's model with political priorities. */
export function augustConfig(id: (name: string) => string): ScenarioConfigInput {
  return {
    ...juneConfig(id),
    priorities: [
      {
        namnd: id('Barn-, utbildnings- och kulturnämnden'),
        amountKr: 3_000_000,
        motivation: 'Fler lärare i lågstadiet för bättre läsförmåga',
      },
      { namnd: id('Socialnämnden'), amountKr: 2_500_000, motivation: 'Förstärkt hemtjänst i Malmköping och Sparreholm' },
      { namnd: id('Samhällsbyggnadsnämnden'), amountKr: -1_000_000, motivation: 'Mindre underhåll av grusvägar; trafiksäkerhet går först' },
      { namnd: id('Kommunstyrelsen'), amountKr: 1_500_000, motivation: 'Näringslivssatsning för fler jobb (hög sysselsättning)' },
    ],
  };
}
