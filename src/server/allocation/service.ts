// Use cases of the allocation model: scenarios are read with their computed figures, created
// (new or as a copy), and changed as one versioned document, each change with its audit row.
import type { Kysely, Transaction } from 'kysely';
import { checkConfig, computeScenario, neededDates, parseConfig, type ScenarioResult } from '../../core/allocation/bridge.js';
import { blankConfig } from '../../core/allocation/blank.js';
import { compareScenarios } from '../../core/allocation/compare.js';
import type { ScenarioConfig } from '../../core/allocation/schemas.js';
import { AppError, fail, type FieldError } from '../../core/errors.js';
import { writeAudit } from '../audit/log.js';
import type { Caller } from '../auth/caller.js';
import type { DB } from '../db/schema.js';
import { updateVersioned } from '../db/versioned.js';
import { mayEditAllocation, requireEditAllocation } from './access.js';
import { populationFor } from './population.js';
import { bodyUnits, findScenario, type ScenarioRow, toScenario } from './queries.js';

export async function mustFind(db: Kysely<DB>, caller: Caller, id: string) {
  const row = await findScenario(db, caller.municipalityId, id);
  if (!row) throw fail('not_found', 'Scenariot finns inte.');
  return row;
}

/** The figures of a stored scenario; what keeps them from being computed is said, not thrown. */
export async function computeRow(db: Kysely<DB>, municipalityId: string, row: ScenarioRow) {
  const config = parseConfig(row.config);
  const dates = neededDates(config, row.budget_year);
  const population = await populationFor(db, municipalityId, config.ageBands, dates, config.forecastSeries);
  let result: ScenarioResult | null = null;
  let problems: FieldError[] = population.problems;
  if (!problems.length) {
    try {
      result = computeScenario(config, row.budget_year, population.entries);
    } catch (e) {
      if (!(e instanceof AppError)) throw e;
      problems = e.fields.length ? e.fields : [{ field: 'config', message: e.message }];
    }
  }
  return { config, population: { dates, entries: population.entries }, result, problems };
}

export async function scenarioDetail(db: Kysely<DB>, caller: Caller, id: string) {
  const row = await mustFind(db, caller, id);
  return { ...toScenario(row), ...(await computeRow(db, caller.municipalityId, row)), canEdit: await mayEditAllocation(db, caller) };
}

/** A configuration may only name nämnder of the municipality's own organisation. */
async function checkStored(db: Kysely<DB>, municipalityId: string, input: unknown): Promise<ScenarioConfig> {
  const config = parseConfig(input);
  checkConfig(config);
  const units = new Set((await bodyUnits(db, municipalityId)).map((u) => u.id));
  const fields = config.namnder.flatMap((n, i) =>
    units.has(n.key) ? [] : [{ field: `config.namnder.${i}.key`, message: `${n.name} är ingen nämnd i organisationen.` }],
  );
  if (fields.length) throw fail('validation', fields[0]?.message, { fields });
  return config;
}

/** Prefixes a configuration's field names so the form can find them under `config`. */
async function asConfigField<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    if (e instanceof AppError && e.code === 'validation')
      throw fail('validation', e.message, {
        fields: e.fields.map((f) => ({ ...f, field: f.field.startsWith('config') ? f.field : `config.${f.field}` })),
      });
    throw e;
  }
}

/** Names are unique per budget year, so a list or a comparison never shows two alike. */
async function refuseNameClash(trx: Transaction<DB>, m: string, budgetYear: number, name: string) {
  const clash = await trx
    .selectFrom('allocation_scenario')
    .select('id')
    .where('municipality_id', '=', m)
    .where('budget_year', '=', budgetYear)
    .where('name', '=', name)
    .executeTakeFirst();
  if (clash)
    throw fail('conflict', 'Det finns redan ett scenario med det namnet för budgetåret.', {
      fields: [{ field: 'name', message: 'Välj ett annat namn.' }],
    });
}

export interface CreateInput {
  budgetYear: number;
  name: string;
  copyFrom?: string | null;
  config?: unknown;
}

export async function createScenario(db: Kysely<DB>, caller: Caller, input: CreateInput) {
  const m = caller.municipalityId;
  await requireEditAllocation(db, caller);
  const source = input.copyFrom ? await mustFind(db, caller, input.copyFrom) : null;
  // Neither a model nor a scenario to copy: start from scratch with the organisation's nämnder.
  const start = source ? source.config : input.config === undefined ? blankConfig(await bodyUnits(db, m)) : input.config;
  const config = await asConfigField(() => checkStored(db, m, start));
  return db.transaction().execute(async (trx) => {
    await refuseNameClash(trx, m, input.budgetYear, input.name);
    const hasBase = await trx
      .selectFrom('allocation_scenario')
      .select('id')
      .where('municipality_id', '=', m)
      .where('budget_year', '=', input.budgetYear)
      .where('is_base', '=', true)
      .executeTakeFirst();
    const row = await trx
      .insertInto('allocation_scenario')
      .values({
        municipality_id: m,
        budget_year: input.budgetYear,
        name: input.name,
        is_base: !hasBase,
        config: JSON.stringify(config),
        updated_by: caller.personId,
        updated_at: new Date(),
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await writeAudit(trx, {
      municipalityId: m,
      actorId: caller.personId,
      action: source ? 'copy' : 'create',
      entityType: 'allocation_scenario',
      entityId: row.id,
      after: { ...toScenario(row), copiedFrom: source?.id ?? null, config },
    });
    return toScenario(row);
  });
}

export interface UpdateInput {
  version: number;
  name?: string;
  config?: unknown;
}

export async function updateScenario(db: Kysely<DB>, caller: Caller, id: string, input: UpdateInput) {
  const m = caller.municipalityId;
  await requireEditAllocation(db, caller);
  const config = input.config === undefined ? undefined : await asConfigField(() => checkStored(db, m, input.config));
  return db.transaction().execute(async (trx) => {
    const before = await findScenario(trx, m, id);
    if (!before) throw fail('not_found', 'Scenariot finns inte.');
    if (input.name !== undefined && input.name !== before.name) await refuseNameClash(trx, m, before.budget_year, input.name);
    const row = await updateVersioned(trx, 'allocation_scenario', { municipality_id: m, id }, input.version, {
      name: input.name ?? before.name,
      config: JSON.stringify(config ?? before.config),
      updated_at: new Date(),
      updated_by: caller.personId,
    });
    await writeAudit(trx, {
      municipalityId: m,
      actorId: caller.personId,
      action: 'update',
      entityType: 'allocation_scenario',
      entityId: id,
      before: { ...toScenario(before), config: before.config },
      after: { ...toScenario(row), config: config ?? before.config },
    });
    return toScenario(row);
  });
}

export async function compare(db: Kysely<DB>, caller: Caller, aId: string, bId: string) {
  const [a, b] = [await mustFind(db, caller, aId), await mustFind(db, caller, bId)];
  const [ra, rb] = [await computeRow(db, caller.municipalityId, a), await computeRow(db, caller.municipalityId, b)];
  const failed = [ra.result ? null : { field: 'a', row: a, r: ra }, rb.result ? null : { field: 'b', row: b, r: rb }].filter(
    (x) => x !== null,
  );
  if (failed.length) {
    const fields = failed.map((f) => ({ field: f.field, message: `${f.row.name} kan inte beräknas: ${f.r.problems[0]?.message ?? ''}` }));
    throw fail('validation', fields[0]?.message, { fields });
  }
  return {
    a: { ...toScenario(a), result: ra.result as ScenarioResult },
    b: { ...toScenario(b), result: rb.result as ScenarioResult },
    comparison: compareScenarios(ra.result as ScenarioResult, rb.result as ScenarioResult),
  };
}
