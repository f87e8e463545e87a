import { describe, expect, it } from 'vitest';
import { fileName, toCsv } from '../../csv.js';
import { parseDecimal } from '../../parseInput.js';
import { parsePaste, rowErrorIndex } from './paste.js';

const units = [
  { id: '7c0f6b1e-0000-4000-8000-000000000001', name: 'Hemtjänst Flen', shortName: 'HT Flen' },
  { id: '7c0f6b1e-0000-4000-8000-000000000002', name: 'Vård och omsorg' },
];

describe('numbers typed the Swedish way', () => {
  it('reads decimal comma, space thousands and the true minus', () => {
    expect(parseDecimal('1 234,5')).toBe(1234.5);
    expect(parseDecimal('1\u00a0234,5')).toBe(1234.5);
    expect(parseDecimal('\u22123,2')).toBe(-3.2);
    expect(parseDecimal('12.5')).toBe(12.5);
    expect(parseDecimal('1.234,5')).toBe(1234.5);
    expect(parseDecimal('')).toBeNull();
    expect(parseDecimal('tolv')).toBeNaN();
  });
});

describe('rows pasted from Excel', () => {
  it('reads unit by name or id, period, optional gender, value and comment, skipping a header', () => {
    const text = [
      'Enhet\tPeriod\tKön\tVärde\tKommentar',
      'Hemtjänst Flen\t2026-t1\tKvinnor\t11,5\tFörsta tertialet',
      `${units[1]?.id}\t2026\t1 234`,
      '',
      'ht flen\t2026-T2\tM\t\u22122',
    ].join('\n');
    const rows = parsePaste(text, units);
    expect(rows.map((r) => [r.line, r.orgUnitName, r.period, r.gender, r.value, r.comment, r.problems])).toEqual([
      [2, 'Hemtjänst Flen', '2026-T1', 'K', 11.5, 'Första tertialet', []],
      [3, 'Vård och omsorg', '2026', 'T', 1234, '', []],
      [5, 'Hemtjänst Flen', '2026-T2', 'M', -2, '', []],
    ]);
  });

  it('names what is wrong on a line', () => {
    const rows = parsePaste('Okänd enhet\tmaj\ttolv\nHemtjänst Flen\t2026-13\t3', units);
    expect(rows[0]?.problems).toEqual(['unit', 'period', 'value']);
    expect(rows[1]?.problems).toEqual(['period']);
  });

  it('maps the server’s row errors back to the row', () => {
    expect(rowErrorIndex('rows.3.period')).toEqual({ index: 3, field: 'period' });
    expect(rowErrorIndex('name')).toBeNull();
  });
});

describe('CSV for Swedish Excel', () => {
  it('has a BOM, semicolons, decimal commas and quotes where needed', () => {
    expect(
      toCsv(
        ['Område', '2024'],
        [
          ['Flen; kommun', 31.2],
          ['Riket', null],
        ],
      ),
    ).toBe('\uFEFFOmråde;2024\r\n"Flen; kommun";31,2\r\nRiket;\r\n');
    expect(fileName('Jämförelse: Andel (%) – Flen')).toBe('Jamforelse-Andel-Flen.csv');
  });
});
