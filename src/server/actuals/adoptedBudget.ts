// Styr's own budget as a source for actuals: for the year, the budget in force (the latest decided
// adopted budget or amendment, decision 0013) gives each distributing body its operating frame, and
// the body's internal distribution its units' amounts. Before the year's budget is adopted nothing
// is read: outcome is not measured against a proposal. The figures are made in core (budgetSource.ts).
import { sql } from 'kysely';
import type { AdoptedDistribution } from '../../core/actuals/budgetSource.js';
import { distributingKinds } from '../../core/budget/kinds.js';
import { inForce } from '../../core/budget/lifecycle.js';
import { framesOf, type Q, versionsOfYear } from '../budget/queries.js';

export async function adoptedDistributions(db: Q, m: string, year: number): Promise<AdoptedDistribution[]> {
  const version = inForce(await versionsOfYear(db, m, year));
  if (!version) return [];
  const frames = (await framesOf(db, m, version.id)).filter((f) => f.kind === 'operating' && f.year === year);
  const { rows } = await sql<{ body_id: string; org_unit_id: string | null; amount_kr: string | number | null }>`
    SELECT d.body_id, l.org_unit_id, l.amount_kr
    FROM budget_distribution d
    LEFT JOIN budget_distribution_line l ON l.municipality_id = d.municipality_id AND l.distribution_id = d.id
    WHERE d.municipality_id = ${m} AND d.budget_year = ${year}`.execute(db);
  const bodies = await db
    .selectFrom('org_unit')
    .select('id')
    .where('municipality_id', '=', m)
    .where('kind', 'in', [...distributingKinds])
    .execute();
  const byBody = new Map<string, AdoptedDistribution>(
    bodies.map((b) => [b.id, { bodyId: b.id, frameKr: frames.find((f) => f.orgUnitId === b.id)?.amountKr ?? null, lines: [] }]),
  );
  for (const r of rows) {
    const d = byBody.get(r.body_id);
    if (d && r.org_unit_id) d.lines.push({ orgUnitId: r.org_unit_id, amountKr: Number(r.amount_kr) });
  }
  return [...byBody.values()].filter((d) => d.frameKr !== null || d.lines.length);
}
