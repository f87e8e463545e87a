// Who is offered the indicator area's changes: the server's writeIndicators flag from /auth/me.
// The server decides; this only hides buttons that would be refused (UI.md rule 7).
import type { Me } from '../../api.js';

export const writesIndicators = (me: Me | undefined) => Boolean(me?.permissions.writeIndicators);
