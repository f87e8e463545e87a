// Use cases of the ledger: start an import, list and set the ansvar mapping, the settings.
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import { checkAccountRules } from '../../core/actuals/rules.js';
import { fail } from '../../core/errors.js';
import { writeAudit } from '../audit/log.js';
import type { Caller } from '../auth/caller.js';
import { holdsOn } from '../auth/policy.js';
import type { DB } from '../db/schema.js';
import { saveVersioned } from '../db/versioned.js';
import { enqueue } from '../jobs/queue.js';
import { isCentralFinance, requireCentralFinance } from './access.js';
import { guessLedgerFormat, ledgerImports, ledgerParams } from './imports.js';
import type { importInput, mappingInput, settingsInput } from '../../core/actuals/schemas.js';
import { ledgerSettings } from './settings.js';

/**
 * Queues the import and answers at once: the file is read and checked in full by the job (a
 * malformed one fails it with its lines and reasons, nothing stored), so a large file holds up no one.
 */
export async function startLedgerImport(db: Kysely<DB>, caller: Caller, input: z.infer<typeof importInput>): Promise<string> {
  await requireCentralFinance(db, caller);
  // The first bytes say whether there is a file and, without a telling name, which format.
  const head = new Uint8Array(Buffer.from(input.contentBase64.slice(0, 8), 'base64'));
  if (!head.length) throw fail('validation', 'Filen är tom.', { fields: [{ field: 'contentBase64', message: 'Filen är tom.' }] });
  const format = input.format ?? guessLedgerFormat(input.name, head);
  const def = ledgerImports[format];
  return enqueue(db, def.kind, {
    municipalityId: caller.municipalityId,
    actorId: caller.personId,
    params: ledgerParams(input.name, format),
    input: { name: input.name, contentBase64: input.contentBase64 },
  });
}

export async function listMappings(db: Kysely<DB>, m: string) {
  const rows = await db
    .selectFrom('ansvar_mapping as a')
    .leftJoin('org_unit as u', (j) => j.onRef('u.municipality_id', '=', 'a.municipality_id').onRef('u.id', '=', 'a.org_unit_id'))
    .select(['a.code', 'a.name', 'a.org_unit_id', 'u.name as unit_name', 'a.version'])
    .where('a.municipality_id', '=', m)
    .orderBy('a.code')
    .execute();
  const units = await db
    .selectFrom('org_unit')
    .select(['id', 'name'])
    .where('municipality_id', '=', m)
    .where('closed_on', 'is', null)
    .execute();
  // Only a name that points at exactly one unit is worth suggesting.
  const byName = new Map<string, string | null>();
  for (const u of units) byName.set(u.name.toLowerCase(), byName.has(u.name.toLowerCase()) ? null : u.id);
  return rows.map((r) => ({
    code: r.code,
    name: r.name,
    orgUnitId: r.org_unit_id,
    orgUnitName: r.unit_name ?? null,
    suggestedUnitId: r.org_unit_id ? null : (byName.get(r.name.toLowerCase()) ?? null),
    version: r.version,
  }));
}

/** Maps a code to a unit (or back to none). The caller manages the ledger for the unit it goes to
 * and, when it had one, the unit it leaves; the central finance function may map anything. */
export async function setMapping(db: Kysely<DB>, caller: Caller, code: string, input: z.infer<typeof mappingInput>) {
  const m = caller.municipalityId;
  // Asked before the transaction: PGlite has one connection, and the transaction holds it.
  const central = await isCentralFinance(db, caller);
  return db.transaction().execute(async (trx) => {
    const before = await trx
      .selectFrom('ansvar_mapping')
      .selectAll()
      .where('municipality_id', '=', m)
      .where('code', '=', code)
      .executeTakeFirst();
    if (!before && input.version !== 0) throw fail('not_found', `Ansvarskoden ${code} finns inte.`);
    if (input.orgUnitId) {
      const unit = await trx
        .selectFrom('org_unit')
        .select('id')
        .where('municipality_id', '=', m)
        .where('id', '=', input.orgUnitId)
        .executeTakeFirst();
      if (!unit) throw fail('validation', 'Enheten finns inte.', { fields: [{ field: 'orgUnitId', message: 'Enheten finns inte.' }] });
    }
    for (const unitId of [input.orgUnitId, before?.org_unit_id]) {
      if (unitId && !central && !(await holdsOn(trx, caller, 'manageLedger', unitId))) throw fail('forbidden');
    }
    if (!central && !input.orgUnitId && !before?.org_unit_id) throw fail('forbidden');
    const name = input.name ?? before?.name ?? '';
    // The rights above come first: someone without them is refused, whatever version they sent.
    const { row } = await saveVersioned(trx, 'ansvar_mapping', { municipality_id: m, code }, input.version, {
      org_unit_id: input.orgUnitId,
      name,
      updated_at: new Date(),
    });
    const after = { code, name: row.name, orgUnitId: row.org_unit_id, version: row.version };
    await writeAudit(trx, {
      municipalityId: m,
      actorId: caller.personId,
      action: before ? 'update' : 'create',
      entityType: 'ansvar_mapping',
      entityId: code,
      orgUnitId: row.org_unit_id,
      before: before ? { code, name: before.name, orgUnitId: before.org_unit_id, version: before.version } : undefined,
      after,
    });
    return after;
  });
}

export async function updateSettings(db: Kysely<DB>, caller: Caller, input: z.infer<typeof settingsInput>) {
  await requireCentralFinance(db, caller);
  const m = caller.municipalityId;
  const rules = input.rules === null ? null : checkAccountRules(input.rules);
  return db.transaction().execute(async (trx) => {
    const before = await ledgerSettings(trx, m);
    const values = { ansvar_dimension: input.ansvarDimension, account_rules: rules ? JSON.stringify(rules) : null, updated_at: new Date() };
    await saveVersioned(trx, 'ledger_settings', { municipality_id: m }, input.version, values);
    const after = await ledgerSettings(trx, m);
    await writeAudit(trx, {
      municipalityId: m,
      actorId: caller.personId,
      action: 'update',
      entityType: 'ledger_settings',
      entityId: m,
      before,
      after,
    });
    return after;
  });
}
