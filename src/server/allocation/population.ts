// The municipality's stored population: imported rows in, and the rows a scenario needs out,
// summed into the model's age bands.
import type { Kysely, Transaction } from 'kysely';
import { bandLabel, parseBands, toBands } from '../../core/allocation/bands.js';
import type { PopulationEntry } from '../../core/allocation/population.js';
import type { PopulationKind, PopulationRow } from '../../core/allocation/populationImport.js';
import type { FieldError } from '../../core/errors.js';
import { writeAudit } from '../audit/log.js';
import type { DB } from '../db/schema.js';

type Q = Kysely<DB> | Transaction<DB>;

export interface StoreInput {
  rows: PopulationRow[];
  kind: PopulationKind;
  series: string;
  source: string;
}

/**
 * Stores one import. Idempotent: the rows of the same kind, series and dates are replaced, so
 * importing a file twice leaves the same data as once. One transaction with its audit row.
 */
export async function storePopulation(
  db: Kysely<DB>,
  who: { municipalityId: string; actorId: string | null },
  input: StoreInput,
  onProgress?: (done: number, total: number) => void,
) {
  const m = who.municipalityId;
  const series = input.kind === 'actual' ? '' : input.series;
  const dates = [...new Set(input.rows.map((r) => r.date))].sort();
  return db.transaction().execute(async (trx) => {
    const removed = await trx
      .deleteFrom('population')
      .where('municipality_id', '=', m)
      .where('kind', '=', input.kind)
      .where('series', '=', series)
      .where('on_date', 'in', dates)
      .executeTakeFirst();
    const BATCH = 500;
    for (let i = 0; i < input.rows.length; i += BATCH) {
      const batch = input.rows.slice(i, i + BATCH).map((r) => ({
        municipality_id: m,
        kind: input.kind,
        series,
        on_date: r.date,
        age_from: r.from,
        age_to: r.to,
        count: r.count,
        source: input.source,
      }));
      await trx.insertInto('population').values(batch).execute();
      onProgress?.(Math.min(i + BATCH, input.rows.length), input.rows.length);
    }
    const result = { stored: input.rows.length, replaced: Number(removed.numDeletedRows), dates, kind: input.kind, series };
    await writeAudit(trx, {
      municipalityId: m,
      actorId: who.actorId,
      action: 'import',
      entityType: 'population',
      entityId: `${input.kind}:${series}`,
      after: { ...result, source: input.source },
    });
    return result;
  });
}

/** What `storePopulation` would do with the same input, without doing it. */
export async function previewPopulation(db: Q, municipalityId: string, input: StoreInput) {
  const series = input.kind === 'actual' ? '' : input.series;
  const dates = [...new Set(input.rows.map((r) => r.date))].sort();
  const existing = await db
    .selectFrom('population')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('municipality_id', '=', municipalityId)
    .where('kind', '=', input.kind)
    .where('series', '=', series)
    .where('on_date', 'in', dates)
    .executeTakeFirstOrThrow();
  return { stored: input.rows.length, replaced: Number(existing.n), dates, kind: input.kind, series };
}

export async function listPopulation(db: Q, municipalityId: string) {
  const rows = await db
    .selectFrom('population')
    .select(['kind', 'series', 'on_date', 'age_from', 'age_to', 'count', 'source'])
    .where('municipality_id', '=', municipalityId)
    .orderBy('kind')
    .orderBy('series')
    .orderBy('on_date')
    .orderBy('age_from')
    .execute();
  return rows.map((r) => ({
    kind: r.kind as PopulationKind,
    series: r.series,
    date: r.on_date,
    ageBand: bandLabel({ from: r.age_from, to: r.age_to }),
    count: r.count,
    source: r.source,
  }));
}

export interface ScenarioPopulation {
  entries: (PopulationEntry & { kind: PopulationKind })[];
  problems: FieldError[];
}

/**
 * The population per model band on each date: the actual figures where there are any, else the
 * scenario's forecast. Rows coarser than the bands are left aside when finer rows cover every band.
 */
export async function populationFor(
  db: Q,
  municipalityId: string,
  ageBands: string[],
  dates: string[],
  forecastSeries: string,
): Promise<ScenarioPopulation> {
  const bands = parseBands(ageBands);
  const rows = dates.length
    ? await db
        .selectFrom('population')
        .select(['kind', 'series', 'on_date', 'age_from', 'age_to', 'count'])
        .where('municipality_id', '=', municipalityId)
        .where('on_date', 'in', dates)
        .execute()
    : [];
  const entries: ScenarioPopulation['entries'] = [];
  const problems: FieldError[] = [];
  for (const date of dates) {
    const actual = rows.filter((r) => r.on_date === date && r.kind === 'actual');
    const forecast = rows.filter((r) => r.on_date === date && r.kind === 'forecast' && r.series === forecastSeries);
    const kind: PopulationKind = actual.length ? 'actual' : 'forecast';
    const use = actual.length ? actual : forecast;
    if (!use.length) {
      problems.push({
        field: `population.${date}`,
        message: `Befolkning saknas per ${date}${forecastSeries ? ` (varken utfall eller prognosen ${forecastSeries})` : ''}.`,
      });
      continue;
    }
    const fit = toBands(
      use.map((r) => ({ from: r.age_from, to: r.age_to, count: r.count })),
      bands,
    );
    if (fit.missing.length) {
      const why = fit.straddling.length
        ? ` Uppgifterna är indelade i grupper som inte passar modellens (${fit.straddling.map((s) => bandLabel(s)).join(', ')}).`
        : '';
      problems.push({ field: `population.${date}`, message: `Befolkning per ${date} saknas för ${fit.missing.join(', ')}.${why}` });
    }
    for (const [ageBand, count] of fit.sums) entries.push({ ageBand, date, count, kind });
  }
  return { entries, problems };
}
