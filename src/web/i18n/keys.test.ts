// Swedish and English carry the same keys, and the status words are core's, word for word.
import { describe, expect, it } from 'vitest';
import { assessmentName, assessments } from '../../core/indicators/status.js';
import enBase from './en.json' with { type: 'json' };
import svBase from './sv.json' with { type: 'json' };
import { en, enAreas, sv, svAreas } from './resources.js';

const keys = (o: object, prefix = ''): string[] =>
  Object.entries(o).flatMap(([k, v]) => (v && typeof v === 'object' ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));

describe('translations', () => {
  it('have identical key sets', () => {
    expect(keys(en).sort()).toEqual(keys(sv).sort());
  });

  it('keep each area in its own file: no section is defined twice', () => {
    const sections = [svBase, ...svAreas].flatMap((o) => Object.keys(o));
    expect(sections.length).toBe(new Set(sections).size);
    expect([enBase, ...enAreas].flatMap((o) => Object.keys(o)).length).toBe(Object.keys(en).length);
  });

  it('name the statuses as core does', () => {
    for (const a of assessments) expect(sv.assessment[a]).toBe(assessmentName[a]);
  });
});
