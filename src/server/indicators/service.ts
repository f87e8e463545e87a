// Use cases of the indicator catalogue: edit an indicator, set targets, enter values.
import { type Kysely, sql, type Transaction } from 'kysely';
import type { z } from 'zod';
import { fail } from '../../core/errors.js';
import type { measurementBulkInput, measurementInput, targetInput, updateIndicatorInput } from '../../core/indicators/schemas.js';
import type { Direction } from '../../core/indicators/status.js';
import { parsePeriod } from '../../core/period.js';
import type { Frequency } from '../../core/period.js';
import { writeAudit } from '../audit/log.js';
import type { Caller } from '../auth/caller.js';
import { holdsAnywhere, requireOn } from '../auth/policy.js';
import type { DB } from '../db/schema.js';
import { updateVersioned } from '../db/versioned.js';

type Tx = Transaction<DB>;
type Q = Kysely<DB> | Tx;

export async function findIndicator(db: Q, m: string, id: string) {
  const r = await db.selectFrom('indicator').selectAll().where('municipality_id', '=', m).where('id', '=', id).executeTakeFirst();
  if (!r) throw fail('not_found', 'Indikatorn finns inte.');
  return {
    id: r.id,
    name: r.name,
    unit: r.unit,
    description: r.description,
    definition: r.definition,
    koladaKpi: r.kolada_kpi,
    direction: r.direction as Direction,
    frequency: r.frequency as Frequency,
    genderSplit: r.gender_split,
    tolerancePct: Number(r.tolerance_pct),
    ownerPersonId: r.owner_person_id,
    ownerOrgUnitId: r.owner_org_unit_id,
    version: r.version,
  };
}

const writesIndicators = (caller: Caller) => holdsAnywhere(caller, 'writeIndicators');

export async function updateIndicator(db: Kysely<DB>, caller: Caller, id: string, input: z.infer<typeof updateIndicatorInput>) {
  if (!writesIndicators(caller)) throw fail('forbidden');
  const m = caller.municipalityId;
  return db.transaction().execute(async (trx) => {
    const before = await findIndicator(trx, m, id);
    const same = await trx
      .selectFrom('indicator')
      .select('id')
      .where('municipality_id', '=', m)
      .where('id', '!=', id)
      .where(sql<boolean>`lower(name) = lower(${input.name})`)
      .executeTakeFirst();
    if (same)
      throw fail('conflict', 'Det finns redan en indikator med det namnet.', { fields: [{ field: 'name', message: 'Används redan.' }] });
    await updateVersioned(trx, 'indicator', { municipality_id: m, id }, input.version, {
      name: input.name,
      unit: input.unit,
      description: input.description,
      definition: input.definition,
      direction: input.direction,
      frequency: input.frequency,
      gender_split: input.genderSplit,
      tolerance_pct: input.tolerancePct,
      kolada_kpi: input.koladaKpi ?? null,
      owner_person_id: input.ownerPersonId ?? null,
      owner_org_unit_id: input.ownerOrgUnitId ?? null,
      updated_at: new Date(),
    });
    const after = await findIndicator(trx, m, id);
    await writeAudit(trx, {
      municipalityId: m,
      actorId: caller.personId,
      action: 'update',
      entityType: 'indicator',
      entityId: id,
      before,
      after,
    });
    return after;
  });
}

export async function saveTarget(db: Kysely<DB>, caller: Caller, indicatorId: string, input: z.infer<typeof targetInput>) {
  const m = caller.municipalityId;
  parsePeriod(input.period);
  if (input.valueHigh !== null && input.valueHigh !== undefined && input.valueHigh < input.value) {
    throw fail('validation', 'Övre gränsen kan inte vara lägre än den nedre.', {
      fields: [{ field: 'valueHigh', message: 'Lägre än målvärdet.' }],
    });
  }
  return db.transaction().execute(async (trx) => {
    await findIndicator(trx, m, indicatorId);
    await requireOn(trx, caller, 'setTargets', input.orgUnitId);
    const key = {
      municipality_id: m,
      indicator_id: indicatorId,
      org_unit_id: input.orgUnitId,
      period: input.period,
      is_baseline: input.isBaseline,
    };
    const before = await trx
      .selectFrom('indicator_target')
      .selectAll()
      .where('municipality_id', '=', m)
      .where('indicator_id', '=', indicatorId)
      .where('org_unit_id', '=', input.orgUnitId)
      .where('period', '=', input.period)
      .where('is_baseline', '=', input.isBaseline)
      .executeTakeFirst();
    // No version is sent: the one just read is expected, so the audit's before is always true and
    // of two writers at the same moment the second is told to reload (as two first saves are, 23505).
    const after = before
      ? await updateVersioned(trx, 'indicator_target', { municipality_id: m, id: before.id }, before.version, {
          value: input.value,
          value_high: input.valueHigh ?? null,
        })
      : await trx
          .insertInto('indicator_target')
          .values({ ...key, value: input.value, value_high: input.valueHigh ?? null })
          .returningAll()
          .executeTakeFirstOrThrow();
    await writeAudit(trx, {
      municipalityId: m,
      actorId: caller.personId,
      action: before ? 'update' : 'create',
      entityType: 'indicator_target',
      entityId: after.id,
      orgUnitId: input.orgUnitId,
      before,
      after,
    });
    return after;
  });
}

type MeasurementRow = z.infer<typeof measurementInput>;

/** Writes one value; a changed existing value keeps its old value in the history. */
async function writeValue(trx: Tx, caller: Caller, indicatorId: string, row: MeasurementRow, checkVersion: boolean) {
  const m = caller.municipalityId;
  const before = await trx
    .selectFrom('measurement')
    .selectAll()
    .where('municipality_id', '=', m)
    .where('indicator_id', '=', indicatorId)
    .where('org_unit_id', '=', row.orgUnitId)
    .where('period', '=', row.period)
    .where('gender', '=', row.gender)
    .executeTakeFirst();
  if (before && checkVersion && row.version !== before.version)
    throw fail(
      'stale_version',
      before && !row.version ? 'Det finns redan ett värde för perioden. Ladda om och ändra det i stället.' : undefined,
    );
  if (!before) {
    const created = await trx
      .insertInto('measurement')
      .values({
        municipality_id: m,
        indicator_id: indicatorId,
        org_unit_id: row.orgUnitId,
        period: row.period,
        gender: row.gender,
        value: row.value,
        comment: row.comment,
        source: 'manual',
        updated_by: caller.personId,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return { row: created, changed: true, before: null };
  }
  const same = (before.value === null ? null : Number(before.value)) === row.value && before.comment === row.comment;
  if (same) return { row: before, changed: false, before };
  // A bulk save sends no version: it expects the one just read, like a single save sends it.
  const expected = checkVersion ? (row.version ?? 0) : before.version;
  const after = await updateVersioned(trx, 'measurement', { municipality_id: m, id: before.id }, expected, {
    value: row.value,
    comment: row.comment,
    source: 'manual',
    updated_by: caller.personId,
    updated_at: new Date(),
  });
  await trx
    .insertInto('measurement_history')
    .values({
      municipality_id: m,
      measurement_id: before.id,
      value_before: before.value,
      value_after: row.value,
      comment_before: before.comment,
      comment_after: row.comment,
      source: 'manual',
      changed_by: caller.personId,
    })
    .execute();
  return { row: after, changed: true, before };
}

export async function saveMeasurement(db: Kysely<DB>, caller: Caller, indicatorId: string, input: MeasurementRow) {
  const m = caller.municipalityId;
  parsePeriod(input.period);
  return db.transaction().execute(async (trx) => {
    await findIndicator(trx, m, indicatorId);
    await requireOn(trx, caller, 'reportValues', input.orgUnitId);
    const r = await writeValue(trx, caller, indicatorId, input, true);
    if (r.changed)
      await writeAudit(trx, {
        municipalityId: m,
        actorId: caller.personId,
        action: r.before ? 'update' : 'create',
        entityType: 'measurement',
        entityId: r.row.id,
        orgUnitId: input.orgUnitId,
        before: r.before,
        after: r.row,
      });
    return r.row;
  });
}

/** Values pasted from a spreadsheet: all rows or none; an error names its row. */
export async function saveMeasurements(db: Kysely<DB>, caller: Caller, indicatorId: string, input: z.infer<typeof measurementBulkInput>) {
  const m = caller.municipalityId;
  input.rows.forEach((row, i) => {
    try {
      parsePeriod(row.period);
    } catch {
      throw fail('validation', `Rad ${i + 1}: "${row.period}" är ingen period.`, {
        fields: [{ field: `rows.${i}.period`, message: 'Ogiltig period.' }],
      });
    }
  });
  return db.transaction().execute(async (trx) => {
    await findIndicator(trx, m, indicatorId);
    for (const unit of new Set(input.rows.map((r) => r.orgUnitId))) await requireOn(trx, caller, 'reportValues', unit);
    let changed = 0;
    // One audit row per value changed, as a single save writes, so the log shows each value
    // before and after (a summary of counts told nobody what was pasted).
    for (const row of input.rows) {
      const r = await writeValue(trx, caller, indicatorId, row, false);
      if (!r.changed) continue;
      changed++;
      await writeAudit(trx, {
        municipalityId: m,
        actorId: caller.personId,
        action: r.before ? 'update' : 'create',
        entityType: 'measurement',
        entityId: r.row.id,
        orgUnitId: row.orgUnitId,
        before: r.before,
        after: { ...r.row, bulk: true },
      });
    }
    return { rows: input.rows.length, changed };
  });
}
