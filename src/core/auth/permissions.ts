// Who may do what: each action names the roles that grant it on an org unit and its subtree.
import type { Role } from '../org/kinds.js';

export const permissions = {
  /** Create, edit, move and close org units; assign roles; manage people. */
  manageOrg: ['admin'],
  /** Browse the audit log. */
  readAudit: ['admin', 'auditor'],
  /** Read and write the utvecklingsplaner of the people in one's units. */
  leadStaff: ['manager'],
  /** Enter measured values for a unit and the units below it. */
  reportValues: ['manager', 'controller'],
  /** Set targets for a unit and the units below it. */
  setTargets: ['elected', 'manager', 'controller'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof permissions;
