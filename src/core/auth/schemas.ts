// Sign-in and the signed-in person as the API states them, shared by server and web.
import { z } from 'zod';
import { roles } from '../org/kinds.js';

export const loginInput = z.object({
  municipality: z.string({ error: 'Välj en kommun.' }).min(1, { error: 'Välj en kommun.' }).max(20),
  email: z.string({ error: 'Obligatoriskt.' }).trim().min(1, { error: 'Obligatoriskt.' }).max(200),
  password: z.string({ error: 'Obligatoriskt.' }).min(1, { error: 'Obligatoriskt.' }).max(200),
});
export type LoginInput = z.input<typeof loginInput>;

export const meSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  email: z.string(),
  municipality: z.object({ id: z.uuid(), code: z.string(), name: z.string() }),
  roles: z.array(z.object({ role: z.enum(roles), orgUnitId: z.uuid(), orgUnitName: z.string(), title: z.string().nullable() })),
  permissions: z.object({ manageOrg: z.boolean(), readAudit: z.boolean(), writeIndicators: z.boolean() }),
});
export type Me = z.infer<typeof meSchema>;
