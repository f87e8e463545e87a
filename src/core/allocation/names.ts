// The allocation model's words as a reader sees them outside the web app (Excel sheets): the
// step kinds of the bridge and the kinds of population figures, in Swedish. The web page uses its
// translation files for the same words; a test keeps the two alike.
import type { PopulationKind } from './populationImport.js';
import type { StepKind } from './steps.js';

export const stepKindName: Record<StepKind, string> = {
  price_tags: 'Prislappar och demografi',
  demography: 'Demografi, övriga',
  price_compensation: 'Priskompensation',
  wage_compensation: 'Lönekompensation',
  volume: 'Volymjustering',
  efficiency: 'Effektiviseringskrav',
  rent: 'Lägre hyra',
  wage_pot: 'Central lönepott',
  rent_reserve: 'Hyreskompensation',
  general_grant: 'Generellt statsbidrag',
  priority: 'Politisk prioritering',
};

export const populationKindName: Record<PopulationKind, string> = { actual: 'utfall', forecast: 'prognos' };
