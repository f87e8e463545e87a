// docs/POLICY.md written from the policy table, so the document cannot drift from what the
// matrix test enforces (policyDoc.test.ts fails when the file is out of date).
import { type Policy, operations } from './operations.js';
import { permissions } from './permissions.js';

const scopeText: Record<string, string> = {
  unit: 'on the unit concerned (a role reaches its unit and everything under it)',
  centre: 'at the centre (fullmäktige, or the kommunstyrelse and everything under it)',
  body: 'for the body (on the nämnd/styrelse itself or the förvaltning acting for it)',
  plan: 'on the plan (by its kind and unit)',
  anywhere: 'on any unit',
};

function who(p: Policy): string {
  if (p.access === 'public') return 'anyone, without signing in';
  if (p.access === 'signedIn') return 'anyone signed in to the municipality';
  if (p.access === 'own') return 'signed in; own objects only';
  return `\`${p.access}\` ${scopeText[p.scope]}`;
}

export function policyMarkdown(table: Record<string, Policy> = operations): string {
  const lines = [
    '# Access policy',
    '',
    '<!-- Generated from src/core/auth/operations.ts by `UPDATE_POLICY=1 npx vitest run src/core/auth/policyDoc.test.ts`; do not edit by hand. -->',
    '',
    'Who may call each operation of the API (paths below `/api`). The rules are the predicates of',
    '`src/core/auth/access.ts`; `src/server/auth/matrix.test.ts` calls every operation as each kind',
    'of caller and checks the answer against this table (decision 0017). An object of another',
    'municipality always answers 404.',
    '',
    '## Permissions',
    '',
    '| permission | roles |',
    '|---|---|',
    ...Object.entries(permissions).map(([name, roles]) => `| \`${name}\` | ${roles.join(', ')} |`),
    '',
    'Named rules: `readPlan`, `writePlan` (src/core/plans/rights.ts); `editBody`, `editInvestment`',
    '(src/core/budget/rights.ts); `workTask` (workableUnits, src/core/calendar/tasks.ts); `mapCode`',
    '(`manageLedger` on the unit mapped to and from, or at the centre).',
    '',
    '## Operations',
    '',
    '| operation | who may call it | note |',
    '|---|---|---|',
    ...Object.entries(table).map(([op, p]) => `| \`${op}\` | ${who(p)} | ${p.note ?? ''} |`),
    '',
  ];
  return lines.join('\n');
}
