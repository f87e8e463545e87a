// Use cases of the organisation: each one transaction with its audit row.
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import { fail } from '../../core/errors.js';
import type { OrgUnitKind } from '../../core/org/kinds.js';
import { checkClosing, checkPlacement, type UnitRef } from '../../core/org/rules.js';
import type { closeOrgUnitInput, createOrgUnitInput, moveOrgUnitInput, updateOrgUnitInput } from '../../core/org/schemas.js';
import { writeAudit } from '../audit/log.js';
import type { Caller } from '../auth/caller.js';
import { requireAnywhere, requireOn } from '../auth/policy.js';
import type { DB } from '../db/schema.js';
import { updateVersioned } from '../db/versioned.js';
import { countOpen, findUnit, subtreeIds, toUnit, unitColumns, type UnitRow } from './queries.js';
import { endAssignmentsOfUnit } from '../people/service.js';

const today = () => new Date().toISOString().slice(0, 10);
const ref = (r: UnitRow): UnitRef => ({ id: r.id, kind: r.kind as OrgUnitKind, closedOn: r.closed_on });

async function mustFind(db: Kysely<DB>, caller: Caller, id: string) {
  const unit = await findUnit(db, caller.municipalityId, id);
  if (!unit) throw fail('not_found', 'Enheten finns inte.');
  return unit;
}

export async function createUnit(db: Kysely<DB>, caller: Caller, input: z.infer<typeof createOrgUnitInput>) {
  const m = caller.municipalityId;
  return db.transaction().execute(async (trx) => {
    const parent = input.parentId ? await findUnit(trx, m, input.parentId) : undefined;
    if (input.parentId && !parent)
      throw fail('validation', 'Den överordnade enheten finns inte.', { fields: [{ field: 'parentId', message: 'Finns inte.' }] });
    if (parent) await requireOn(trx, caller, 'manageOrg', parent.id);
    else requireAnywhere(caller, 'manageOrg');
    checkPlacement({
      kind: input.kind,
      parent: parent ? ref(parent) : null,
      openOfSameKind: await countOpen(trx, m, { kind: input.kind }),
      openForvaltningarUnderParent: parent ? await countOpen(trx, m, { kind: 'forvaltning', parentId: parent.id }) : 0,
    });
    const openedOn = input.openedOn ?? today();
    const row = await trx
      .insertInto('org_unit')
      .values({
        municipality_id: m,
        kind: input.kind,
        name: input.name,
        short_name: input.shortName ?? null,
        parent_id: parent?.id ?? null,
        opened_on: openedOn,
      })
      .returning(unitColumns)
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('org_unit_placement')
      .values({ municipality_id: m, org_unit_id: row.id, parent_id: row.parent_id, valid_from: openedOn, valid_to: null })
      .execute();
    const unit = toUnit(row);
    await writeAudit(trx, {
      municipalityId: m,
      actorId: caller.personId,
      action: 'create',
      entityType: 'org_unit',
      entityId: row.id,
      orgUnitId: row.id,
      after: unit,
    });
    return unit;
  });
}

export async function updateUnit(db: Kysely<DB>, caller: Caller, id: string, input: z.infer<typeof updateOrgUnitInput>) {
  const m = caller.municipalityId;
  return db.transaction().execute(async (trx) => {
    const before = await mustFind(trx, caller, id);
    await requireOn(trx, caller, 'manageOrg', id);
    const row = await updateVersioned(trx, 'org_unit', { municipality_id: m, id }, input.version, {
      name: input.name,
      short_name: input.shortName ?? null,
      updated_at: new Date(),
    });
    const unit = toUnit(row);
    await writeAudit(trx, {
      municipalityId: m,
      actorId: caller.personId,
      action: 'update',
      entityType: 'org_unit',
      entityId: id,
      orgUnitId: id,
      before: toUnit(before),
      after: unit,
    });
    return unit;
  });
}

export async function moveUnit(db: Kysely<DB>, caller: Caller, id: string, input: z.infer<typeof moveOrgUnitInput>) {
  const m = caller.municipalityId;
  return db.transaction().execute(async (trx) => {
    const before = await mustFind(trx, caller, id);
    await requireOn(trx, caller, 'manageOrg', id);
    const parent = await findUnit(trx, m, input.parentId);
    if (!parent)
      throw fail('validation', 'Den nya överordnade enheten finns inte.', { fields: [{ field: 'parentId', message: 'Finns inte.' }] });
    await requireOn(trx, caller, 'manageOrg', parent.id);
    if (before.closed_on) throw fail('org_rule', 'En avvecklad enhet kan inte flyttas.', { rule: 'closed_is_final' });
    if (parent.id === before.parent_id)
      throw fail('validation', 'Enheten ligger redan där.', {
        fields: [{ field: 'parentId', message: 'Välj en annan enhet än den nuvarande.' }],
      });
    checkPlacement({
      kind: before.kind as OrgUnitKind,
      parent: ref(parent),
      openOfSameKind: 0,
      openForvaltningarUnderParent:
        before.kind === 'forvaltning' ? await countOpen(trx, m, { kind: 'forvaltning', parentId: parent.id }, id) : 0,
      ownSubtree: await subtreeIds(trx, m, id),
    });
    const movedOn = input.movedOn ?? today();
    // The unit row first: a writer that lost the race stops before its placement history is touched.
    const row = await updateVersioned(trx, 'org_unit', { municipality_id: m, id }, input.version, {
      parent_id: parent.id,
      updated_at: new Date(),
    });
    await trx
      .updateTable('org_unit_placement')
      .set({ valid_to: movedOn })
      .where('municipality_id', '=', m)
      .where('org_unit_id', '=', id)
      .where('valid_to', 'is', null)
      .execute();
    await trx
      .insertInto('org_unit_placement')
      .values({ municipality_id: m, org_unit_id: id, parent_id: parent.id, valid_from: movedOn, valid_to: null })
      .execute();
    const unit = toUnit(row);
    await writeAudit(trx, {
      municipalityId: m,
      actorId: caller.personId,
      action: 'move',
      entityType: 'org_unit',
      entityId: id,
      orgUnitId: id,
      before: toUnit(before),
      after: unit,
    });
    return unit;
  });
}

export async function closeUnit(db: Kysely<DB>, caller: Caller, id: string, input: z.infer<typeof closeOrgUnitInput>) {
  const m = caller.municipalityId;
  return db.transaction().execute(async (trx) => {
    const before = await mustFind(trx, caller, id);
    await requireOn(trx, caller, 'manageOrg', id);
    checkClosing(await countOpen(trx, m, { parentId: id }), before.closed_on);
    if (input.closedOn < before.opened_on) {
      throw fail('validation', 'Avvecklingsdatum kan inte ligga före startdatum.', {
        fields: [{ field: 'closedOn', message: `Välj ${before.opened_on} eller senare.` }],
      });
    }
    // The unit row first, as in moveUnit.
    const row = await updateVersioned(trx, 'org_unit', { municipality_id: m, id }, input.version, {
      closed_on: input.closedOn,
      updated_at: new Date(),
    });
    await trx
      .updateTable('org_unit_placement')
      .set({ valid_to: input.closedOn })
      .where('municipality_id', '=', m)
      .where('org_unit_id', '=', id)
      .where('valid_to', 'is', null)
      .execute();
    await endAssignmentsOfUnit(trx, caller, id, input.closedOn);
    const unit = toUnit(row);
    await writeAudit(trx, {
      municipalityId: m,
      actorId: caller.personId,
      action: 'close',
      entityType: 'org_unit',
      entityId: id,
      orgUnitId: id,
      before: toUnit(before),
      after: unit,
    });
    return unit;
  });
}
