// How far a reader's view of the audit log reaches (decision 0004).
import type { OrgUnitKind, Role } from '../org/kinds.js';

export interface RoleOnUnit {
  role: Role;
  unitKind: OrgUnitKind;
}

/**
 * The revision examines the whole municipality, its nämnder and its bolag (the specification's
 * "Revisionen"), so a revisor (auditor held on the revision) reads the whole municipality's log,
 * not only the entries about the revision's own unit. Anyone else reads the subtrees where they
 * hold readAudit. Either way never another municipality, and private content stays private.
 */
export function readsWholeAuditLog(roles: readonly RoleOnUnit[]): boolean {
  return roles.some((r) => r.role === 'auditor' && r.unitKind === 'revision');
}
