// Demo values: targets and four years of outcomes for the indicators of the demo's 2026 goals,
// chosen so that the dashboards show a mix of statuses. The values are invented (plausible,
// not Flen's); the Kolada ids on the indicators are real.
//
// The indicators of Vård och omsorg (and everything under it) are left without values on purpose:
// that is where the README's walkthrough and the browser test enter values by hand and watch the
// status change; a value anywhere would reach them through the nearest unit above.
import { sql, type Transaction } from 'kysely';
import type { DB } from '../db/schema.js';

const YEARS = [2023, 2024, 2025, 2026];

/** Outcome as a share of the target, per year, for the three outcomes the demo wants. */
const paths = {
  achieved: [0.9, 0.95, 0.99, 1.03],
  partly: [0.88, 0.91, 0.94, 0.97],
  not_achieved: [0.8, 0.82, 0.81, 0.85],
} as const;
const outcomes = Object.keys(paths) as (keyof typeof paths)[];

/** A target of a plausible size for the unit of measure. */
function targetFor(unit: string, i: number): number {
  if (unit.includes('%')) return 60 + (i % 7) * 5;
  if (unit.includes('kr')) return 10_000 + (i % 5) * 2_500;
  if (unit.includes('dagar') || unit.includes('veckor')) return 30 + (i % 4) * 5;
  return 100 + (i % 6) * 20;
}

const round = (n: number) => Math.round(n * 10) / 10;

export async function seedIndicatorValues(trx: Transaction<DB>, municipalityId: string): Promise<{ targets: number; values: number }> {
  const m = municipalityId;
  const { rows } = await sql<{ indicator_id: string; unit: string; org_unit_id: string }>`
    WITH RECURSIVE care(id) AS (
      SELECT id FROM org_unit WHERE municipality_id = ${m} AND name = 'Vård och omsorg'
      UNION SELECT u.id FROM org_unit u JOIN care c ON u.parent_id = c.id WHERE u.municipality_id = ${m})
    SELECT DISTINCT gi.indicator_id, i.unit, p.org_unit_id
    FROM goal_indicator gi
    JOIN indicator i ON i.municipality_id = gi.municipality_id AND i.id = gi.indicator_id
    JOIN goal g ON g.municipality_id = gi.municipality_id AND g.id = gi.goal_id
    JOIN plan p ON p.municipality_id = g.municipality_id AND p.id = g.plan_id
    WHERE gi.municipality_id = ${m} AND p.year_from <= 2026 AND p.year_to >= 2026 AND p.status = 'adopted'
      AND gi.indicator_id NOT IN (
        SELECT ci.indicator_id FROM goal_indicator ci
        JOIN goal cg ON cg.municipality_id = ci.municipality_id AND cg.id = ci.goal_id
        JOIN plan cp ON cp.municipality_id = cg.municipality_id AND cp.id = cg.plan_id
        WHERE ci.municipality_id = ${m} AND cp.org_unit_id IN (SELECT id FROM care))
    ORDER BY gi.indicator_id, p.org_unit_id`.execute(trx);
  const targets: DB['indicator_target'][] = [];
  const values: DB['measurement'][] = [];
  rows.forEach((r, i) => {
    const target = targetFor(r.unit, i);
    const path = paths[outcomes[i % outcomes.length] as keyof typeof paths];
    const base = { municipality_id: m, indicator_id: r.indicator_id, org_unit_id: r.org_unit_id };
    targets.push({ ...base, period: '2023', value: round(target * path[0]), value_high: null, is_baseline: true } as never);
    targets.push({ ...base, period: '2026', value: target, value_high: null, is_baseline: false } as never);
    YEARS.forEach((year, y) => {
      values.push({
        ...base,
        period: String(year),
        gender: 'T',
        value: round(target * (path[y] as number)),
        comment: '',
        source: 'manual',
        updated_by: null,
      } as never);
    });
  });
  for (let i = 0; i < targets.length; i += 500)
    await trx
      .insertInto('indicator_target')
      .values(targets.slice(i, i + 500) as never)
      .execute();
  for (let i = 0; i < values.length; i += 500)
    await trx
      .insertInto('measurement')
      .values(values.slice(i, i + 500) as never)
      .execute();
  return { targets: targets.length, values: values.length };
}
