// Every change writes one audit row, in the transaction that makes the change.
import type { Kysely, Transaction } from 'kysely';
import type { PlanKind } from '../../core/plans/kinds.js';
import { privateTo } from '../../core/plans/rights.js';
import type { DB } from '../db/schema.js';

export interface AuditEntry {
  municipalityId: string;
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  orgUnitId?: string | null;
  before?: unknown;
  after?: unknown;
  /**
   * The plan the entry is about (the plan itself or something in it). An utvecklingsplan makes
   * the row private: the log shows its content only to those who may read the plan (0004).
   */
  plan?: { kind: PlanKind; orgUnitId: string; personId: string | null };
}

const json = (v: unknown) => (v === undefined || v === null ? null : JSON.stringify(v));

export async function writeAudit(trx: Transaction<DB> | Kysely<DB>, e: AuditEntry): Promise<void> {
  const mark = e.plan ? privateTo(e.plan) : null;
  await trx
    .insertInto('audit_log')
    .values({
      municipality_id: e.municipalityId,
      actor_id: e.actorId,
      action: e.action,
      entity_type: e.entityType,
      entity_id: e.entityId,
      org_unit_id: e.orgUnitId ?? null,
      before: json(e.before),
      after: json(e.after),
      private_person_id: mark?.personId ?? null,
      private_org_unit_id: mark?.orgUnitId ?? null,
    })
    .execute();
}
