// The two Kolada imports as jobs: values from a file (already read and checked before the job
// starts) and values from the live API (fetched in full, then stored).
import type { Kysely } from 'kysely';
import type { KoladaFormat, KoladaRow } from '../../../core/indicators/kolada.js';
import type { DB } from '../../db/schema.js';
import { fetchValues, type KoladaClientOptions, type KoladaQuery } from './client.js';
import type { JobOutcome, JobSpec, Reporter } from './jobs.js';
import { type StoreResult, storeValues } from './store.js';

/** The line a person reads when an import is done. */
export function summaryLine(r: StoreResult): string {
  const own = r.measurements.inserted + r.measurements.updated;
  const measured = own ? `; ${own} utfall för kommunens indikatorer nya eller ändrade` : '';
  return `${r.inserted} nya, ${r.updated} ändrade, ${r.unchanged} oförändrade värden${measured}.`;
}

async function store(db: Kysely<DB>, m: string, actorId: string | null, rows: KoladaRow[], report: Reporter, importId?: string) {
  const result = await storeValues(db, m, rows, actorId, (done, total) => report(done, total, `Sparar värden: ${done} av ${total}.`), {
    importId,
  });
  return { message: summaryLine(result), result } satisfies JobOutcome;
}

export function fileImport(
  db: Kysely<DB>,
  who: { municipalityId: string; actorId: string | null },
  file: { format: KoladaFormat; name?: string; rows: KoladaRow[] },
): JobSpec {
  return {
    ...who,
    kind: 'kolada_file',
    // The file itself is not kept: its rows are in kolada_value once the job is done.
    params: { format: file.format, name: file.name ?? null, rows: file.rows.length },
    work: (report, jobId) => store(db, who.municipalityId, who.actorId, file.rows, report, jobId),
  };
}

export function apiImport(
  db: Kysely<DB>,
  who: { municipalityId: string; actorId: string | null },
  query: KoladaQuery,
  client: KoladaClientOptions = {},
): JobSpec {
  return {
    ...who,
    kind: 'kolada_api',
    params: query,
    work: async (report, jobId) => {
      await report(0, null, 'Hämtar värden från Kolada.');
      const rows = await fetchValues(query, {
        ...client,
        onPage: (n, pages) => report(0, null, `Hämtar värden från Kolada: ${n} värden på ${pages} sidor.`),
      });
      return store(db, who.municipalityId, who.actorId, rows, report, jobId);
    },
  };
}
