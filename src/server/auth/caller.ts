import type { Role } from '../../core/org/kinds.js';

export interface CallerRole {
  role: Role;
  orgUnitId: string;
  title: string | null;
}

/** The signed-in person making a request. */
export interface Caller {
  sessionId: string;
  personId: string;
  municipalityId: string;
  name: string;
  email: string;
  roles: CallerRole[];
}
