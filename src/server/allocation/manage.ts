// Removing a scenario and choosing which scenario of a budget year is the base. The base is the
// model the budget preparation works from, so it cannot be removed; another must become base first.
import type { Kysely, Transaction } from 'kysely';
import { fail } from '../../core/errors.js';
import { writeAudit } from '../audit/log.js';
import type { Caller } from '../auth/caller.js';
import type { DB } from '../db/schema.js';
import { deleteVersioned, updateVersioned } from '../db/versioned.js';
import { requireEditAllocation } from './access.js';
import { type ScenarioRow, toScenario } from './queries.js';

/**
 * The scenarios of the row's budget year, locked: changing the base touches two rows, and two
 * people choosing different bases at once must not both pass the version check.
 */
async function lockYear(trx: Transaction<DB>, municipalityId: string, id: string) {
  const row = await trx
    .selectFrom('allocation_scenario')
    .select('budget_year')
    .where('municipality_id', '=', municipalityId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw fail('not_found', 'Scenariot finns inte.');
  const rows = await trx
    .selectFrom('allocation_scenario')
    .selectAll()
    .where('municipality_id', '=', municipalityId)
    .where('budget_year', '=', row.budget_year)
    .forUpdate()
    .execute();
  const target = rows.find((r) => r.id === id);
  if (!target) throw fail('not_found', 'Scenariot finns inte.');
  return { target, base: rows.find((r) => r.is_base) ?? null };
}

export async function deleteScenario(db: Kysely<DB>, caller: Caller, id: string, version: number): Promise<void> {
  const m = caller.municipalityId;
  await requireEditAllocation(db, caller);
  await db.transaction().execute(async (trx) => {
    const { target } = await lockYear(trx, m, id);
    if (target.version !== version) throw fail('stale_version');
    if (target.is_base)
      throw fail(
        'conflict',
        `${target.name} är basscenario för ${target.budget_year}. Gör ett annat scenario till bas innan du tar bort det.`,
        {
          fields: [{ field: 'id', message: 'Basscenariot kan inte tas bort.' }],
        },
      );
    await deleteVersioned(trx, 'allocation_scenario', { municipality_id: m, id }, version);
    await writeAudit(trx, {
      municipalityId: m,
      actorId: caller.personId,
      action: 'delete',
      entityType: 'allocation_scenario',
      entityId: id,
      before: { ...toScenario(target), config: target.config },
    });
  });
}

const bump = (trx: Transaction<DB>, row: ScenarioRow, isBase: boolean, personId: string) =>
  updateVersioned(trx, 'allocation_scenario', { municipality_id: row.municipality_id, id: row.id }, row.version, {
    is_base: isBase,
    updated_at: new Date(),
    updated_by: personId,
  });

/** Makes the scenario the base of its budget year; the former base becomes an ordinary scenario. */
export async function makeBase(db: Kysely<DB>, caller: Caller, id: string, version: number) {
  const m = caller.municipalityId;
  await requireEditAllocation(db, caller);
  return db.transaction().execute(async (trx) => {
    const { target, base } = await lockYear(trx, m, id);
    if (target.version !== version) throw fail('stale_version');
    if (target.is_base) return toScenario(target);
    // The former base first: the partial unique index allows one base per year at any moment.
    const former = base ? await bump(trx, base, false, caller.personId) : null;
    const row = await bump(trx, target, true, caller.personId);
    await writeAudit(trx, {
      municipalityId: m,
      actorId: caller.personId,
      action: 'set_base',
      entityType: 'allocation_scenario',
      entityId: id,
      before: { ...toScenario(target), formerBase: base ? toScenario(base) : null },
      after: { ...toScenario(row), formerBase: former ? toScenario(former) : null },
    });
    return toScenario(row);
  });
}
