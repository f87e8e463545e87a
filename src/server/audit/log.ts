// Every change writes one audit row, in the transaction that makes the change.
import type { Kysely, Transaction } from 'kysely';
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
}

const json = (v: unknown) => (v === undefined || v === null ? null : JSON.stringify(v));

export async function writeAudit(trx: Transaction<DB> | Kysely<DB>, e: AuditEntry): Promise<void> {
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
    })
    .execute();
}
