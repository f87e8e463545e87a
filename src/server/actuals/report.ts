// Outcome against budget for a unit and year, computed by computeOutcome in core from what the
// database holds; and the two things a unit enters: its year-end forecast and, where the ledger
// has no budget, an annual budget.
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import { computeOutcome, type OutcomeReport } from '../../core/actuals/outcome.js';
import { fail } from '../../core/errors.js';
import { writeAudit } from '../audit/log.js';
import type { Caller } from '../auth/caller.js';
import { holdsOn, requireOn } from '../auth/policy.js';
import type { DB } from '../db/schema.js';
import { saveVersioned } from '../db/versioned.js';
import { isCentralFinance } from './access.js';
import { adoptedDistributions } from './adoptedBudget.js';
import type { annualBudgetInput, forecastInput } from '../../core/actuals/schemas.js';
import { ledgerSettings } from './settings.js';

/** The report without the caller's rights: what the Excel export and the CLI need. */
export async function outcomeReport(db: Kysely<DB>, m: string, year: number, unitId?: string): Promise<OutcomeReport> {
  const units = await db
    .selectFrom('org_unit')
    .select(['id', 'parent_id', 'name', 'kind'])
    .where('municipality_id', '=', m)
    .where((w) => w.or([w('closed_on', 'is', null), w('closed_on', '>=', `${year}-01-01`)]))
    .orderBy('name')
    .execute();
  const root = unitId ?? units.find((u) => u.parent_id === null)?.id;
  if (!root || !units.some((u) => u.id === root)) throw fail('not_found', 'Enheten finns inte.');
  const [settings, mapping, rows, annual, forecasts, distributions] = await Promise.all([
    ledgerSettings(db, m),
    db.selectFrom('ansvar_mapping').select(['code', 'org_unit_id']).where('municipality_id', '=', m).execute(),
    db
      .selectFrom('ledger_amount')
      .select(['kind', 'month', 'ansvar', 'account', 'amount_ore'])
      .where('municipality_id', '=', m)
      .where('year', '=', year)
      .execute(),
    db
      .selectFrom('unit_annual_budget')
      .select(['org_unit_id', 'amount_kr', 'version'])
      .where('municipality_id', '=', m)
      .where('year', '=', year)
      .execute(),
    db.selectFrom('year_forecast').selectAll().where('municipality_id', '=', m).where('year', '=', year).execute(),
    adoptedDistributions(db, m, year),
  ]);
  return computeOutcome({
    year,
    unitId: root,
    units: units.map((u) => ({ id: u.id, parentId: u.parent_id, name: u.name, kind: u.kind })),
    mapping: new Map(mapping.map((r) => [r.code, r.org_unit_id])),
    rules: settings.rules,
    rows: rows.map((r) => ({ kind: r.kind, month: r.month, ansvar: r.ansvar, account: r.account, amountOre: Number(r.amount_ore) })),
    distributions,
    annualBudgets: annual.map((a) => ({ unitId: a.org_unit_id, amountKr: Number(a.amount_kr), version: a.version })),
    forecasts: forecasts.map((f) => ({
      unitId: f.org_unit_id,
      amountKr: Number(f.amount_kr),
      comment: f.comment,
      version: f.version,
      updatedAt: new Date(f.updated_at).toISOString(),
    })),
  });
}

export async function outcomeFor(db: Kysely<DB>, caller: Caller, year: number, unitId?: string) {
  const report = await outcomeReport(db, caller.municipalityId, year, unitId);
  const [canForecast, canManageLedger, canSetAnnualBudget] = await Promise.all([
    holdsOn(db, caller, 'forecastActuals', report.unitId),
    isCentralFinance(db, caller),
    holdsOn(db, caller, 'manageLedger', report.unitId),
  ]);
  return { ...report, canForecast, canManageLedger, canSetAnnualBudget };
}

async function mustExist(db: Kysely<DB>, m: string, unitId: string) {
  const u = await db.selectFrom('org_unit').select('id').where('municipality_id', '=', m).where('id', '=', unitId).executeTakeFirst();
  if (!u) throw fail('not_found', 'Enheten finns inte.');
}

type Versioned = 'year_forecast' | 'unit_annual_budget';

/** Writes a unit's row for the year: version 0 creates it, otherwise the version read must still hold. */
async function putVersioned(
  db: Kysely<DB>,
  caller: Caller,
  table: Versioned,
  key: { unitId: string; year: number },
  values: { amount_kr: number; comment?: string },
  version: number,
) {
  const m = caller.municipalityId;
  return db.transaction().execute(async (trx) => {
    const before = await trx
      .selectFrom(table)
      .selectAll()
      .where('municipality_id', '=', m)
      .where('org_unit_id', '=', key.unitId)
      .where('year', '=', key.year)
      .executeTakeFirst();
    const stamp = { ...values, updated_by: caller.personId, updated_at: new Date() };
    const { row } = await saveVersioned(trx, table, { municipality_id: m, org_unit_id: key.unitId, year: key.year }, version, stamp);
    const after = {
      unitId: key.unitId,
      year: key.year,
      amountKr: Number(row.amount_kr),
      comment: 'comment' in row ? row.comment : undefined,
      version: row.version,
    };
    await writeAudit(trx, {
      municipalityId: m,
      actorId: caller.personId,
      action: before ? 'update' : 'create',
      entityType: table,
      entityId: `${key.unitId}/${key.year}`,
      orgUnitId: key.unitId,
      before: before
        ? { amountKr: Number(before.amount_kr), comment: 'comment' in before ? before.comment : undefined, version: before.version }
        : undefined,
      after,
    });
    return { ...after, updatedAt: new Date(row.updated_at).toISOString() };
  });
}

/** The unit's helårsprognos, entered by its manager or controller (or one above). */
export async function putForecast(
  db: Kysely<DB>,
  caller: Caller,
  key: { unitId: string; year: number },
  input: z.infer<typeof forecastInput>,
) {
  await mustExist(db, caller.municipalityId, key.unitId);
  await requireOn(db, caller, 'forecastActuals', key.unitId);
  const r = await putVersioned(db, caller, 'year_forecast', key, { amount_kr: input.amountKr, comment: input.comment }, input.version);
  return { unitId: r.unitId, amountKr: r.amountKr, comment: r.comment ?? '', version: r.version, updatedAt: r.updatedAt };
}

/** The fallback annual budget, set by a controller of the unit (or one above). */
export async function putAnnualBudget(
  db: Kysely<DB>,
  caller: Caller,
  key: { unitId: string; year: number },
  input: z.infer<typeof annualBudgetInput>,
) {
  await mustExist(db, caller.municipalityId, key.unitId);
  await requireOn(db, caller, 'manageLedger', key.unitId);
  const r = await putVersioned(db, caller, 'unit_annual_budget', key, { amount_kr: input.amountKr }, input.version);
  return { unitId: r.unitId, year: r.year, amountKr: r.amountKr, version: r.version, updatedAt: r.updatedAt };
}
