// Swedish and English carry the same keys, and the status words are core's, word for word.
import { describe, expect, it } from 'vitest';
import { assessmentName, assessments } from '../../core/indicators/status.js';
import en from './en.json' with { type: 'json' };
import sv from './sv.json' with { type: 'json' };

const keys = (o: object, prefix = ''): string[] =>
  Object.entries(o).flatMap(([k, v]) => (v && typeof v === 'object' ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));

describe('translations', () => {
  it('have identical key sets', () => {
    expect(keys(en).sort()).toEqual(keys(sv).sort());
  });

  it('name the statuses as core does', () => {
    for (const a of assessments) expect(sv.assessment[a]).toBe(assessmentName[a]);
  });
});
