// A frame proposal from the allocation model: a new draft version whose operating frames for the
// budget year are a scenario's new frames per nämnd, and, when reading a version made that way,
// the link back to the scenario's bridges. The model is computed by the allocation area's own
// service (B1, decision 0012); this file never recomputes it, it only takes `newKr`.
import type { Kysely, Transaction } from 'kysely';
import type { z } from 'zod';
import { framesFromScenario } from '../../core/budget/fromScenario.js';
import { checkNewVersion, nextSeq } from '../../core/budget/lifecycle.js';
import type { BudgetVersion, fromScenarioInput } from '../../core/budget/schemas.js';
import { fail } from '../../core/errors.js';
import { findScenario } from '../allocation/queries.js';
import { computeRow } from '../allocation/service.js';
import { writeAudit } from '../audit/log.js';
import type { Caller } from '../auth/caller.js';
import type { DB } from '../db/schema.js';
import { requireFrameEditor } from './access.js';
import { listBodies, mustFindVersion, versionsOfYear } from './queries.js';
import { insertFrames, startingFrames } from './versions.js';

const scenarioField = (message: string) => ({ fields: [{ field: 'scenarioId', message }] });

/** The scenario computed, or a clear refusal naming the field `scenarioId`. */
async function computedScenario(trx: Transaction<DB>, m: string, scenarioId: string, budgetYear: number) {
  const row = await findScenario(trx, m, scenarioId);
  if (!row) throw fail('not_found', 'Scenariot finns inte.', scenarioField('Scenariot finns inte.'));
  if (row.budget_year !== budgetYear) {
    const message = `Scenariot ${row.name} gäller budgetår ${row.budget_year}, inte ${budgetYear}.`;
    throw fail('conflict', message, scenarioField(message));
  }
  const computed = await computeRow(trx, m, row);
  if (!computed.result) {
    const message = `Scenariot ${row.name} kan inte beräknas: ${computed.problems[0]?.message ?? 'modellen är ofullständig'}`;
    throw fail('conflict', message, scenarioField(message));
  }
  return { row, result: computed.result };
}

export async function createFromScenario(db: Kysely<DB>, caller: Caller, input: z.infer<typeof fromScenarioInput>): Promise<BudgetVersion> {
  const m = caller.municipalityId;
  return db.transaction().execute(async (trx) => {
    await requireFrameEditor(trx, caller);
    const existing = await versionsOfYear(trx, m, input.budgetYear);
    checkNewVersion(input.kind, existing);
    const { row: scenario, result } = await computedScenario(trx, m, input.scenarioId, input.budgetYear);
    const { base, frames: baseFrames } = await startingFrames(trx, m, input.budgetYear, input.basedOnId);
    const { frames, errors } = framesFromScenario(baseFrames, result.namnder, await listBodies(trx, m), input.budgetYear);
    if (errors.length) throw fail('conflict', errors[0]?.message, { fields: errors });
    const inserted = await trx
      .insertInto('budget_version')
      .values({
        municipality_id: m,
        budget_year: input.budgetYear,
        seq: nextSeq(existing),
        kind: input.kind,
        title: input.title,
        based_on_id: base?.id ?? null,
        decided_on: null,
        decided_by: null,
        diarienummer: null,
        source_scenario_id: scenario.id,
        source_scenario_version: scenario.version,
        source_scenario_name: scenario.name,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await insertFrames(trx, m, inserted.id, frames);
    const created = await mustFindVersion(trx, m, inserted.id);
    await writeAudit(trx, {
      municipalityId: m,
      actorId: caller.personId,
      action: 'create_from_scenario',
      entityType: 'budget_version',
      entityId: created.id,
      after: {
        ...created,
        scenario: { id: scenario.id, name: scenario.name, version: scenario.version, budgetYear: scenario.budget_year },
        scenarioFrames: result.namnder.map((n) => ({ orgUnitId: n.key, previousKr: n.previousKr, newKr: n.newKr })),
        frames,
      },
    });
    return created;
  });
}

/**
 * What a version made from a scenario shows about it: whether the scenario still exists and has
 * changed since, and its new frame per nämnd now (to set against the version's frame, which
 * may have been edited by hand). Null for a version not made from a scenario.
 */
export async function scenarioSource(db: Kysely<DB>, m: string, version: BudgetVersion) {
  const source = version.sourceScenario;
  if (!source) return null;
  const row = source.id ? await findScenario(db, m, source.id) : undefined;
  if (!row) return { id: null, name: source.name, budgetYear: version.budgetYear, version: source.version, changed: false, frames: [] };
  const computed = await computeRow(db, m, row);
  return {
    id: row.id,
    name: row.name,
    budgetYear: row.budget_year,
    version: source.version,
    changed: row.version !== source.version,
    frames: (computed.result?.namnder ?? []).map((n) => ({ orgUnitId: n.key, newKr: n.newKr })),
  };
}
