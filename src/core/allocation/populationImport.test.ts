import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.js';
import { parsePopulationCsv } from './populationCsv.js';
import { selectRegion } from './populationImport.js';
import { parsePxWeb } from './pxweb.js';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, '../../../fixtures/population', name), 'utf8');
const refusal = (fn: () => unknown): AppError => {
  try {
    fn();
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error('expected a refusal');
};

describe('PxWeb JSON-stat2', () => {
  it("reads SCB's real TAB638 answer: Riket, 0 years, 31 Dec 2024", () => {
    const r = parsePxWeb(fixture('pxweb_fixture_TAB638_riket_OG_0ar_man_2024.json'));
    expect(r.rows).toEqual([{ region: '00 Riket', date: '2024-12-31', from: 0, to: 0, count: 50937, kind: 'actual' }]);
    expect(r.source).toBe('SCB');
  });

  it('sums over sex, reads bands and open ages, and finds time by role', () => {
    const doc = {
      class: 'dataset',
      label: 'Framskrivning av befolkningen efter ålder, kön och år',
      id: ['Region', 'Kon', 'Alder', 'Tid'],
      size: [1, 2, 3, 2],
      role: { time: ['Tid'] },
      dimension: {
        Region: { category: { index: { '0482': 0 }, label: { '0482': 'Flen' } } },
        Kon: { category: { index: { '1': 0, '2': 1 }, label: { '1': 'män', '2': 'kvinnor' } } },
        Alder: { category: { index: { '7-9': 0, '10': 1, '100+': 2 }, label: { '100+': '100+ år' } } },
        Tid: { category: { index: ['2026', '2027'] } },
      },
      value: [1, 2, 3, 4, 5, 6, 10, 20, 30, 40, 50, 60],
    };
    const r = parsePxWeb(JSON.stringify(doc));
    expect(r.rows).toContainEqual({ region: '0482 Flen', date: '2026-12-31', from: 7, to: 9, count: 11, kind: 'forecast' });
    expect(r.rows).toContainEqual({ region: '0482 Flen', date: '2027-12-31', from: 100, to: null, count: 66, kind: 'forecast' });
    expect(r.rows).toHaveLength(6);
  });

  it("uses a dimension's total when it has one instead of summing", () => {
    const doc = {
      id: ['Kon', 'Tid'],
      size: [3, 1],
      dimension: { Kon: { category: { index: { '1': 0, '2': 1, '1+2': 2 } } }, Tid: { category: { index: { '2024': 0 } } } },
      value: [5, 6, 11],
    };
    expect(parsePxWeb(JSON.stringify(doc)).rows).toEqual([
      { region: null, date: '2024-12-31', from: 0, to: null, count: 11, kind: 'actual' },
    ]);
  });

  it('refuses what is not JSON-stat2, a missing value, or a time that is not a year', () => {
    expect(refusal(() => parsePxWeb('{')).message).toMatch(/inte giltig JSON/);
    expect(refusal(() => parsePxWeb('{"a":1}')).message).toMatch(/JSON-stat2/);
    const doc = { id: ['Tid'], size: [2], dimension: { Tid: { category: { index: { '2024': 0, '2025M01': 1 } } } }, value: [1, null] };
    expect(refusal(() => parsePxWeb(JSON.stringify(doc))).fields[0]?.field).toBe('dimension.Tid');
    (doc.dimension.Tid.category as { index: Record<string, number> }).index = { '2024': 0, '2025': 1 };
    expect(refusal(() => parsePxWeb(JSON.stringify(doc))).message).toMatch(/Värde saknas för Tid=2025/);
  });
});

describe('population CSV', () => {
  it('reports every bad line, each by its line and column, up to 50', () => {
    const e = refusal(() => parsePopulationCsv('datum,ålder,antal\n2040,x,1\n2040,5,-2\n2040,6,3\n2040,y,1\n'));
    expect(e.fields.map((f) => f.field)).toEqual(['rad 2.ålder', 'rad 3.antal', 'rad 5.ålder']);
    const many = `datum,ålder,antal\n${Array.from({ length: 80 }, () => '2040,x,1').join('\n')}`;
    expect(refusal(() => parsePopulationCsv(many)).fields).toHaveLength(50);
  });

  it("reads regionfakta's wide file of Flen, checking the bands against the total", () => {
    const r = parsePopulationCsv(fixture('flen_folkmangd_aldersgrupp_regionfakta.csv'));
    const flen = selectRegion(r.rows, { name: 'Flens kommun', code: '0482' });
    expect(flen).toHaveLength(10);
    expect(flen).toContainEqual({ region: 'Flen', date: '2018-12-31', from: 65, to: null, count: 4587, kind: null });
    expect(flen.filter((x) => x.date === '2016-12-31').reduce((a, x) => a + x.count, 0)).toBe(16830);
  });

  it('reads the totals file as the whole population', () => {
    const r = parsePopulationCsv(fixture('flen_folkmangd_total_regionfakta.csv'));
    expect(r.rows).toContainEqual({ region: 'Flen', date: '2022-12-31', from: 0, to: null, count: 16058, kind: null });
    expect(r.rows).toHaveLength(5);
  });

  it('asks which region when a file has several and none is named', () => {
    const r = parsePopulationCsv(fixture('flen_folkmangd_aldersgrupp_regionfakta.csv'));
    expect(refusal(() => selectRegion(r.rows, {})).message).toMatch(/flera regioner \(Flen, Södermanlands län, Riket\)/);
    expect(selectRegion(r.rows, { region: 'riket' })).toHaveLength(10);
  });

  it('reads a long file with semicolons, decimal commas, sex and kind', () => {
    const csv = 'datum;ålder;kön;antal;typ\n2026;7-9;män;340,5;prognos\n2026;7-9;kvinnor;330;prognos\n2025-12-31;80-w;män;400;utfall\n';
    expect(parsePopulationCsv(csv).rows).toEqual([
      { region: null, date: '2026-12-31', from: 7, to: 9, count: 670.5, kind: 'forecast' },
      { region: null, date: '2025-12-31', from: 80, to: null, count: 400, kind: 'actual' },
    ]);
  });

  it('names the line and column of an error', () => {
    expect(refusal(() => parsePopulationCsv('datum,ålder,antal\n2024,7,10\n2024,x,3\n')).message).toBe(
      'Rad 3, kolumn ålder: "x" är ingen ålder eller åldersgrupp.',
    );
    expect(refusal(() => parsePopulationCsv('datum,ålder,antal\n2024,7,-1\n')).fields[0]?.field).toBe('rad 2.antal');
    expect(refusal(() => parsePopulationCsv('datum,ålder,antal\n2024,7,1\n2024,7,2\n')).message).toMatch(
      /rad 3: samma region, datum och ålder som rad 2/,
    );
    expect(refusal(() => parsePopulationCsv('datum,0-15,16-w,totalt\n2024,1,2,4\n')).message).toMatch(
      /Rad 2: åldersgrupperna summerar till 3/,
    );
    expect(refusal(() => parsePopulationCsv('namn,antal\nx,1\n')).message).toMatch(/Rad 1: en kolumn med datum/);
    expect(refusal(() => parsePopulationCsv('datum,antal\n31/12/2024,1\n')).message).toMatch(/Rad 2, kolumn datum/);
  });
});
