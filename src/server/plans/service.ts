// Use cases of plan documents: create, edit, move through the lifecycle, new version, next year.
import { randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { z } from 'zod';
import { fail } from '../../core/errors.js';
import { orgUnitKindName } from '../../core/org/kinds.js';
import { planKindName, planOwnerKinds, type PlanStatus } from '../../core/plans/kinds.js';
import { assertMayAdopt, checkDecision } from '../../core/plans/adoption.js';
import { assertEditable, checkTransition } from '../../core/plans/lifecycle.js';
import type { createPlanInput, Plan, planStatusInput, updatePlanInput } from '../../core/plans/schemas.js';
import { writeAudit } from '../audit/log.js';
import type { Caller } from '../auth/caller.js';
import type { DB } from '../db/schema.js';
import { nextVersion, updateVersioned } from '../db/versioned.js';
import { requireRead, requireWrite } from './access.js';
import { adoptionRuleFor } from './adoption.js';
import { copyPlanContent } from './copy.js';
import { findPlan, sameSeriesExists, seriesVersions } from './queries.js';

type Tx = Transaction<DB>;

export async function mustFindPlan(db: Kysely<DB> | Tx, caller: Caller, id: string): Promise<Plan> {
  const plan = await findPlan(db, caller.municipalityId, id);
  if (!plan) throw fail('not_found', 'Planen finns inte.');
  await requireRead(db, caller, plan);
  return plan;
}

/** Loads a plan the caller may change, refusing a version that is no longer a draft or in review. */
export async function editablePlan(trx: Tx, caller: Caller, id: string): Promise<Plan> {
  const plan = await mustFindPlan(trx, caller, id);
  await requireWrite(trx, caller, plan);
  assertEditable(plan.status);
  return plan;
}

const audit = (trx: Tx, caller: Caller, action: string, plan: Plan, before: unknown, after: unknown) =>
  writeAudit(trx, {
    municipalityId: caller.municipalityId,
    actorId: caller.personId,
    action,
    entityType: 'plan',
    entityId: plan.id,
    orgUnitId: plan.orgUnitId,
    before,
    after,
    plan,
  });

function checkYears(yearFrom: number, yearTo: number) {
  if (yearTo < yearFrom)
    throw fail('validation', 'Slutåret kan inte ligga före startåret.', {
      fields: [{ field: 'yearTo', message: `Välj ${yearFrom} eller senare.` }],
    });
}

export async function createPlan(db: Kysely<DB>, caller: Caller, input: z.infer<typeof createPlanInput>): Promise<Plan> {
  const m = caller.municipalityId;
  checkYears(input.yearFrom, input.yearTo);
  return db.transaction().execute(async (trx) => {
    const unit = await trx
      .selectFrom('org_unit')
      .select(['id', 'kind', 'closed_on'])
      .where('municipality_id', '=', m)
      .where('id', '=', input.orgUnitId)
      .executeTakeFirst();
    if (!unit) throw fail('validation', 'Enheten finns inte.', { fields: [{ field: 'orgUnitId', message: 'Finns inte.' }] });
    const owners = planOwnerKinds[input.kind];
    if (!owners.includes(unit.kind as never)) {
      const msg = `En ${planKindName[input.kind]} hör till ${owners.map((k) => orgUnitKindName[k]).join(' eller ')}.`;
      throw fail('plan_rule', msg, { rule: 'plan_owner', fields: [{ field: 'orgUnitId', message: msg }] });
    }
    if (unit.closed_on) throw fail('plan_rule', 'Enheten är avvecklad.', { rule: 'unit_closed' });
    const personId = input.kind === 'utvecklingsplan' ? (input.personId ?? null) : null;
    if (input.kind === 'utvecklingsplan' && !personId)
      throw fail('validation', 'Välj medarbetaren.', { fields: [{ field: 'personId', message: 'Obligatoriskt för en utvecklingsplan.' }] });
    if (
      personId &&
      !(await trx.selectFrom('person').select('id').where('municipality_id', '=', m).where('id', '=', personId).executeTakeFirst())
    ) {
      throw fail('validation', 'Personen finns inte.', { fields: [{ field: 'personId', message: 'Finns inte.' }] });
    }
    await requireWrite(trx, caller, { kind: input.kind, orgUnitId: unit.id, personId }, true);
    if (await sameSeriesExists(trx, m, input.kind, unit.id, personId, input.yearFrom)) {
      throw fail(
        'conflict',
        `Det finns redan en ${planKindName[input.kind]} för ${input.yearFrom}. Öppna den, eller skapa en ny version av den.`,
      );
    }
    const row = await trx
      .insertInto('plan')
      .values({
        municipality_id: m,
        series_id: randomUUID(),
        kind: input.kind,
        org_unit_id: unit.id,
        person_id: personId,
        title: input.title,
        summary: input.summary ?? '',
        area: input.area ?? null,
        year_from: input.yearFrom,
        year_to: input.yearTo,
        carried_from_id: null,
        decided_on: null,
        decided_by: null,
        diarienummer: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const plan = (await findPlan(trx, m, row.id)) as Plan;
    await audit(trx, caller, 'create', plan, null, plan);
    return plan;
  });
}

export async function updatePlan(db: Kysely<DB>, caller: Caller, id: string, input: z.infer<typeof updatePlanInput>): Promise<Plan> {
  checkYears(input.yearFrom, input.yearTo);
  return db.transaction().execute(async (trx) => {
    const before = await editablePlan(trx, caller, id);
    await updateVersioned(trx, 'plan', { municipality_id: caller.municipalityId, id }, input.version, {
      title: input.title,
      summary: input.summary,
      area: input.area ?? null,
      year_from: input.yearFrom,
      year_to: input.yearTo,
      updated_at: new Date(),
    });
    const after = (await findPlan(trx, caller.municipalityId, id)) as Plan;
    await audit(trx, caller, 'update', before, before, after);
    return after;
  });
}

/** Moves a version through its lifecycle; adopting it supersedes the version adopted before. */
export async function changeStatus(db: Kysely<DB>, caller: Caller, id: string, input: z.infer<typeof planStatusInput>): Promise<Plan> {
  const m = caller.municipalityId;
  return db.transaction().execute(async (trx) => {
    const before = await mustFindPlan(trx, caller, id);
    const adopted = input.status === 'adopted';
    // Adoption is a right of its own (who fastställer the kind, core/plans/adoption.ts), checked
    // before the version, like every right; the other moves need the right to write the plan.
    const rule = adopted ? await adoptionRuleFor(trx, caller, before) : null;
    if (rule) assertMayAdopt(before.kind, rule);
    if (!rule) await requireWrite(trx, caller, before);
    if (before.version !== input.version) throw fail('stale_version');
    checkTransition(before.status, input.status);
    const decision = rule ? checkDecision(before.kind, rule, input) : null;
    // This version first: of two writers, the loser stops here before touching the adopted one.
    await updateVersioned(trx, 'plan', { municipality_id: m, id }, input.version, {
      status: input.status,
      updated_at: new Date(),
      decided_on: decision?.decidedOn ?? null,
      decided_by: decision?.body.name ?? null,
      decided_by_org_unit_id: decision?.body.type === 'org_unit' ? decision.body.id : null,
      decided_by_person_id: decision?.body.type === 'person' ? decision.body.id : null,
      diarienummer: decision ? decision.diarienummer : before.diarienummer,
    });
    if (adopted) {
      await trx
        .updateTable('plan')
        .set({ status: 'superseded' satisfies PlanStatus, version: nextVersion, updated_at: new Date() })
        .where('municipality_id', '=', m)
        .where('series_id', '=', before.seriesId)
        .where('status', '=', 'adopted')
        .where('id', '!=', id)
        .execute();
    }
    const after = (await findPlan(trx, m, id)) as Plan;
    await audit(trx, caller, adopted ? 'adopt' : 'status', before, before, after);
    return after;
  });
}

/** A new draft version of a plan, copied from the newest version; the old ones stay readable. */
export async function newVersion(db: Kysely<DB>, caller: Caller, id: string): Promise<Plan> {
  const m = caller.municipalityId;
  return db.transaction().execute(async (trx) => {
    const from = await mustFindPlan(trx, caller, id);
    await requireWrite(trx, caller, from);
    const versions = await seriesVersions(trx, m, from.seriesId);
    const newest = versions[0] as Plan;
    if (newest.status === 'draft' || newest.status === 'in_review') {
      throw fail('plan_rule', `Version ${newest.versionNo} är redan under arbete. Ändra i den i stället.`, { rule: 'one_open_version' });
    }
    const row = await trx
      .insertInto('plan')
      .values({
        municipality_id: m,
        series_id: from.seriesId,
        version_no: newest.versionNo + 1,
        kind: from.kind,
        org_unit_id: from.orgUnitId,
        person_id: from.personId,
        title: newest.title,
        summary: newest.summary,
        area: newest.area,
        year_from: newest.yearFrom,
        year_to: newest.yearTo,
        carried_from_id: newest.carriedFromId,
        decided_on: null,
        decided_by: null,
        diarienummer: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await copyPlanContent(trx, m, newest.id, row.id);
    const plan = (await findPlan(trx, m, row.id)) as Plan;
    await audit(trx, caller, 'new_version', plan, null, { ...plan, copiedFrom: newest.id });
    return plan;
  });
}

/** Next year's plan as a copy of this one: goals carried over with their links, as a draft. */
export async function rollover(db: Kysely<DB>, caller: Caller, id: string): Promise<Plan> {
  const m = caller.municipalityId;
  return db.transaction().execute(async (trx) => {
    const from = await mustFindPlan(trx, caller, id);
    await requireWrite(trx, caller, from);
    const span = from.yearTo - from.yearFrom;
    const yearFrom = from.yearFrom + 1;
    if (await sameSeriesExists(trx, m, from.kind, from.orgUnitId, from.personId, yearFrom)) {
      throw fail('conflict', `Det finns redan en ${planKindName[from.kind]} för ${yearFrom}.`);
    }
    const title = from.title.replace(String(from.yearFrom), String(yearFrom)).replace(String(from.yearTo), String(from.yearTo + 1));
    const row = await trx
      .insertInto('plan')
      .values({
        municipality_id: m,
        series_id: randomUUID(),
        kind: from.kind,
        org_unit_id: from.orgUnitId,
        person_id: from.personId,
        title,
        summary: from.summary,
        area: from.area,
        year_from: yearFrom,
        year_to: yearFrom + span,
        carried_from_id: from.id,
        decided_on: null,
        decided_by: null,
        diarienummer: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await copyPlanContent(trx, m, from.id, row.id);
    await trx
      .updateTable('goal')
      .set({ target_year: null })
      .where('municipality_id', '=', m)
      .where('plan_id', '=', row.id)
      .where('target_year', '<', yearFrom)
      .execute();
    const plan = (await findPlan(trx, m, row.id)) as Plan;
    await audit(trx, caller, 'rollover', plan, null, { ...plan, carriedFrom: from.id });
    return plan;
  });
}
