// Demo of the allocation model: Flen's real population (regionfakta.com, source SCB; copied to
// fixtures/population/) as actual figures, an illustrative forecast derived from it, and the
// model for budget year 2027 in two scenarios (June's underlag and August's proposal).
import { readFileSync } from 'node:fs';
import type { Transaction } from 'kysely';
import { parsePopulationCsv } from '../../core/allocation/populationCsv.js';
import { type PopulationRow, selectRegion } from '../../core/allocation/populationImport.js';
import type { DB } from '../db/schema.js';
import { AUGUST_SCENARIO, augustConfig, DEMO_BUDGET_YEAR, DEMO_FORECAST, JUNE_SCENARIO, juneConfig } from './allocationData.js';

const fixture = (name: string) => readFileSync(new URL(`../../../fixtures/population/${name}`, import.meta.url), 'utf8');
const flen = (name: string) => selectRegion(parsePopulationCsv(fixture(name)).rows, { region: 'Flen' });

/**
 * An illustrative forecast in the model's bands: the latest real age structure (31 Dec 2018)
 * split evenly over single years inside each published group (80+ taken as 28 % of 65+, an
 * assumption), scaled to a total that follows Flen's real trend 2019–2022 onwards.
 */
export function demoForecast(bands: PopulationRow[], totals: PopulationRow[], years: number[]): PopulationRow[] {
  const latest = bands.filter((r) => r.date === '2018-12-31');
  const group = (from: number) => latest.find((r) => r.from === from)?.count ?? 0;
  const sum = latest.reduce((a, r) => a + r.count, 0);
  const byDate = [...totals].sort((a, b) => a.date.localeCompare(b.date));
  const first = byDate.find((r) => r.date.endsWith('-12-31')) as PopulationRow;
  const last = byDate.at(-1) as PopulationRow;
  const span = Number(last.date.slice(0, 4)) - Number(first.date.slice(0, 4));
  const yearly = (last.count / first.count) ** (1 / span);
  const shares: [string, number][] = [
    ['0', group(0) / 16],
    ['1-5', (group(0) * 5) / 16],
    ['6', group(0) / 16],
    ['7-9', (group(0) * 3) / 16],
    ['10-12', (group(0) * 3) / 16],
    ['13-15', (group(0) * 3) / 16],
    ['16-18', (group(16) * 3) / 9],
    ['19-64', (group(16) * 6) / 9 + group(25) + group(45)],
    ['65-79', group(65) * 0.72],
    ['80-w', group(65) * 0.28],
  ];
  return years.flatMap((year) => {
    const total = last.count * yearly ** (year - Number(last.date.slice(0, 4)));
    return shares.map(([band, n]) => {
      const [from, to] = band.split('-');
      return {
        region: 'Flen',
        date: `${year}-12-31`,
        from: Number(from),
        to: to === undefined ? Number(from) : to === 'w' ? null : Number(to),
        count: Math.round((total * n) / sum),
        kind: 'forecast' as const,
      };
    });
  });
}

export async function seedAllocation(trx: Transaction<DB>, municipalityId: string): Promise<void> {
  const bands = flen('flen_folkmangd_aldersgrupp_regionfakta.csv');
  const totals = flen('flen_folkmangd_total_regionfakta.csv');
  const source = 'regionfakta.com (källa: SCB)';
  const actual = [...bands, ...totals].map((r) => ({ ...r, kind: 'actual', series: '', source }));
  const forecast = demoForecast(bands, totals, [2023, 2024, 2025, 2026, 2027]).map((r) => ({
    ...r,
    series: DEMO_FORECAST,
    source: 'Styr demo: framskrivning av regionfakta.com/SCB (illustrativ)',
  }));
  await trx
    .insertInto('population')
    .values(
      [...actual, ...forecast].map((r) => ({
        municipality_id: municipalityId,
        kind: r.kind ?? 'actual',
        series: r.series,
        on_date: r.date,
        age_from: r.from,
        age_to: r.to,
        count: r.count,
        source: r.source,
      })),
    )
    .execute();

  const units = await trx.selectFrom('org_unit').select(['id', 'name']).where('municipality_id', '=', municipalityId).execute();
  const id = (name: string) => {
    const unit = units.find((u) => u.name === name);
    if (!unit) throw new Error(`Demons nämnd ${name} saknas.`);
    return unit.id;
  };
  const scenarios = [
    { name: JUNE_SCENARIO, isBase: true, config: juneConfig(id) },
    { name: AUGUST_SCENARIO, isBase: false, config: augustConfig(id) },
  ];
  // One audit row covers the whole demo (seedDemo's); the scenarios are part of it.
  await trx
    .insertInto('allocation_scenario')
    .values(
      scenarios.map((s) => ({
        municipality_id: municipalityId,
        budget_year: DEMO_BUDGET_YEAR,
        name: s.name,
        is_base: s.isBase,
        config: JSON.stringify(s.config),
        updated_at: new Date(),
        updated_by: null,
      })),
    )
    .execute();
}
