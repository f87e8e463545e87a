// Use cases of the investment plan: list a year's projects with their sums against the
// investment frames, add, change (409 when stale) and remove a project.
import type { Kysely, Transaction } from 'kysely';
import type { z } from 'zod';
import { distributingKinds, yearsOf } from '../../core/budget/kinds.js';
import { referenceVersion } from '../../core/budget/lifecycle.js';
import { investmentComparison } from '../../core/budget/registers.js';
import { canEditFrames, canEditInvestment } from '../../core/budget/rights.js';
import type { Investment, investmentInput, investmentUpdate } from '../../core/budget/schemas.js';
import { fail } from '../../core/errors.js';
import { writeAudit } from '../audit/log.js';
import type { Caller } from '../auth/caller.js';
import type { DB } from '../db/schema.js';
import { deleteVersioned, updateVersioned } from '../db/versioned.js';
import { requireInvestmentEditor, rightsOf } from './access.js';
import { framesOf, listBodies, mustFindBody, type Q, versionsOfYear } from './queries.js';

type Tx = Transaction<DB>;

async function investmentsOf(db: Q, m: string, where: { budgetYear?: number; id?: string }): Promise<Investment[]> {
  let q = db
    .selectFrom('budget_investment as i')
    .innerJoin('org_unit as u', (j) => j.onRef('u.municipality_id', '=', 'i.municipality_id').onRef('u.id', '=', 'i.org_unit_id'))
    .select([
      'i.id',
      'i.budget_year',
      'i.org_unit_id',
      'u.name as unit_name',
      'i.name',
      'i.description',
      'i.property_plan_ref',
      'i.priority',
      'i.version',
    ])
    .where('i.municipality_id', '=', m);
  if (where.budgetYear !== undefined) q = q.where('i.budget_year', '=', where.budgetYear);
  if (where.id) q = q.where('i.id', '=', where.id);
  const rows = await q.orderBy('i.priority').orderBy('i.name').execute();
  const amounts = rows.length
    ? await db
        .selectFrom('budget_investment_amount')
        .select(['investment_id', 'year', 'amount_kr'])
        .where('municipality_id', '=', m)
        .where(
          'investment_id',
          'in',
          rows.map((r) => r.id),
        )
        .orderBy('year')
        .execute()
    : [];
  return rows.map((r) => ({
    id: r.id,
    budgetYear: r.budget_year,
    orgUnitId: r.org_unit_id,
    orgUnitName: r.unit_name,
    name: r.name,
    description: r.description,
    propertyPlanRef: r.property_plan_ref,
    priority: r.priority,
    amounts: amounts.filter((a) => a.investment_id === r.id).map((a) => ({ year: a.year, amountKr: Number(a.amount_kr) })),
    version: r.version,
  }));
}

export async function listInvestments(db: Kysely<DB>, caller: Caller, budgetYear: number) {
  const m = caller.municipalityId;
  const items = await investmentsOf(db, m, { budgetYear });
  const years = yearsOf(budgetYear);
  const reference = referenceVersion(await versionsOfYear(db, m, budgetYear));
  const frames = reference ? await framesOf(db, m, reference.id) : [];
  const comparison = investmentComparison(items, frames, years);
  const bodies = (await listBodies(db, m)).filter((b) => (distributingKinds as readonly string[]).includes(b.kind));
  const rights = await rightsOf(db, caller);
  const editable = bodies.filter((b) => canEditInvestment(rights(b.id)));
  const names = new Map(bodies.map((b) => [b.id, b.name]));
  return {
    budgetYear,
    years,
    reference,
    items: items.map((i) => ({ ...i, canEdit: editable.some((b) => b.id === i.orgUnitId) })),
    total: comparison.total,
    perBody: comparison.perBody.map((p) => ({ ...p, orgUnitName: names.get(p.orgUnitId) ?? '' })),
    editableBodies: editable,
    canEditAll: canEditFrames(rights(null)),
  };
}

function checkYears(input: z.infer<typeof investmentInput>) {
  const years = yearsOf(input.budgetYear);
  const fields = input.amounts.flatMap((a, i) =>
    years.includes(a.year) ? [] : [{ field: `amounts.${i}.year`, message: `Året ska vara ${years[0]}–${years[3]}.` }],
  );
  if (new Set(input.amounts.map((a) => a.year)).size !== input.amounts.length)
    fields.push({ field: 'amounts', message: 'Ett år finns två gånger.' });
  if (fields.length) throw fail('validation', 'Beloppen per år är inte giltiga.', { fields });
}

async function writeAmounts(trx: Tx, m: string, id: string, amounts: { year: number; amountKr: number }[]) {
  await trx.deleteFrom('budget_investment_amount').where('municipality_id', '=', m).where('investment_id', '=', id).execute();
  const rows = amounts.filter((a) => a.amountKr !== 0);
  if (rows.length) {
    await trx
      .insertInto('budget_investment_amount')
      .values(rows.map((a) => ({ municipality_id: m, investment_id: id, year: a.year, amount_kr: a.amountKr })))
      .execute();
  }
}

const audit = (trx: Tx, caller: Caller, action: string, id: string, orgUnitId: string, before: unknown, after: unknown) =>
  writeAudit(trx, {
    municipalityId: caller.municipalityId,
    actorId: caller.personId,
    action,
    entityType: 'budget_investment',
    entityId: id,
    orgUnitId,
    before,
    after,
  });

const fields = (input: z.infer<typeof investmentInput>) => ({
  budget_year: input.budgetYear,
  org_unit_id: input.orgUnitId,
  name: input.name,
  description: input.description,
  property_plan_ref: input.propertyPlanRef,
  priority: input.priority,
});

export async function createInvestment(db: Kysely<DB>, caller: Caller, input: z.infer<typeof investmentInput>) {
  const m = caller.municipalityId;
  checkYears(input);
  return db.transaction().execute(async (trx) => {
    await mustFindBody(trx, m, input.orgUnitId, distributingKinds);
    await requireInvestmentEditor(trx, caller, input.orgUnitId);
    const { id } = await trx
      .insertInto('budget_investment')
      .values({ municipality_id: m, ...fields(input) })
      .returning('id')
      .executeTakeFirstOrThrow();
    await writeAmounts(trx, m, id, input.amounts);
    const [after] = await investmentsOf(trx, m, { id });
    await audit(trx, caller, 'create', id, input.orgUnitId, null, after);
    return after as Investment;
  });
}

async function editable(trx: Tx, caller: Caller, id: string) {
  const [before] = await investmentsOf(trx, caller.municipalityId, { id });
  if (!before) throw fail('not_found', 'Investeringen finns inte.');
  await requireInvestmentEditor(trx, caller, before.orgUnitId);
  return before;
}

export async function updateInvestment(db: Kysely<DB>, caller: Caller, id: string, input: z.infer<typeof investmentUpdate>) {
  const m = caller.municipalityId;
  checkYears(input);
  return db.transaction().execute(async (trx) => {
    const before = await editable(trx, caller, id);
    if (input.orgUnitId !== before.orgUnitId) {
      await mustFindBody(trx, m, input.orgUnitId, distributingKinds);
      await requireInvestmentEditor(trx, caller, input.orgUnitId);
    }
    await updateVersioned(trx, 'budget_investment', { municipality_id: m, id }, input.version, {
      ...fields(input),
      updated_at: new Date(),
    });
    await writeAmounts(trx, m, id, input.amounts);
    const [after] = await investmentsOf(trx, m, { id });
    await audit(trx, caller, 'update', id, input.orgUnitId, before, after);
    return after as Investment;
  });
}

export async function deleteInvestment(db: Kysely<DB>, caller: Caller, id: string, version: number) {
  const m = caller.municipalityId;
  await db.transaction().execute(async (trx) => {
    const before = await editable(trx, caller, id);
    await deleteVersioned(trx, 'budget_investment', { municipality_id: m, id }, version);
    await audit(trx, caller, 'delete', id, before.orgUnitId, before, null);
  });
}
