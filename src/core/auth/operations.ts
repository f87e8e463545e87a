// The policy table: every operation of the API with who may call it. It is data, read by the
// authorization matrix test (src/server/auth/matrix.test.ts, which fails on an operation without a
// row) and written out as docs/POLICY.md (src/core/auth/policyDoc.ts). The rules themselves are
// the predicates of access.ts; this table says which rule guards which operation, on what.
import type { Permission } from './permissions.js';

/** Rules beyond a single permission, each decided by one core function. */
export type NamedRule =
  /** canReadPlan: every plan for everyone signed in, an utvecklingsplan for its person and the managers above it. */
  | 'readPlan'
  /** canWritePlan: by plan kind — the centre's plans at the centre, a nämndplan for its body, a verksamhetsplan above it, an utvecklingsplan its person or a manager above. */
  | 'writePlan'
  /** canEditBody: the body's own controller (on the body or its förvaltning), or an administrator at the centre. */
  | 'editBody'
  /** canEditInvestment: editBody for the body that needs it, or manageBudget at the centre. */
  | 'editInvestment'
  /** workableUnits: workTasks on the task's unit or above it, or on the förvaltning acting for it. */
  | 'workTask'
  /** setMapping: manageLedger on the unit mapped to (and from), or manageLedger at the centre. */
  | 'mapCode';

export type Scope =
  /** The org unit the operation concerns (the object's, or the one named in the request) and the units above it. */
  | 'unit'
  /** The centre: fullmäktige, or the kommunstyrelse and everything under it. */
  | 'centre'
  /** A body (nämnd, kommunstyrelse, bolag) or the förvaltning acting for it. */
  | 'body'
  /** The plan the operation concerns. */
  | 'plan'
  /** Some unit, any unit. */
  | 'anywhere';

export type Policy =
  | { access: 'public'; note?: string }
  /** Any signed-in person of the municipality (another municipality's ids answer 404). */
  | { access: 'signedIn'; note?: string }
  /** Signed in, and the object is the caller's own (someone else's answers 404). */
  | { access: 'own'; note?: string }
  | { access: Permission | NamedRule; scope: Scope; note?: string };

const open = (note?: string): Policy => ({ access: 'public', note });
const signedIn = (note?: string): Policy => ({ access: 'signedIn', note });
const own = (note?: string): Policy => ({ access: 'own', note });
const on = (access: Permission | NamedRule, scope: Scope, note?: string): Policy => ({ access, scope, note });

const writePlan = on('writePlan', 'plan');
const centralBudget = on('manageBudget', 'centre');

/** Keyed by `METHOD /path` as in the OpenAPI document (paths without the /api prefix). */
export const operations: Record<string, Policy> = {
  'GET /health': open(),
  'GET /municipalities': open('the list to choose from at sign-in'),
  'GET /setup': open('whether the installation is set up'),
  'POST /setup': open('only while no municipality exists; afterwards 409'),
  'POST /auth/login': open(),
  'POST /auth/logout': signedIn('ends the caller’s session'),
  'GET /auth/me': signedIn('with the permission flags the web shows actions by'),
  'POST /auth/password': own('the caller’s own password, with the current one'),
  'GET /org-units': signedIn(),
  'POST /org-units': on('manageOrg', 'unit', 'on the parent; a unit without parent: manageOrg anywhere'),
  'GET /org-units/{id}': signedIn(),
  'PATCH /org-units/{id}': on('manageOrg', 'unit'),
  'POST /org-units/{id}/move': on('manageOrg', 'unit', 'on the unit and on the new parent'),
  'POST /org-units/{id}/close': on('manageOrg', 'unit'),
  'GET /people': signedIn(),
  'POST /people': on('manageOrg', 'anywhere'),
  'GET /people/{id}': signedIn(),
  'PATCH /people/{id}': on('manageOrg', 'anywhere'),
  'POST /role-assignments': on('manageOrg', 'unit', "on the role's unit"),
  'POST /role-assignments/{id}/end': on('manageOrg', 'unit', "on the role's unit"),
  'GET /audit': on('readAudit', 'anywhere', 'rows limited to what the reader may see'),
  'GET /plans': signedIn('utvecklingsplaner only where readPlan holds'),
  'POST /plans': on('writePlan', 'plan', 'the plan to be: its kind and unit'),
  'GET /plans/{id}': on('readPlan', 'plan', 'one the caller may not read answers 404'),
  'PATCH /plans/{id}': writePlan,
  'POST /plans/{id}/status': on(
    'writePlan',
    'plan',
    'adopting it instead: adoptionRule in core/plans/adoption.ts (who fastställer the kind)',
  ),
  'POST /plans/{id}/versions': writePlan,
  'POST /plans/{id}/rollover': writePlan,
  'POST /plans/{id}/goals': writePlan,
  'PATCH /goals/{id}': writePlan,
  'DELETE /goals/{id}': writePlan,
  'POST /plans/{id}/strategic-areas': writePlan,
  'PATCH /strategic-areas/{id}': writePlan,
  'DELETE /strategic-areas/{id}': writePlan,
  'POST /plans/{id}/assignments': writePlan,
  'PATCH /assignments/{id}': writePlan,
  'DELETE /assignments/{id}': writePlan,
  'POST /plans/{id}/activities': writePlan,
  'PATCH /activities/{id}': writePlan,
  'DELETE /activities/{id}': writePlan,
  'GET /red-thread': signedIn('utvecklingsplaner only where readPlan holds'),
  'GET /red-thread/nodes/{id}': signedIn('a node of a plan the caller may not read answers 404'),
  'GET /red-thread/units/{id}': signedIn(),
  'GET /integrity': signedIn(),
  'GET /plans/{id}/link-targets': signedIn(),
  'GET /plans/{id}/adoption': on('readPlan', 'plan', 'says whether adoptionRule lets the caller adopt it, and the bodies it may name'),
  'GET /indicators': signedIn(),
  'POST /indicators': on('writeIndicators', 'anywhere'),
  'GET /kolada/kpis': signedIn(),
  'GET /kolada/areas': signedIn(),
  'GET /kolada/values': signedIn(),
  'POST /kolada/imports': on('writeIndicators', 'anywhere'),
  'GET /import-jobs/{id}': signedIn(),
  'POST /indicators/from-kolada': on('writeIndicators', 'anywhere'),
  'GET /indicators/{id}': signedIn(),
  'PATCH /indicators/{id}': on('writeIndicators', 'anywhere'),
  'POST /indicators/{id}/targets': on('setTargets', 'unit', 'the unit named in the request'),
  'POST /indicators/{id}/measurements': on('reportValues', 'unit', 'the unit named in the request'),
  'POST /indicators/{id}/measurements/bulk': on('reportValues', 'unit', 'every unit named in the rows'),
  'GET /measurements/{id}/history': signedIn(),
  'GET /goal-status': signedIn(),
  'POST /reminders/sweep': on('manageOrg', 'anywhere'),
  'GET /reminders/settings': signedIn(),
  'PUT /reminders/settings': on('manageOrg', 'anywhere'),
  'GET /notifications': own('the caller’s own notifications'),
  'GET /notifications/unread-count': own(),
  'PATCH /notifications/{id}': own(),
  'POST /notifications/read-all': own(),
  'GET /outbox': on('manageOrg', 'anywhere'),
  'GET /calendar/feeds': own('the caller’s own feeds'),
  'POST /calendar/feeds': own('for a unit the caller names, or all the caller answers for'),
  'DELETE /calendar/feeds/{id}': own(),
  'GET /calendar/feeds/{file}': open('the secret token in the address is the credential'),
  'GET /calendar/settings': signedIn('with canEdit'),
  'PUT /calendar/settings': on('manageCycle', 'centre'),
  'GET /calendar/meetings': signedIn(),
  'POST /calendar/meetings': on('planMeetings', 'unit', 'the organ'),
  'POST /calendar/meetings/import': on('planMeetings', 'unit', 'the organ'),
  'PUT /calendar/meetings/{id}': on('planMeetings', 'unit', 'the organ'),
  'DELETE /calendar/meetings/{id}': on('planMeetings', 'unit', 'the organ'),
  'GET /calendar/tasks': signedIn('with canEdit per task'),
  'POST /calendar/tasks/{id}/state': on('workTask', 'unit', "the task's unit"),
  'POST /calendar/{year}/tasks': on('manageCycle', 'centre'),
  'GET /calendar/{year}': signedIn(),
  'GET /budget/versions': signedIn(),
  'POST /budget/versions': centralBudget,
  'POST /budget/versions/from-scenario': centralBudget,
  'GET /budget/versions/{id}': signedIn('with canEdit'),
  'PUT /budget/versions/{id}/frames': centralBudget,
  'POST /budget/versions/{id}/decide': centralBudget,
  'GET /budget/diff': signedIn(),
  'GET /budget/distribution/{bodyId}': signedIn('with canEdit'),
  'PUT /budget/distribution/{bodyId}': on('editBody', 'body'),
  'GET /budget/investments': signedIn(),
  'POST /budget/investments': on('editInvestment', 'body'),
  'PATCH /budget/investments/{id}': on('editInvestment', 'body', 'the body it is and the body it moves to'),
  'DELETE /budget/investments/{id}': on('editInvestment', 'body'),
  'GET /budget/grants': signedIn(),
  'POST /budget/grants': on('editBody', 'body'),
  'PATCH /budget/grants/{id}': on('editBody', 'body', 'the body it is and the body it moves to'),
  'DELETE /budget/grants/{id}': on('editBody', 'body'),
  'GET /budget/balance': signedIn(),
  'PUT /budget/results/{year}/{source}': centralBudget,
  'DELETE /budget/results/{year}/{source}': centralBudget,
  'GET /budget/export/frames': signedIn(),
  'GET /budget/export/diff': signedIn(),
  'GET /budget/export/distribution': signedIn(),
  'GET /budget/export/investments': signedIn(),
  'GET /budget/export/grants': signedIn(),
  'GET /budget/export/balance': signedIn(),
  'POST /budget/versions/{id}/frames/import': centralBudget,
  'POST /budget/distribution/{bodyId}/import': on('editBody', 'body'),
  'GET /allocation/scenarios': signedIn('with canEdit'),
  'POST /allocation/scenarios': centralBudget,
  'GET /allocation/scenarios/{id}': signedIn('with canEdit'),
  'PATCH /allocation/scenarios/{id}': centralBudget,
  'DELETE /allocation/scenarios/{id}': centralBudget,
  'GET /allocation/compare': signedIn(),
  'POST /allocation/allocate': signedIn('computes only; stores nothing'),
  'POST /allocation/scenarios/{id}/base': centralBudget,
  'GET /population': signedIn(),
  'POST /population/import': centralBudget,
  'GET /allocation/export/scenario': signedIn(),
  'GET /allocation/export/bridge': signedIn(),
  'GET /allocation/export/compare': signedIn(),
  'GET /allocation/export/population': signedIn(),
  'POST /actuals/imports': on('manageLedger', 'centre'),
  'GET /actuals/outcome': signedIn('with canForecast, canManageLedger, canSetAnnualBudget'),
  'GET /actuals/outcome.xlsx': signedIn(),
  'PUT /actuals/forecasts/{unitId}/{year}': on('forecastActuals', 'unit'),
  'PUT /actuals/annual-budgets/{unitId}/{year}': on('manageLedger', 'unit'),
  'GET /actuals/mappings': signedIn(),
  'PUT /actuals/mappings/{code}': on('mapCode', 'unit', 'the unit mapped to and the one it leaves'),
  'GET /actuals/settings': signedIn('with canEdit'),
  'PUT /actuals/settings': on('manageLedger', 'centre'),
};
