// Input and output shapes of the organisation area, shared by server and web.
import { z } from 'zod';
import { version as versionSchema } from '../input.js';
import { isoDate } from '../input.js';
import { orgUnitKinds, roles } from './kinds.js';

const requiredText = (max: number) =>
  z
    .string({ error: 'Obligatoriskt.' })
    .trim()
    .min(1, { error: 'Obligatoriskt.' })
    .max(max, { error: `Högst ${max} tecken.` });
const version = versionSchema();

export const orgUnitSchema = z.object({
  id: z.uuid(),
  kind: z.enum(orgUnitKinds),
  name: z.string(),
  shortName: z.string().nullable(),
  parentId: z.uuid().nullable(),
  openedOn: z.string(),
  closedOn: z.string().nullable(),
  version: z.number().int(),
});
export type OrgUnit = z.infer<typeof orgUnitSchema>;

export const createOrgUnitInput = z.object({
  kind: z.enum(orgUnitKinds, { error: 'Välj en typ av enhet.' }),
  name: requiredText(200),
  shortName: z.string().trim().max(40, { error: 'Högst 40 tecken.' }).nullish(),
  parentId: z.uuid({ error: 'Välj en överordnad enhet.' }).nullable(),
  openedOn: isoDate.optional(),
});

export const updateOrgUnitInput = z.object({
  name: requiredText(200),
  shortName: z.string().trim().max(40, { error: 'Högst 40 tecken.' }).nullish(),
  version,
});

export const moveOrgUnitInput = z.object({
  parentId: z.uuid({ error: 'Välj en ny överordnad enhet.' }),
  movedOn: isoDate.optional(),
  version,
});

export const closeOrgUnitInput = z.object({
  closedOn: isoDate,
  version,
});

export const personSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  email: z.string(),
  active: z.boolean(),
  version: z.number().int(),
});
export type Person = z.infer<typeof personSchema>;

const email = z.email({ error: 'Ange en giltig e-postadress.' }).max(200);
const password = z.string().min(12, { error: 'Lösenordet måste ha minst 12 tecken.' }).max(200);

export const createPersonInput = z.object({
  name: requiredText(200),
  email,
  password: password.optional(),
});

export const updatePersonInput = z.object({
  name: requiredText(200),
  email,
  active: z.boolean(),
  password: password.optional(),
  version,
});

export const roleAssignmentSchema = z.object({
  id: z.uuid(),
  personId: z.uuid(),
  personName: z.string(),
  orgUnitId: z.uuid(),
  orgUnitName: z.string(),
  role: z.enum(roles),
  title: z.string().nullable(),
  validFrom: z.string(),
  validTo: z.string().nullable(),
  version: z.number().int(),
});
export type RoleAssignment = z.infer<typeof roleAssignmentSchema>;

export const createRoleAssignmentInput = z.object({
  personId: z.uuid({ error: 'Välj en person.' }),
  orgUnitId: z.uuid({ error: 'Välj en enhet.' }),
  role: z.enum(roles, { error: 'Välj en roll.' }),
  title: z.string().trim().max(100, { error: 'Högst 100 tecken.' }).nullish(),
  validFrom: isoDate.optional(),
});

export const endRoleAssignmentInput = z.object({
  validTo: isoDate,
  version,
});

// Answers of the detail pages: a unit with its place in the tree, a person with all roles.
export const orgUnitDetailSchema = orgUnitSchema.extend({
  ancestors: z.array(z.object({ id: z.uuid(), name: z.string(), kind: z.enum(orgUnitKinds) })),
  children: z.array(orgUnitSchema),
  roles: z.array(roleAssignmentSchema),
  placements: z.array(
    z.object({ parentId: z.uuid().nullable(), parentName: z.string().nullable(), validFrom: z.string(), validTo: z.string().nullable() }),
  ),
});
export type OrgUnitDetail = z.infer<typeof orgUnitDetailSchema>;
export const personDetailSchema = personSchema.extend({ roles: z.array(roleAssignmentSchema) });
export type PersonDetail = z.infer<typeof personDetailSchema>;
