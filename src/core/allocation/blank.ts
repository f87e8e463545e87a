// A model to start from when a scenario is created from scratch: the municipality's KS and
// nämnder with no verksamheter yet, the default age bands, no price tags and no percentages.
// KS holds the central funds (wage pot, rent compensation), as the specification places them.
import { defaultAgeBands } from './bands.js';
import type { ScenarioConfig } from './schemas.js';

export interface BodyUnit {
  id: string;
  name: string;
  kind: string;
}

export function blankConfig(units: readonly BodyUnit[]): ScenarioConfig {
  // Bolag get owner contributions, not a frame from the model, so a blank model leaves them out.
  const bodies = units
    .filter((u) => u.kind === 'kommunstyrelse' || u.kind === 'namnd')
    .sort((a, b) => (a.kind === b.kind ? a.name.localeCompare(b.name, 'sv') : a.kind === 'kommunstyrelse' ? -1 : 1));
  const ks = bodies.find((u) => u.kind === 'kommunstyrelse');
  return {
    populationRule: 'mean_of_year_ends',
    forecastSeries: '',
    ageBands: [...defaultAgeBands],
    priceTags: [],
    indices: { pricePct: 0, wagePct: 0, wageHeldCentrally: false },
    centralNamnd: ks?.id ?? null,
    namnder: bodies.map((u) => ({ key: u.id, name: u.name, verksamheter: [], wageSharePct: 0, efficiencyPct: 0, volumeAdjustments: [] })),
    rentChanges: [],
    generalGrants: [],
    priorities: [],
  };
}
