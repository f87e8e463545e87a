import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.js';
import { bandOf, defaultAgeBands, parseBand, parseBands, toBands } from './bands.js';

describe('age bands', () => {
  it('reads SKR-style labels', () => {
    expect(parseBand('7-9')).toEqual({ label: '7-9', from: 7, to: 9 });
    expect(parseBand('6')).toEqual({ label: '6', from: 6, to: 6 });
    expect(parseBand('80-w')).toEqual({ label: '80-w', from: 80, to: null });
    expect(parseBand('65-')).toEqual({ label: '65-w', from: 65, to: null });
    expect(parseBand('100+ år')).toEqual({ label: '100-w', from: 100, to: null });
    expect(parseBand('9-7')).toBeNull();
    expect(parseBand('totalt')).toBeNull();
  });

  it('maps every single-year age to exactly one default band', () => {
    const bands = parseBands(defaultAgeBands);
    expect(bandOf(0, bands)?.label).toBe('0');
    expect(bandOf(6, bands)?.label).toBe('6');
    expect(bandOf(9, bands)?.label).toBe('7-9');
    expect(bandOf(64, bands)?.label).toBe('19-64');
    expect(bandOf(104, bands)?.label).toBe('80-w');
    for (let age = 0; age <= 110; age++) expect(bands.filter((b) => age >= b.from && (b.to === null || age <= b.to))).toHaveLength(1);
  });

  it('refuses overlapping or unreadable bands, naming the entry', () => {
    try {
      parseBands(['1-5', '5-7', 'x']);
      throw new Error('expected refusal');
    } catch (e) {
      expect(e).toBeInstanceOf(AppError);
      expect((e as AppError).fields.map((f) => f.field)).toEqual(['ageBands.1', 'ageBands.2']);
    }
  });

  it('sums single years into bands and reports what does not fit', () => {
    const bands = parseBands(['0-5', '6', '7-9']);
    const r = toBands(
      [
        { from: 0, to: 0, count: 10 },
        { from: 1, to: 5, count: 50 },
        { from: 6, to: 6, count: 7 },
        { from: 8, to: 12, count: 99 },
        { from: 40, to: 40, count: 1 },
      ],
      bands,
    );
    expect(Object.fromEntries(r.sums)).toEqual({ '0-5': 60, '6': 7 });
    expect(r.straddling).toEqual([{ from: 8, to: 12, count: 99 }]);
    expect(r.missing).toEqual(['7-9']);
  });
});
