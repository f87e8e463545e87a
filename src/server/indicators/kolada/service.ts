// Use cases behind the Kolada routes: start an import, compare values, add a KPI as an indicator.
import { type Kysely, sql } from 'kysely';
import type { z } from 'zod';
import { fail } from '../../../core/errors.js';
import { parseYears, unitFromTitle } from '../../../core/indicators/kolada.js';
import { writeAudit } from '../../audit/log.js';
import type { Caller } from '../../auth/caller.js';
import { holdsAnywhere } from '../../auth/policy.js';
import type { DB } from '../../db/schema.js';
import { areaTitle, koladaAreas } from './areas.js';
import { findKpi } from './catalogue.js';
import { enqueue } from '../../jobs/queue.js';
import { koladaFileParams } from './imports.js';
import type { areaSchema, fromKoladaInput, importInput, valuesQuery } from '../../../core/indicators/koladaSchemas.js';

/** Those who write plans and report values bring in Kolada data and KPIs. */
export function requireKoladaWriter(caller: Caller) {
  if (!holdsAnywhere(caller, 'writeIndicators'))
    throw fail('forbidden', 'Du behöver vara controller, chef, förtroendevald eller administratör för att hämta in Kolada-data.');
}

/**
 * Queues the import and answers at once: the file is read and checked in full by the job (a
 * malformed one fails it with line and field, nothing stored), so a large file holds up no one.
 */
export async function startImport(db: Kysely<DB>, caller: Caller, input: z.infer<typeof importInput>): Promise<string> {
  requireKoladaWriter(caller);
  const who = { municipalityId: caller.municipalityId, actorId: caller.personId };
  if (input.source === 'file') {
    const file = { format: input.format, name: input.name ?? null, content: input.content };
    return enqueue(db, 'kolada_file', { ...who, params: koladaFileParams(file, null), input: file });
  }
  const query = { kpis: [...new Set(input.kpis)], municipalities: [...new Set(input.municipalities)], years: parseYears(input.years) };
  return enqueue(db, 'kolada_api', { ...who, params: query, input: query });
}

async function ownCode(db: Kysely<DB>, municipalityId: string) {
  const r = await db.selectFrom('municipality').select('code').where('id', '=', municipalityId).executeTakeFirstOrThrow();
  return r.code;
}

const areaOf = (code: string): z.infer<typeof areaSchema> =>
  koladaAreas().byCode.get(code) ?? { code, title: code, kind: null, members: [] };

/** One KPI's values for the municipality and those it compares itself with. Källa: Kolada. */
export async function koladaValues(db: Kysely<DB>, caller: Caller, q: z.infer<typeof valuesQuery>) {
  const m = caller.municipalityId;
  const codes = q.areas
    ? [
        ...new Set(
          q.areas
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean),
        ),
      ]
    : [await ownCode(db, m), '0000'];
  let query = db
    .selectFrom('kolada_value')
    .select(['area_code', 'period', 'gender', 'value', 'count', 'status'])
    .where('municipality_id', '=', m)
    .where('kpi', '=', q.kpi)
    .where('area_code', 'in', codes);
  if (q.from !== undefined) query = query.where('period', '>=', q.from);
  if (q.to !== undefined) query = query.where('period', '<=', q.to);
  if (q.gender) query = query.where('gender', '=', q.gender);
  const rows = await query.orderBy('area_code').orderBy('period').orderBy('gender').limit(20_000).execute();
  return {
    kpi: await findKpi(db, q.kpi),
    areas: codes.map(areaOf),
    rows: rows.map((r) => ({
      areaCode: r.area_code,
      areaTitle: areaTitle(r.area_code),
      period: r.period,
      gender: r.gender as 'T' | 'K' | 'M',
      value: r.value === null ? null : Number(r.value),
      count: r.count,
      status: r.status,
    })),
    source: 'Källa: Kolada' as const,
  };
}

/** A KPI from the catalogue as an indicator of the municipality, once. */
export async function indicatorFromKolada(db: Kysely<DB>, caller: Caller, input: z.infer<typeof fromKoladaInput>) {
  requireKoladaWriter(caller);
  const kpi = await findKpi(db, input.kpi);
  if (!kpi)
    throw fail('not_found', `${input.kpi} finns inte i Koladas katalog.`, { fields: [{ field: 'kpi', message: 'Okänt Kolada-id.' }] });
  const m = caller.municipalityId;
  return db.transaction().execute(async (trx) => {
    const same = await trx
      .selectFrom('indicator')
      .select(['name', 'kolada_kpi'])
      .where('municipality_id', '=', m)
      .where(sql<boolean>`(kolada_kpi = ${kpi.id} OR lower(name) = lower(${kpi.title}))`)
      .executeTakeFirst();
    if (same)
      throw fail('conflict', `Det finns redan en indikator för ${kpi.id}: ”${same.name}”.`, {
        fields: [{ field: 'kpi', message: 'Finns redan som indikator.' }],
      });
    const r = await trx
      .insertInto('indicator')
      .values({
        municipality_id: m,
        name: kpi.title,
        unit: unitFromTitle(kpi.title),
        description: kpi.description,
        kolada_kpi: kpi.id,
        gender_split: kpi.isDividedByGender,
        direction: 'higher',
        frequency: 'year',
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    const out = {
      id: r.id,
      name: r.name,
      unit: r.unit,
      description: r.description,
      koladaKpi: r.kolada_kpi,
      direction: r.direction,
      frequency: r.frequency,
      genderSplit: r.gender_split,
    };
    await writeAudit(trx, {
      municipalityId: m,
      actorId: caller.personId,
      action: 'create',
      entityType: 'indicator',
      entityId: r.id,
      after: out,
    });
    return out;
  });
}
