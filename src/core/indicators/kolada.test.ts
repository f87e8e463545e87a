import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.js';
import { guessFormat, parseKoladaCsv, parseKoladaFile, parseKoladaJson, parseYears, readKoladaPage, unitFromTitle } from './kolada.js';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, '../../../fixtures/kolada', name), 'utf8');

/** The error a call throws, so a test can look at its message and fields. */
function refusal(fn: () => unknown): AppError {
  try {
    fn();
  } catch (err) {
    if (err instanceof AppError) return err;
    throw err;
  }
  throw new Error('expected a refusal');
}

describe('Kolada CSV export', () => {
  it('reads the real N00945 file (Källa: Kolada)', () => {
    const rows = parseKoladaCsv(fixture('rKolada_n00945.csv'));
    expect(rows).toHaveLength(63);
    expect(rows[0]).toEqual({ kpi: 'N00945', areaCode: '0180', period: 2000, gender: 'T', value: 31.32959689, count: 1, status: '' });
    expect(new Set(rows.map((r) => r.areaCode))).toEqual(new Set(['0180', '1280', '1480']));
  });

  it('reads the real BRP file of a municipality group (Källa: Kolada)', () => {
    const rows = parseKoladaCsv(fixture('rKolada_grp_data.csv'));
    expect(rows).toHaveLength(192);
    expect(new Set(rows.map((r) => r.kpi))).toEqual(new Set(['N03702', 'N03703']));
    expect(rows.find((r) => r.areaCode === '0319' && r.period === 2012 && r.kpi === 'N03702')?.value).toBe(253.891158);
  });

  it('takes the columns in any order, semicolons, decimal commas, and NA or empty as no value', () => {
    const text = 'municipality_id;year;kpi;value;gender\n0482;2023;N00945;NA;T\n0482;2022;N00945;;K\n0482;2021;N00945;12,5;M\n';
    expect(parseKoladaCsv(text).map((r) => [r.period, r.gender, r.value, r.count, r.status])).toEqual([
      [2023, 'T', null, null, ''],
      [2022, 'K', null, null, ''],
      [2021, 'M', 12.5, null, ''],
    ]);
  });

  it('refuses a bad number with its line and field, and reports every error', () => {
    const lines = fixture('rKolada_n00945.csv').split('\n');
    lines[4] = lines[4]?.replace('31.90900747', 'trettio') ?? '';
    lines[6] = lines[6]?.replace('"T"', '"F"') ?? '';
    const err = refusal(() => parseKoladaCsv(lines.join('\n')));
    expect(err.code).toBe('validation');
    expect(err.message).toMatch(
      /^Filen kan inte läsas in\. Rad 5, fältet value: "trettio" är inget tal \(och 1 fel till\)\. Inget av den har sparats\.$/,
    );
    expect(err.fields).toEqual([
      { field: 'rad 5: value', message: '"trettio" är inget tal.' },
      { field: 'rad 7: gender', message: '"F" är inget kön som Kolada använder (T, K eller M).' },
    ]);
  });

  it('names a missing column and a broken line', () => {
    expect(refusal(() => parseKoladaCsv('"kpi","year","value"\n"N00945",2020,1\n')).fields).toEqual([
      {
        field: 'rad 1: municipality_id',
        message: 'kolumnen saknas (rubrikraden ska ha municipality_id eller area_code eller municipality).',
      },
      { field: 'rad 1: gender', message: 'kolumnen saknas (rubrikraden ska ha gender).' },
    ]);
    const broken = refusal(() => parseKoladaCsv('kpi,year,municipality_id,gender,value\nN00945,2020,0482,T,1\nN00945,2021,"0482,T,2\n'));
    expect(broken.fields[0]?.field).toBe('rad 3');
  });

  it('refuses the same value twice with different numbers, and drops an exact repeat', () => {
    const head = 'kpi,year,municipality_id,gender,value\n';
    expect(parseKoladaCsv(`${head}N00945,2020,0482,T,1\nN00945,2020,0482,T,1\n`)).toHaveLength(1);
    const err = refusal(() => parseKoladaCsv(`${head}N00945,2020,0482,T,1\nN00945,2020,0482,T,2\n`));
    expect(err.fields).toEqual([{ field: 'rad 3', message: 'samma KPI, område, år och kön som rad 2 men ett annat värde.' }]);
  });
});

const v3 = {
  values: [
    {
      kpi: 'N00945',
      period: 2023,
      municipality: '0482',
      values: [
        { gender: 'T', value: 1.0, status: '', count: 1, isdeleted: false },
        { gender: 'K', value: 2.5, status: '', count: 1, isdeleted: false },
        { gender: 'M', value: null, status: 'Missing', count: 0, isdeleted: false },
      ],
    },
    { kpi: 'N00945', period: 2022, municipality: '0000', values: [{ gender: 'T', value: 9, status: '', count: 1, isdeleted: true }] },
  ],
  next_url: null,
};

describe('Kolada JSON answer', () => {
  it('reads a v3 answer and skips deleted values', () => {
    const page = parseKoladaJson(JSON.stringify(v3));
    expect(page.next).toBeNull();
    expect(page.rows).toEqual([
      { kpi: 'N00945', areaCode: '0482', period: 2023, gender: 'T', value: 1, count: 1, status: '' },
      { kpi: 'N00945', areaCode: '0482', period: 2023, gender: 'K', value: 2.5, count: 1, status: '' },
      { kpi: 'N00945', areaCode: '0482', period: 2023, gender: 'M', value: null, count: 0, status: 'Missing' },
    ]);
  });

  it('reads a v2 answer: the period as a string and next_page', () => {
    const v2 = {
      values: [{ kpi: 'N00945', period: '2009', municipality: '1860', values: [{ gender: 'T', value: 3, status: '', count: 1 }] }],
    };
    const page = readKoladaPage({ ...v2, next_page: 'http://api.kolada.se/v2/next' });
    expect(page.rows[0]?.period).toBe(2009);
    expect(page.next).toBe('http://api.kolada.se/v2/next');
  });

  it('refuses an unknown gender by its JSON path', () => {
    const doc = structuredClone(v3);
    (doc.values[0]?.values[1] as { gender: string }).gender = 'F';
    const err = refusal(() => parseKoladaJson(JSON.stringify(doc)));
    expect(err.fields).toEqual([{ field: 'values[0].values[1].gender', message: '"F" är inget kön som Kolada använder (T, K eller M).' }]);
    expect(err.message).toMatch(/values\[0\]\.values\[1\]\.gender: "F" är inget kön/);
  });

  it('names the entry field of a bad period and the line of broken JSON', () => {
    const doc = structuredClone(v3) as { values: { period: unknown }[] };
    (doc.values[1] as { period: unknown }).period = 'i fjol';
    (doc.values[0] as { period: unknown }).period = 'i fjol';
    expect(refusal(() => readKoladaPage(doc)).fields[0]?.field).toBe('values[0].period');
    expect(refusal(() => parseKoladaJson('{\n "values": [\n }')).fields[0]?.field).toBe('rad 3');
  });

  it('refuses a file without values', () => {
    expect(refusal(() => parseKoladaFile('csv', 'kpi,year,municipality_id,gender,value\n')).message).toBe(
      'Filen innehåller inga Kolada-värden.',
    );
  });
});

describe('import requests', () => {
  it('reads years as a range or a list', () => {
    expect(parseYears('2019-2022')).toEqual([2019, 2020, 2021, 2022]);
    expect(parseYears('2021,2019')).toEqual([2019, 2021]);
    expect(parseYears([2020])).toEqual([2020]);
    expect(refusal(() => parseYears('förra året')).fields).toEqual([{ field: 'years', message: 'Ogiltiga år.' }]);
  });

  it('guesses the format and the unit', () => {
    expect(guessFormat('data.json', '')).toBe('json');
    expect(guessFormat('data', ' {"values":[]}')).toBe('json');
    expect(guessFormat('data.txt', '"kpi"')).toBe('csv');
    expect(unitFromTitle('Sjukfrånvaro totalt bland anställda, kommun, andel (%)')).toBe('%');
    expect(unitFromTitle('Personalkostnader, kr/inv')).toBe('kr/inv');
    expect(unitFromTitle('Invånare totalt, antal')).toBe('antal');
    expect(unitFromTitle('Årets resultat som andel av skatt och generella statsbidrag, kommun (%)')).toBe('%');
    expect(unitFromTitle('Brukarbedömning, helhetssyn')).toBe('');
  });
});
