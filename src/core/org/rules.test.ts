import { describe, expect, it } from 'vitest';
import type { AppError } from '../errors.js';
import { allowedParents, checkClosing, checkPlacement } from './rules.js';
import { orgUnitKinds, type OrgUnitKind } from './kinds.js';

const unit = (kind: OrgUnitKind, id: string = kind, closedOn: string | null = null) => ({ id, kind, closedOn });
const ctx = { openOfSameKind: 0, openForvaltningarUnderParent: 0 };
const ruleOf = (fn: () => void) => {
  try {
    fn();
    return null;
  } catch (e) {
    return (e as AppError).rule;
  }
};

describe('placement rules', () => {
  it('allows exactly the parents of the table and refuses every other kind', () => {
    for (const kind of orgUnitKinds) {
      for (const parentKind of orgUnitKinds) {
        const rule = ruleOf(() => checkPlacement({ ...ctx, kind, parent: unit(parentKind) }));
        expect(rule === null, `${kind} under ${parentKind}`).toBe(allowedParents[kind].includes(parentKind));
      }
    }
  });

  it('keeps fullmäktige at the root and the others under something', () => {
    expect(ruleOf(() => checkPlacement({ ...ctx, kind: 'fullmaktige', parent: null }))).toBeNull();
    expect(ruleOf(() => checkPlacement({ ...ctx, kind: 'enhet', parent: null }))).toBe('parent_required');
  });

  it('allows one fullmäktige, one KS and one revision', () => {
    expect(ruleOf(() => checkPlacement({ ...ctx, kind: 'kommunstyrelse', parent: unit('fullmaktige'), openOfSameKind: 1 }))).toBe(
      'single_kommunstyrelse',
    );
    expect(ruleOf(() => checkPlacement({ ...ctx, kind: 'namnd', parent: unit('fullmaktige'), openOfSameKind: 5 }))).toBeNull();
  });

  it('gives a nämnd at most one förvaltning', () => {
    expect(ruleOf(() => checkPlacement({ ...ctx, kind: 'forvaltning', parent: unit('namnd'), openForvaltningarUnderParent: 1 }))).toBe(
      'one_forvaltning_per_namnd',
    );
  });

  it('refuses closed parents and cycles', () => {
    expect(ruleOf(() => checkPlacement({ ...ctx, kind: 'enhet', parent: unit('avdelning', 'a', '2025-01-01') }))).toBe('parent_closed');
    expect(ruleOf(() => checkPlacement({ ...ctx, kind: 'avdelning', parent: unit('forvaltning', 'f'), ownSubtree: new Set(['f']) }))).toBe(
      'no_cycle',
    );
  });

  it('closes only units without open children', () => {
    expect(ruleOf(() => checkClosing(2, null))).toBe('close_children_first');
    expect(ruleOf(() => checkClosing(0, '2025-01-01'))).toBe('already_closed');
    expect(ruleOf(() => checkClosing(0, null))).toBeNull();
  });
});
