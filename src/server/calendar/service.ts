// Use cases of the annual cycle. Settings are the specification's defaults for every
// municipality until per-municipality settings and meeting dates land (decision 0009);
// this is the one place that will then read them.
import { annualCycle } from '../../core/calendar/cycle.js';
import type { AnnualCycle } from '../../core/calendar/schemas.js';
import { type CycleSettings, defaultSettings } from '../../core/calendar/settings.js';

export function settingsOf(_municipalityId: string): CycleSettings {
  return defaultSettings;
}

export function cycleOf(municipalityId: string, year: number): AnnualCycle {
  return annualCycle(year, settingsOf(municipalityId));
}
