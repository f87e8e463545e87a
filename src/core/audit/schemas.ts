// Filters of the audit log, shared by server and web.
import { z } from 'zod';

export const auditFilters = z.object({
  entityType: z.string().max(50).optional(),
  entityId: z.string().max(100).optional(),
  action: z.string().max(50).optional(),
  actorId: z.uuid({ error: 'Ogiltigt id.' }).optional(),
  from: z.iso.date({ error: 'Ange ett datum som ÅÅÅÅ-MM-DD.' }).optional(),
  to: z.iso.date({ error: 'Ange ett datum som ÅÅÅÅ-MM-DD.' }).optional(),
  page: z.coerce.number({ error: 'Ange ett sidnummer.' }).int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
