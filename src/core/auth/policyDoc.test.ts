import { readFileSync, writeFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { policyMarkdown } from './policyDoc.js';

const file = new URL('../../../docs/POLICY.md', import.meta.url);

it('docs/POLICY.md is the policy table as it is now', () => {
  if (process.env.UPDATE_POLICY === '1') writeFileSync(file, policyMarkdown());
  expect(readFileSync(file, 'utf8')).toBe(policyMarkdown());
});
