// Who may do what: each action names the roles that grant it on an org unit and its subtree.
// Where it must be held (a unit, the centre, a body, anywhere) is said by the predicates in
// access.ts and, per API operation, by the policy table in operations.ts.
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
  /** Change the annual cycle's settings and generate its tasks (held on the kommunstyrelse or above). */
  manageCycle: ['admin', 'controller'],
  /** Enter and import an organ's meeting dates (sammanträdesplan). */
  planMeetings: ['admin', 'registrar', 'controller'],
  /** Mark a unit's tasks of the annual cycle in progress or done. */
  workTasks: ['manager', 'controller'],
  /** Import the ledger, map ansvar codes, set a unit's fallback annual budget (decision 0014). */
  manageLedger: ['admin', 'controller'],
  /** Enter a unit's year-end forecast (helårsprognos). */
  forecastActuals: ['manager', 'controller'],
  /** Create and edit indicators and bring in Kolada data: those who write plans (held anywhere). */
  writeIndicators: ['elected', 'manager', 'controller', 'admin'],
  /** The budget's versions, frames and results and the allocation model (held at the centre, decision 0013). */
  manageBudget: ['admin', 'controller'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof permissions;
