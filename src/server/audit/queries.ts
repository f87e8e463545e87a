// SQL of the audit log.
import { type Kysely, sql } from 'kysely';
import type { z } from 'zod';
import type { Caller } from '../auth/caller.js';
import { unitsWhere } from '../auth/policy.js';
import type { DB } from '../db/schema.js';
import type { auditFilters } from '../../core/audit/schemas.js';
import { readsWholeAuditLog } from '../../core/auth/auditScope.js';
import type { OrgUnitKind } from '../../core/org/kinds.js';

/** Whether the caller reads the whole municipality's log (the revisor) rather than subtrees. */
async function wholeMunicipality(db: Kysely<DB>, caller: Caller): Promise<boolean> {
  const ids = caller.roles.map((r) => r.orgUnitId);
  if (ids.length === 0) return false;
  const kinds = new Map(
    (
      await db
        .selectFrom('org_unit')
        .select(['id', 'kind'])
        .where('municipality_id', '=', caller.municipalityId)
        .where('id', 'in', ids)
        .execute()
    ).map((u) => [u.id, u.kind as OrgUnitKind]),
  );
  return readsWholeAuditLog(
    caller.roles.flatMap((r) => (kinds.has(r.orgUnitId) ? [{ role: r.role, unitKind: kinds.get(r.orgUnitId) as OrgUnitKind }] : [])),
  );
}

/**
 * A row about a private object (an utvecklingsplan) shows its content only to those who may read
 * the plan: the employee and the managers of its unit or above (canReadPlan, readablePlans).
 * Others see that it changed, by whom and when, but not before/after (decision 0004).
 */
const contentVisible = (caller: Caller) =>
  sql<boolean>`(a.private_person_id IS NULL OR a.private_person_id = ${caller.personId}
    OR a.private_org_unit_id IN (${unitsWhere(caller, 'leadStaff')}))`;

export async function searchAudit(db: Kysely<DB>, caller: Caller, f: z.infer<typeof auditFilters>) {
  let q = db
    .selectFrom('audit_log as a')
    .leftJoin('person as p', (j) => j.onRef('p.municipality_id', '=', 'a.municipality_id').onRef('p.id', '=', 'a.actor_id'))
    .leftJoin('org_unit as u', (j) => j.onRef('u.municipality_id', '=', 'a.municipality_id').onRef('u.id', '=', 'a.org_unit_id'))
    .where('a.municipality_id', '=', caller.municipalityId);
  // Entries about a unit are shown to those who may read the log on that unit's subtree.
  if (!(await wholeMunicipality(db, caller)))
    q = q.where(sql<boolean>`(a.org_unit_id IS NULL OR a.org_unit_id IN (${unitsWhere(caller, 'readAudit')}))`);
  if (f.entityType) q = q.where('a.entity_type', '=', f.entityType);
  if (f.entityId) q = q.where('a.entity_id', '=', f.entityId);
  if (f.action) q = q.where('a.action', '=', f.action);
  if (f.actorId) q = q.where('a.actor_id', '=', f.actorId);
  if (f.from) q = q.where(sql<boolean>`a.occurred_at >= ${f.from}::date`);
  if (f.to) q = q.where(sql<boolean>`a.occurred_at < ${f.to}::date + 1`);
  const total = Number((await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  const rows = await q
    .select([
      'a.id',
      'a.occurred_at',
      'a.actor_id',
      'p.name as actor_name',
      'a.action',
      'a.entity_type',
      'a.entity_id',
      'a.org_unit_id',
      'u.name as unit_name',
      'a.before',
      'a.after',
      contentVisible(caller).as('visible'),
    ])
    .orderBy('a.id', 'desc')
    .limit(f.pageSize)
    .offset((f.page - 1) * f.pageSize)
    .execute();
  const items = rows.map((r) => ({
    id: r.id,
    occurredAt: r.occurred_at.toISOString(),
    actorId: r.actor_id,
    actorName: r.actor_name,
    action: r.action,
    entityType: r.entity_type,
    entityId: r.entity_id,
    orgUnitId: r.org_unit_id,
    orgUnitName: r.unit_name,
    before: r.visible ? (r.before ?? null) : null,
    after: r.visible ? (r.after ?? null) : null,
    private: !r.visible,
  }));
  return { items, total };
}
