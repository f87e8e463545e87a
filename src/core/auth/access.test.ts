import { describe, expect, it } from 'vitest';
import type { Role } from '../org/kinds.js';
import {
  type AccessContext,
  actsFor,
  ancestryOf,
  holds,
  holdsAnywhere,
  holdsAtCentre,
  holdsForBody,
  rolesAtCentre,
  type UnitNode,
} from './access.js';

// KF → KS → KLF → Ekonomi; KF → SN → SF → Hemtjänst; KF → Revisionen.
const tree: UnitNode[] = [
  { id: 'kf', kind: 'fullmaktige', parentId: null },
  { id: 'ks', kind: 'kommunstyrelse', parentId: 'kf' },
  { id: 'klf', kind: 'forvaltning', parentId: 'ks' },
  { id: 'eko', kind: 'avdelning', parentId: 'klf' },
  { id: 'sn', kind: 'namnd', parentId: 'kf' },
  { id: 'sf', kind: 'forvaltning', parentId: 'sn' },
  { id: 'ht', kind: 'enhet', parentId: 'sf' },
  { id: 'rev', kind: 'revision', parentId: 'kf' },
];
const ancestry = ancestryOf(tree);
const ctx = (...roles: [Role, string][]): AccessContext => ({
  personId: 'p',
  roles: roles.map(([role, orgUnitId]) => ({ role, orgUnitId })),
  ancestry,
});

describe('the access predicates', () => {
  it('a role reaches its unit and everything below it, nothing above or beside', () => {
    const c = ctx(['manager', 'sf']);
    expect(holds(c, 'reportValues', 'ht')).toBe(true);
    expect(holds(c, 'reportValues', 'sf')).toBe(true);
    expect(holds(c, 'reportValues', 'sn')).toBe(false);
    expect(holds(c, 'reportValues', 'klf')).toBe(false);
    expect(holds(c, 'manageOrg', 'ht')).toBe(false);
  });

  it('the centre is fullmäktige and the kommunstyrelse with everything under it', () => {
    expect([...rolesAtCentre(ctx(['admin', 'kf']))]).toEqual(['admin']);
    expect(holdsAtCentre(ctx(['controller', 'eko']), 'manageBudget')).toBe(true);
    expect(holdsAtCentre(ctx(['controller', 'ks']), 'manageLedger')).toBe(true);
    expect(holdsAtCentre(ctx(['controller', 'sf']), 'manageBudget')).toBe(false);
    expect(holdsAtCentre(ctx(['auditor', 'rev']), 'readAudit')).toBe(false);
    expect(holdsAtCentre(ctx(['elected', 'kf']), 'manageBudget')).toBe(false);
  });

  it('a förvaltning acts for the body directly above it, and only that one', () => {
    const sf = tree.find((u) => u.id === 'sf');
    expect(actsFor(sf, 'sn')).toBe(true);
    expect(actsFor(sf, 'kf')).toBe(false);
    expect(
      actsFor(
        tree.find((u) => u.id === 'ht'),
        'sn',
      ),
    ).toBe(false);
    expect(holdsForBody(ctx(['controller', 'sf']), 'forecastActuals', 'sn')).toBe(true);
    expect(holdsForBody(ctx(['controller', 'ht']), 'forecastActuals', 'sn')).toBe(false);
    // A role on KF reaches the nämnd's subtree but does not act for the nämnd.
    expect(holdsForBody(ctx(['controller', 'kf']), 'forecastActuals', 'sn')).toBe(false);
  });

  it('held anywhere looks at the role only', () => {
    expect(holdsAnywhere(ctx(['staff', 'ht']).roles, 'writeIndicators')).toBe(false);
    expect(holdsAnywhere(ctx(['elected', 'sn']).roles, 'writeIndicators')).toBe(true);
  });

  it('a unit outside the known lines grants nothing', () => {
    expect(holds(ctx(['admin', 'kf']), 'manageOrg', 'elsewhere')).toBe(false);
  });

  it('builds lines nearest first even when a parent is missing', () => {
    expect(ancestry.get('eko')?.map((u) => u.id)).toEqual(['eko', 'klf', 'ks', 'kf']);
    expect(
      ancestryOf([{ id: 'x', kind: 'enhet', parentId: 'gone' }])
        .get('x')
        ?.map((u) => u.id),
    ).toEqual(['x']);
  });
});
