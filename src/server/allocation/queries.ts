// SQL of the allocation scenarios.
import type { Kysely, Selectable, Transaction } from 'kysely';
import type { DB } from '../db/schema.js';
import type { AllocationScenarioTable } from '../db/schema/allocation.js';

type Q = Kysely<DB> | Transaction<DB>;
export type ScenarioRow = Selectable<AllocationScenarioTable>;

export const listScenarios = (db: Q, municipalityId: string, budgetYear?: number) => {
  let q = db.selectFrom('allocation_scenario').selectAll().where('municipality_id', '=', municipalityId);
  if (budgetYear !== undefined) q = q.where('budget_year', '=', budgetYear);
  return q.orderBy('budget_year', 'desc').orderBy('is_base', 'desc').orderBy('name').execute();
};

export const findScenario = (db: Q, municipalityId: string, id: string) =>
  db.selectFrom('allocation_scenario').selectAll().where('municipality_id', '=', municipalityId).where('id', '=', id).executeTakeFirst();

export const toScenario = (r: ScenarioRow) => ({
  id: r.id,
  budgetYear: r.budget_year,
  name: r.name,
  isBase: r.is_base,
  version: r.version,
  updatedAt: r.updated_at.toISOString(),
});

/** The org units a model may name as nämnder: KS, the nämnder and the bolag (owner contributions). */
export const bodyUnits = (db: Q, municipalityId: string) =>
  db
    .selectFrom('org_unit')
    .select(['id', 'name', 'kind'])
    .where('municipality_id', '=', municipalityId)
    .where('kind', 'in', ['kommunstyrelse', 'namnd', 'bolag'])
    .where('closed_on', 'is', null)
    .execute();
