// The live Kolada API (v3): values for KPIs, areas and years, page by page. Kolada refuses more
// than 25 ids in one path segment, so every segment is cut into chunks of 25 and each
// combination of chunks is asked for. Network errors, 5xx and 429 are retried with backoff.
import { setTimeout as sleep } from 'node:timers/promises';
import { fail } from '../../../core/errors.js';
import { type KoladaRow, readKoladaPage } from '../../../core/indicators/kolada.js';

export const defaultBaseUrl = 'https://api.kolada.se/v3';
export const maxIdsPerSegment = 25;

export interface KoladaQuery {
  kpis: string[];
  /** Kolada area codes: municipalities (0482), the nation (0000), regions, groups. */
  municipalities: string[];
  years: number[];
}

export interface KoladaClientOptions {
  /** Else KOLADA_BASE_URL, else the public v3 API. */
  baseUrl?: string;
  /** Waits before each retry; three retries by default. */
  retryDelaysMs?: number[];
  perPage?: number;
  timeoutMs?: number;
  /** Told after every page: the rows so far and the pages so far. */
  onPage?: (rows: number, pages: number) => void | Promise<void>;
}

export const baseUrlOf = (opts: KoladaClientOptions = {}) =>
  (opts.baseUrl ?? process.env.KOLADA_BASE_URL ?? defaultBaseUrl).replace(/\/+$/, '');

export function chunk<T>(list: T[], size = maxIdsPerSegment): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

/** Every path the query needs: the cartesian product of the chunks of each segment. */
export function dataPaths(q: KoladaQuery): string[] {
  const paths: string[] = [];
  for (const k of chunk(q.kpis))
    for (const m of chunk(q.municipalities))
      for (const y of chunk(q.years)) paths.push(`/data/kpi/${k.join(',')}/municipality/${m.join(',')}/year/${y.join(',')}`);
  return paths;
}

const retryable = (status: number) => status === 429 || status >= 500;

type Attempt = { done: true; body: unknown } | { done: false; problem: string };

/** One request. What is worth retrying comes back as a problem; what is not is thrown. */
async function attempt(url: URL, opts: KoladaClientOptions): Promise<Attempt> {
  let res: Response;
  try {
    res = await fetch(url, { headers: { accept: 'application/json' }, signal: AbortSignal.timeout(opts.timeoutMs ?? 30_000) });
  } catch (err) {
    return { done: false, problem: err instanceof Error && err.name === 'TimeoutError' ? 'svarade inte i tid' : 'gick inte att nå' };
  }
  if (retryable(res.status)) return { done: false, problem: `svarade HTTP ${res.status}` };
  if (!res.ok) throw fail('validation', `Kolada tog inte emot frågan (HTTP ${res.status}) för ${url.pathname}.`);
  try {
    return { done: true, body: await res.json() };
  } catch {
    return { done: false, problem: 'svarade med något som inte är JSON' };
  }
}

/** A GET with retries; the last failure becomes an error a person can act on. */
async function getJson(url: URL, opts: KoladaClientOptions): Promise<unknown> {
  const delays = opts.retryDelaysMs ?? [200, 400, 800];
  let problem = '';
  for (let i = 0; i <= delays.length; i++) {
    if (i > 0) await sleep(delays[i - 1]);
    const r = await attempt(url, opts);
    if (r.done) return r.body;
    problem = r.problem;
  }
  throw fail(
    'unavailable',
    `Kolada ${problem} (${url.origin}) efter ${delays.length + 1} försök. Kontrollera nätverket eller KOLADA_BASE_URL och försök igen senare.`,
  );
}

/** The next page's URL, only on Kolada's own host: a next_url elsewhere is not followed. */
function nextUrl(next: string, current: URL): URL {
  const url = new URL(next, current);
  if (url.origin !== current.origin)
    throw fail('unavailable', `Kolada pekade vidare till en annan adress (${url.origin}); den följs inte.`);
  return url;
}

/** The values of one path, page by page, following next_url until it is null. */
export async function* fetchPages(path: string, opts: KoladaClientOptions = {}): AsyncGenerator<KoladaRow[]> {
  let url: URL | null = new URL(`${baseUrlOf(opts)}${path}`);
  url.searchParams.set('per_page', String(opts.perPage ?? 5000));
  while (url) {
    const page = readKoladaPage(await getJson(url, opts));
    yield page.rows;
    url = page.next ? nextUrl(page.next, url) : null;
  }
}

/** All values the query asks for. Fetched in full before anything is stored, so an unreachable
 *  Kolada leaves the database as it was. */
export async function fetchValues(q: KoladaQuery, opts: KoladaClientOptions = {}): Promise<KoladaRow[]> {
  const rows: KoladaRow[] = [];
  let pages = 0;
  for (const path of dataPaths(q))
    for await (const page of fetchPages(path, opts)) {
      for (const r of page) rows.push(r);
      await opts.onPage?.(rows.length, ++pages);
    }
  return rows;
}
