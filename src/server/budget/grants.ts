// Use cases of the register of targeted state grants: each nämnd records the grants it sought
// and those it did not seek, with the reason; KS reads all nämnder's registers in one report.
import type { Kysely, Transaction } from 'kysely';
import type { z } from 'zod';
import { distributingKinds } from '../../core/budget/kinds.js';
import { checkGrant, grantSummary } from '../../core/budget/registers.js';
import { canEditBody } from '../../core/budget/rights.js';
import type { Grant, grantInput, grantUpdate } from '../../core/budget/schemas.js';
import { fail } from '../../core/errors.js';
import { writeAudit } from '../audit/log.js';
import type { Caller } from '../auth/caller.js';
import type { DB } from '../db/schema.js';
import { deleteVersioned, updateVersioned } from '../db/versioned.js';
import { requireBodyEditor, rightsOf } from './access.js';
import { listBodies, mustFindBody, type Q } from './queries.js';

type Tx = Transaction<DB>;

async function grantsOf(db: Q, m: string, where: { budgetYear?: number; id?: string; orgUnitId?: string }): Promise<Grant[]> {
  let q = db
    .selectFrom('budget_grant as g')
    .innerJoin('org_unit as u', (j) => j.onRef('u.municipality_id', '=', 'g.municipality_id').onRef('u.id', '=', 'g.org_unit_id'))
    .select([
      'g.id',
      'g.budget_year',
      'g.org_unit_id',
      'u.name as unit_name',
      'g.name',
      'g.authority',
      'g.applied',
      'g.amount_kr',
      'g.period_from',
      'g.period_to',
      'g.reason_not_applied',
      'g.version',
    ])
    .where('g.municipality_id', '=', m);
  if (where.budgetYear !== undefined) q = q.where('g.budget_year', '=', where.budgetYear);
  if (where.id) q = q.where('g.id', '=', where.id);
  if (where.orgUnitId) q = q.where('g.org_unit_id', '=', where.orgUnitId);
  const rows = await q.orderBy('u.name').orderBy('g.name').execute();
  return rows.map((r) => ({
    id: r.id,
    budgetYear: r.budget_year,
    orgUnitId: r.org_unit_id,
    orgUnitName: r.unit_name,
    name: r.name,
    authority: r.authority,
    applied: r.applied,
    amountKr: r.amount_kr === null ? null : Number(r.amount_kr),
    periodFrom: r.period_from,
    periodTo: r.period_to,
    reasonNotApplied: r.reason_not_applied,
    version: r.version,
  }));
}

export async function listGrants(db: Kysely<DB>, caller: Caller, budgetYear: number, orgUnitId?: string) {
  const m = caller.municipalityId;
  const items = await grantsOf(db, m, { budgetYear, orgUnitId });
  const bodies = (await listBodies(db, m)).filter((b) => (distributingKinds as readonly string[]).includes(b.kind));
  const rights = await rightsOf(db, caller);
  const editable = bodies.filter((b) => canEditBody(rights(b.id)));
  const names = new Map(bodies.map((b) => [b.id, b.name]));
  return {
    budgetYear,
    items: items.map((g) => ({ ...g, canEdit: editable.some((b) => b.id === g.orgUnitId) })),
    summary: grantSummary(items).map((s) => ({ ...s, orgUnitName: names.get(s.orgUnitId) ?? '' })),
    editableBodies: editable,
  };
}

function validate(input: z.infer<typeof grantInput>) {
  const fields = checkGrant(input);
  if (fields.length) throw fail('validation', 'Bidraget är inte fullständigt.', { fields });
}

const values = (input: z.infer<typeof grantInput>) => ({
  budget_year: input.budgetYear,
  org_unit_id: input.orgUnitId,
  name: input.name,
  authority: input.authority,
  applied: input.applied,
  // What does not belong to the chosen answer is not kept: a sought grant has no reason, and so on.
  amount_kr: input.applied ? (input.amountKr ?? null) : null,
  period_from: input.applied ? (input.periodFrom ?? null) : null,
  period_to: input.applied ? (input.periodTo ?? null) : null,
  reason_not_applied: input.applied ? null : (input.reasonNotApplied ?? null),
});

const audit = (trx: Tx, caller: Caller, action: string, id: string, orgUnitId: string, before: unknown, after: unknown) =>
  writeAudit(trx, {
    municipalityId: caller.municipalityId,
    actorId: caller.personId,
    action,
    entityType: 'budget_grant',
    entityId: id,
    orgUnitId,
    before,
    after,
  });

export async function createGrant(db: Kysely<DB>, caller: Caller, input: z.infer<typeof grantInput>) {
  const m = caller.municipalityId;
  validate(input);
  return db.transaction().execute(async (trx) => {
    await mustFindBody(trx, m, input.orgUnitId, distributingKinds);
    await requireBodyEditor(trx, caller, input.orgUnitId);
    const { id } = await trx
      .insertInto('budget_grant')
      .values({ municipality_id: m, ...values(input) })
      .returning('id')
      .executeTakeFirstOrThrow();
    const [after] = await grantsOf(trx, m, { id });
    await audit(trx, caller, 'create', id, input.orgUnitId, null, after);
    return after as Grant;
  });
}

async function editable(trx: Tx, caller: Caller, id: string) {
  const [before] = await grantsOf(trx, caller.municipalityId, { id });
  if (!before) throw fail('not_found', 'Statsbidraget finns inte.');
  await requireBodyEditor(trx, caller, before.orgUnitId);
  return before;
}

export async function updateGrant(db: Kysely<DB>, caller: Caller, id: string, input: z.infer<typeof grantUpdate>) {
  const m = caller.municipalityId;
  validate(input);
  return db.transaction().execute(async (trx) => {
    const before = await editable(trx, caller, id);
    if (input.orgUnitId !== before.orgUnitId) {
      await mustFindBody(trx, m, input.orgUnitId, distributingKinds);
      await requireBodyEditor(trx, caller, input.orgUnitId);
    }
    await updateVersioned(trx, 'budget_grant', { municipality_id: m, id }, input.version, { ...values(input), updated_at: new Date() });
    const [after] = await grantsOf(trx, m, { id });
    await audit(trx, caller, 'update', id, input.orgUnitId, before, after);
    return after as Grant;
  });
}

export async function deleteGrant(db: Kysely<DB>, caller: Caller, id: string, version: number) {
  await db.transaction().execute(async (trx) => {
    const before = await editable(trx, caller, id);
    await deleteVersioned(trx, 'budget_grant', { municipality_id: caller.municipalityId, id }, version);
    await audit(trx, caller, 'delete', id, before.orgUnitId, before, null);
  });
}
