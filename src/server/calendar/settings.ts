// A municipality's settings of the annual cycle: read by anyone signed in; changed (with the
// version read) by an admin or controller on the kommunstyrelse or fullmäktige (decision 0010).
import type { Kysely } from 'kysely';
import { defaultSettings, settingLabels } from '../../core/calendar/settings.js';
import { validateSettings } from '../../core/calendar/validate.js';
import { fail } from '../../core/errors.js';
import { writeAudit } from '../audit/log.js';
import type { Caller } from '../auth/caller.js';
import { holdsOn } from '../auth/policy.js';
import type { DB } from '../db/schema.js';
import { storedSettings } from './service.js';

/** The unit on which the cycle as a whole is steered: the kommunstyrelse, else fullmäktige. */
export async function steeringUnit(db: Kysely<DB>, municipalityId: string): Promise<string | null> {
  const rows = await db
    .selectFrom('org_unit')
    .select(['id', 'kind'])
    .where('municipality_id', '=', municipalityId)
    .where('kind', 'in', ['kommunstyrelse', 'fullmaktige'])
    .where('closed_on', 'is', null)
    .execute();
  return (rows.find((r) => r.kind === 'kommunstyrelse') ?? rows[0])?.id ?? null;
}

export async function maySteerCycle(db: Kysely<DB>, caller: Caller): Promise<boolean> {
  const unit = await steeringUnit(db, caller.municipalityId);
  return unit !== null && (await holdsOn(db, caller, 'manageCycle', unit));
}

export async function readSettings(db: Kysely<DB>, caller: Caller) {
  const s = await storedSettings(db, caller.municipalityId);
  return {
    settings: s.settings,
    defaults: defaultSettings,
    labels: settingLabels,
    overrides: s.overrides,
    version: s.version,
    canEdit: await maySteerCycle(db, caller),
  };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Replaces the municipality's settings. Only values that differ from the defaults are stored, so a
 * later change of a default reaches every municipality that did not choose otherwise. Version 0
 * means "no settings stored yet".
 */
export async function writeSettings(db: Kysely<DB>, caller: Caller, input: { settings: Record<string, unknown>; version: number }) {
  if (!(await maySteerCycle(db, caller)))
    throw fail('forbidden', 'Bara en administratör eller controller på kommunstyrelsen får ändra årshjulets inställningar.');
  const settings = validateSettings(input.settings);
  const overrides = Object.fromEntries(
    Object.entries(settings).filter(([k, v]) => !same(v, defaultSettings[k as keyof typeof defaultSettings])),
  );
  const m = caller.municipalityId;
  await db.transaction().execute(async (trx) => {
    const row = await trx
      .selectFrom('cycle_setting')
      .select(['version', 'settings'])
      .where('municipality_id', '=', m)
      .forUpdate()
      .executeTakeFirst();
    if ((row?.version ?? 0) !== input.version) throw fail('stale_version');
    const json = JSON.stringify(overrides);
    if (row) {
      await trx
        .updateTable('cycle_setting')
        .set({ settings: json, version: row.version + 1, updated_at: new Date() })
        .where('municipality_id', '=', m)
        .where('version', '=', input.version)
        .execute();
    } else {
      await trx.insertInto('cycle_setting').values({ municipality_id: m, settings: json }).execute();
    }
    await writeAudit(trx, {
      municipalityId: m,
      actorId: caller.personId,
      action: 'update',
      entityType: 'cycle_setting',
      entityId: m,
      before: row ? row.settings : null,
      after: overrides,
    });
  });
  return readSettings(db, caller);
}
