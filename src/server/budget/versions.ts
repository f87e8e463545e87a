// Use cases of budget versions and their frames: list, create (copying frames), edit a draft's
// frames, decide (which makes the version immutable), and the difference between two versions.
import type { Kysely, Transaction, Updateable } from 'kysely';
import type { z } from 'zod';
import { checkFrames, diffFrames, type Frame, frameTotals } from '../../core/budget/frames.js';
import { yearsOf } from '../../core/budget/kinds.js';
import { assertEditable, checkDecision, checkNewVersion, nextSeq, referenceVersion } from '../../core/budget/lifecycle.js';
import { canEditFrames } from '../../core/budget/rights.js';
import type { BudgetVersion, createVersionInput, decideInput, framesInput } from '../../core/budget/schemas.js';
import { fail } from '../../core/errors.js';
import { writeAudit } from '../audit/log.js';
import type { Caller } from '../auth/caller.js';
import type { DB } from '../db/schema.js';
import type { BudgetVersionTable } from '../db/schema/budget.js';
import { updateVersioned } from '../db/versioned.js';
import { budgetRights, requireFrameEditor } from './access.js';
import { framesOf, listBodies, mustFindVersion, versionsOfYear } from './queries.js';

type Tx = Transaction<DB>;

const audit = (trx: Tx, caller: Caller, action: string, v: BudgetVersion, before: unknown, after: unknown) =>
  writeAudit(trx, {
    municipalityId: caller.municipalityId,
    actorId: caller.personId,
    action,
    entityType: 'budget_version',
    entityId: v.id,
    before,
    after,
  });

export async function listVersions(db: Kysely<DB>, caller: Caller, budgetYear: number) {
  const versions = await versionsOfYear(db, caller.municipalityId, budgetYear);
  const canEdit = canEditFrames(await budgetRights(db, caller, null));
  return { budgetYear, years: yearsOf(budgetYear), versions, referenceId: referenceVersion(versions)?.id ?? null, canEdit };
}

export async function versionDetail(db: Kysely<DB>, caller: Caller, id: string) {
  const m = caller.municipalityId;
  const version = await mustFindVersion(db, m, id);
  const years = yearsOf(version.budgetYear);
  const frames = await framesOf(db, m, id);
  const canEdit = canEditFrames(await budgetRights(db, caller, null)) && version.status === 'draft';
  return { version, years, frames, totals: frameTotals(frames, years), bodies: await listBodies(db, m), canEdit };
}

/** The frames a new version starts from: the given version, else the year's latest, else last year's reference. */
export async function startingFrames(trx: Tx, m: string, budgetYear: number, basedOnId: string | null | undefined) {
  let base: BudgetVersion | null = null;
  if (basedOnId) base = await mustFindVersion(trx, m, basedOnId);
  else base = referenceVersion(await versionsOfYear(trx, m, budgetYear)) ?? referenceVersion(await versionsOfYear(trx, m, budgetYear - 1));
  if (!base) return { base, frames: [] as Frame[] };
  const years = new Set(yearsOf(budgetYear));
  return { base, frames: (await framesOf(trx, m, base.id)).filter((f) => years.has(f.year)) };
}

export async function insertFrames(trx: Tx, m: string, versionId: string, frames: readonly Frame[]) {
  if (frames.length === 0) return;
  await trx
    .insertInto('budget_frame')
    .values(
      frames.map((f) => ({
        municipality_id: m,
        version_id: versionId,
        org_unit_id: f.orgUnitId,
        kind: f.kind,
        year: f.year,
        amount_kr: f.amountKr,
      })),
    )
    .execute();
}

export async function createVersion(db: Kysely<DB>, caller: Caller, input: z.infer<typeof createVersionInput>) {
  const m = caller.municipalityId;
  return db.transaction().execute(async (trx) => {
    await requireFrameEditor(trx, caller);
    const existing = await versionsOfYear(trx, m, input.budgetYear);
    checkNewVersion(input.kind, existing);
    const { base, frames } = await startingFrames(trx, m, input.budgetYear, input.basedOnId);
    const row = await trx
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
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await insertFrames(trx, m, row.id, frames);
    const created = await mustFindVersion(trx, m, row.id);
    await audit(trx, caller, 'create', created, null, { ...created, frames });
    return created;
  });
}

/** The version row first, before its frames: a writer that lost the race changes nothing. */
async function bump(trx: Tx, m: string, v: BudgetVersion, expected: number, set: Updateable<BudgetVersionTable> = {}) {
  await updateVersioned(trx, 'budget_version', { municipality_id: m, id: v.id }, expected, { ...set, updated_at: new Date() });
}

/** Replaces every frame of a draft version. */
export async function saveFrames(db: Kysely<DB>, caller: Caller, id: string, input: z.infer<typeof framesInput>) {
  const m = caller.municipalityId;
  return db.transaction().execute(async (trx) => {
    await requireFrameEditor(trx, caller);
    const before = await mustFindVersion(trx, m, id);
    assertEditable(before);
    const errors = checkFrames(input.frames, await listBodies(trx, m), before.budgetYear);
    if (errors.length) throw fail('validation', 'Några ramar är inte giltiga.', { fields: errors });
    await bump(trx, m, before, input.version);
    const old = await framesOf(trx, m, id);
    await trx.deleteFrom('budget_frame').where('municipality_id', '=', m).where('version_id', '=', id).execute();
    await insertFrames(trx, m, id, input.frames);
    const after = await mustFindVersion(trx, m, id);
    await audit(trx, caller, 'frames', after, { version: before.version, frames: old }, { version: after.version, frames: input.frames });
    return after;
  });
}

export async function decideVersion(db: Kysely<DB>, caller: Caller, id: string, input: z.infer<typeof decideInput>) {
  const m = caller.municipalityId;
  return db.transaction().execute(async (trx) => {
    await requireFrameEditor(trx, caller);
    const before = await mustFindVersion(trx, m, id);
    assertEditable(before);
    checkDecision(before.kind, input);
    await bump(trx, m, before, input.version, {
      status: 'decided',
      decided_on: input.decidedOn ?? null,
      decided_by: input.decidedBy ?? null,
      diarienummer: input.diarienummer || null,
    });
    const after = await mustFindVersion(trx, m, id);
    await audit(trx, caller, 'decide', after, before, after);
    return after;
  });
}

/** The difference between any two versions, per body, kind and year (to − from). */
export async function versionDiff(db: Kysely<DB>, caller: Caller, fromId: string, toId: string) {
  const m = caller.municipalityId;
  const [from, to] = await Promise.all([mustFindVersion(db, m, fromId), mustFindVersion(db, m, toId)]);
  const diff = diffFrames(await framesOf(db, m, fromId), await framesOf(db, m, toId));
  const bodies = await listBodies(db, m);
  const names = new Map(bodies.map((b) => [b.id, b.name]));
  const rank = new Map(bodies.map((b, i) => [b.id, i]));
  const rows = diff.rows
    .map((r) => ({ ...r, orgUnitName: names.get(r.orgUnitId) ?? '' }))
    .sort((a, b) => (rank.get(a.orgUnitId) ?? 999) - (rank.get(b.orgUnitId) ?? 999) || a.kind.localeCompare(b.kind));
  return { from, to, years: diff.years, rows, totals: diff.totals.map((t) => ({ ...t, orgUnitName: '' })) };
}
