// The Kolada client against a local stub server: paging, chunking, retries and failure.
import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../core/errors.js';
import { dataPaths, fetchValues } from './client.js';
import { deadBaseUrl, entry, type KoladaStub, koladaStub, sendJson } from './stub.js';

const fast = { retryDelaysMs: [1, 2, 4] };
let stub: KoladaStub | null = null;
afterEach(async () => {
  await stub?.close();
  stub = null;
});

async function failure(p: Promise<unknown>): Promise<AppError> {
  try {
    await p;
  } catch (err) {
    if (err instanceof AppError) return err;
    throw err;
  }
  throw new Error('expected a failure');
}

describe('Kolada API client', () => {
  it('follows next_url until it is null', async () => {
    stub = await koladaStub((url, res) => {
      const page = Number(url.searchParams.get('page') ?? 1);
      const next = page < 3 ? `${stub?.baseUrl}${url.pathname.replace(/^\/v3/, '')}?page=${page + 1}&per_page=2` : null;
      sendJson(res, { values: [entry('N00945', '0482', 2018 + page, page)], next_url: next });
    });
    const pages: number[] = [];
    const rows = await fetchValues(
      { kpis: ['N00945'], municipalities: ['0482'], years: [2019, 2020, 2021] },
      { ...fast, baseUrl: stub.baseUrl, onPage: (_n, p) => void pages.push(p) },
    );
    expect(rows.map((r) => [r.period, r.value])).toEqual([
      [2019, 1],
      [2020, 2],
      [2021, 3],
    ]);
    expect(pages).toEqual([1, 2, 3]);
    expect(stub.requests.map((u) => `${u.pathname}${u.search}`)).toEqual([
      '/v3/data/kpi/N00945/municipality/0482/year/2019,2020,2021?per_page=5000',
      '/v3/data/kpi/N00945/municipality/0482/year/2019,2020,2021?page=2&per_page=2',
      '/v3/data/kpi/N00945/municipality/0482/year/2019,2020,2021?page=3&per_page=2',
    ]);
  });

  it('asks for at most 25 ids per path segment, every combination of chunks', async () => {
    stub = await koladaStub((_url, res) => sendJson(res, { values: [], next_url: null }));
    const kpis = Array.from({ length: 30 }, (_, i) => `N${String(i).padStart(5, '0')}`);
    const municipalities = Array.from({ length: 26 }, (_, i) => String(100 + i).padStart(4, '0'));
    const years = Array.from({ length: 27 }, (_, i) => 1990 + i);
    await fetchValues({ kpis, municipalities, years }, { ...fast, baseUrl: stub.baseUrl });
    const segments = stub.requests.map((u) => u.pathname.split('/').filter((_, i) => [4, 6, 8].includes(i)));
    expect(segments).toHaveLength(2 * 2 * 2);
    for (const s of segments) for (const ids of s) expect(ids.split(',').length).toBeLessThanOrEqual(25);
    expect(stub.requests.map((u) => u.pathname.replace('/v3', ''))).toEqual(dataPaths({ kpis, municipalities, years }));
    expect(new Set(segments.flatMap((s) => s[0]?.split(',')))).toEqual(new Set(kpis));
    expect(new Set(segments.flatMap((s) => s[2]?.split(',').map(Number)))).toEqual(new Set(years));
  });

  it('retries a 503 and a 429, then succeeds', async () => {
    let calls = 0;
    stub = await koladaStub((_url, res) => {
      calls++;
      if (calls === 1) return sendJson(res, { error: 'busy' }, 503);
      if (calls === 2) return sendJson(res, { error: 'slow down' }, 429);
      sendJson(res, { values: [entry('N00945', '0000', 2023, 31.5)], next_url: null });
    });
    const rows = await fetchValues({ kpis: ['N00945'], municipalities: ['0000'], years: [2023] }, { ...fast, baseUrl: stub.baseUrl });
    expect(rows).toEqual([{ kpi: 'N00945', areaCode: '0000', period: 2023, gender: 'T', value: 31.5, count: 1, status: '' }]);
    expect(calls).toBe(3);
  });

  it('gives up after three retries of a server error with a clear message', async () => {
    stub = await koladaStub((_url, res) => sendJson(res, {}, 502));
    const err = await failure(
      fetchValues({ kpis: ['N00945'], municipalities: ['0482'], years: [2023] }, { ...fast, baseUrl: stub.baseUrl }),
    );
    expect(err.code).toBe('unavailable');
    expect(err.message).toMatch(/^Kolada svarade HTTP 502 \(http:\/\/127\.0\.0\.1:\d+\) efter 4 försök\./);
    expect(stub.requests).toHaveLength(4);
  });

  it('says clearly when Kolada cannot be reached', async () => {
    const baseUrl = await deadBaseUrl();
    const err = await failure(fetchValues({ kpis: ['N00945'], municipalities: ['0482'], years: [2023] }, { ...fast, baseUrl }));
    expect(err.code).toBe('unavailable');
    expect(err.message).toMatch(/^Kolada gick inte att nå \(http:\/\/127\.0\.0\.1:\d+\) efter 4 försök\. Kontrollera nätverket/);
  });

  it('refuses an answer in the wrong shape and a next_url on another host', async () => {
    stub = await koladaStub((url, res) =>
      url.pathname.includes('/year/2023')
        ? sendJson(res, { values: [{ ...entry('N00945', '0482', 2023, 1), values: [{ gender: 'X', value: 1 }] }] })
        : sendJson(res, { values: [], next_url: 'http://example.org/v3/next' }),
    );
    const shape = await failure(
      fetchValues({ kpis: ['N00945'], municipalities: ['0482'], years: [2023] }, { ...fast, baseUrl: stub.baseUrl }),
    );
    expect(shape.fields).toEqual([
      { field: 'values[0].values[0].gender', message: '"X" är inget kön som Kolada använder (T, K eller M).' },
    ]);
    expect(shape.message).toMatch(/^Svaret från Kolada kan inte läsas in/);
    const away = await failure(
      fetchValues({ kpis: ['N00945'], municipalities: ['0482'], years: [2022] }, { ...fast, baseUrl: stub.baseUrl }),
    );
    expect(away.message).toMatch(/annan adress \(http:\/\/example\.org\)/);
  });
});
