// Filters and answers of the audit log, shared by server and web.
import { z } from 'zod';
import { isoDate } from '../input.js';

export const auditFilters = z.object({
  entityType: z.string().max(50).optional(),
  entityId: z.string().max(100).optional(),
  action: z.string().max(50).optional(),
  actorId: z.uuid({ error: 'Ogiltigt id.' }).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  page: z.coerce.number({ error: 'Ange ett sidnummer.' }).int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

export const auditEntrySchema = z.object({
  id: z.number().int(),
  occurredAt: z.string().describe('UTC, ISO 8601'),
  actorId: z.uuid().nullable(),
  actorName: z.string().nullable(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string(),
  orgUnitId: z.uuid().nullable(),
  orgUnitName: z.string().nullable(),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
  private: z
    .boolean()
    .describe('true: raden gäller en utvecklingsplan som den inloggade inte får läsa; före och efter visas inte (innehållet är privat)'),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;
export const auditPageSchema = z.object({
  items: z.array(auditEntrySchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type AuditPage = z.infer<typeof auditPageSchema>;
