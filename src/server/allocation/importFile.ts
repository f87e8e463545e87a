// One population import, as the API and the CLI both run it: parse, pick the region, store.
import type { Kysely } from 'kysely';
import { parsePopulationCsv } from '../../core/allocation/populationCsv.js';
import { checkRows, type PopulationKind, selectRegion } from '../../core/allocation/populationImport.js';
import { parsePxWeb } from '../../core/allocation/pxweb.js';
import { fail } from '../../core/errors.js';
import type { Caller } from '../auth/caller.js';
import type { DB } from '../db/schema.js';
import { requireEditAllocation } from './access.js';
import { previewPopulation, storePopulation } from './population.js';

export interface ImportFileInput {
  format: 'pxweb' | 'csv';
  content: string;
  kind?: PopulationKind;
  series?: string;
  region?: string;
  name?: string;
  /** Parse and check only: say what would be stored and replaced, store nothing. */
  preview?: boolean;
}

export const guessPopulationFormat = (name: string, content: string): 'pxweb' | 'csv' =>
  /\.json$/i.test(name) || /^\s*\{/.test(content) ? 'pxweb' : 'csv';

export async function runPopulationImport(
  db: Kysely<DB>,
  who: { municipalityId: string; actorId: string | null },
  input: ImportFileInput,
  onProgress?: (done: number, total: number) => void,
) {
  const municipality = await db
    .selectFrom('municipality')
    .select(['code', 'name'])
    .where('id', '=', who.municipalityId)
    .executeTakeFirstOrThrow();
  const parsed = input.format === 'pxweb' ? parsePxWeb(input.content, input.kind) : parsePopulationCsv(input.content, input.kind);
  const rows = checkRows(selectRegion(parsed.rows, { region: input.region, code: municipality.code, name: municipality.name }));
  const kinds = new Set(rows.map((r) => r.kind ?? input.kind ?? 'actual'));
  if (kinds.size > 1)
    throw fail('validation', 'Filen blandar utfall och prognos. Läs in dem var för sig.', {
      fields: [{ field: 'kind', message: 'Blandar utfall och prognos.' }],
    });
  const kind = [...kinds][0] as PopulationKind;
  if (kind === 'forecast' && !input.series?.trim())
    throw fail('validation', 'Ge prognosen ett namn, t.ex. "SCB 2025".', {
      fields: [{ field: 'series', message: 'Ange prognosens namn.' }],
    });
  const source = [input.name, parsed.source, parsed.label].filter(Boolean).join(' – ');
  const store = { rows, kind, series: input.series?.trim() ?? '', source };
  if (input.preview) return { ...(await previewPopulation(db, who.municipalityId, store)), preview: true };
  return { ...(await storePopulation(db, who, store, onProgress)), preview: false };
}

export async function importPopulationFile(db: Kysely<DB>, caller: Caller, input: ImportFileInput) {
  await requireEditAllocation(db, caller);
  return runPopulationImport(db, { municipalityId: caller.municipalityId, actorId: caller.personId }, input);
}
