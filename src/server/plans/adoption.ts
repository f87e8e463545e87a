// Loads what core's adoptionRule decides on: the caller's rights on the plan and the units a
// decision may name. Used by the adoption itself and by the form's list of deciding bodies.
import type { Kysely, Transaction } from 'kysely';
import { type AdoptionRule, adoptionRule } from '../../core/plans/adoption.js';
import type { OrgUnitKind } from '../../core/org/kinds.js';
import type { Plan } from '../../core/plans/schemas.js';
import type { Caller } from '../auth/caller.js';
import type { DB } from '../db/schema.js';
import { rightsContext } from './access.js';

export async function adoptionRuleFor(db: Kysely<DB> | Transaction<DB>, caller: Caller, plan: Plan): Promise<AdoptionRule> {
  const units = await db
    .selectFrom('org_unit')
    .select(['id', 'kind', 'name'])
    .where('municipality_id', '=', caller.municipalityId)
    .where('closed_on', 'is', null)
    // Fullmäktige decides the central plans; the plan's own unit (nämnd, KS, bolag) its own.
    .where((eb) => eb.or([eb('kind', '=', 'fullmaktige'), eb('id', '=', plan.orgUnitId)]))
    .orderBy('name')
    .execute();
  return adoptionRule({
    kind: plan.kind,
    orgUnitId: plan.orgUnitId,
    rights: await rightsContext(db, caller, plan),
    caller: { personId: caller.personId, name: caller.name },
    units: units.map((u) => ({ id: u.id, kind: u.kind as OrgUnitKind, name: u.name })),
  });
}
