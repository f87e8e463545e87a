// Who is offered the indicator area's changes: those who write plans (elected, managers,
// controllers, admins), as the server allows. The server decides; this only hides buttons
// that would be refused (UI.md rule 7).
import type { Me } from '../../api.js';

export const writesIndicators = (me: Me | undefined) =>
  Boolean(me?.roles.some((r) => ['elected', 'manager', 'controller', 'admin'].includes(r.role)));
