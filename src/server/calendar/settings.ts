// A municipality's settings of the annual cycle: read by anyone signed in; changed (with the
// version read) by an admin or controller at the centre (decisions 0010 and 0017).
import type { Kysely } from 'kysely';
import { defaultSettings, settingLabels } from '../../core/calendar/settings.js';
import { validateSettings } from '../../core/calendar/validate.js';
import { fail } from '../../core/errors.js';
import { writeAudit } from '../audit/log.js';
import type { Caller } from '../auth/caller.js';
import { holdsCentrally } from '../auth/policy.js';
import type { DB } from '../db/schema.js';
import { saveVersioned } from '../db/versioned.js';
import { storedSettings } from './service.js';

/** manageCycle held at the centre: fullmäktige, or the kommunstyrelse's part of the tree (decision 0017). */
export const maySteerCycle = (db: Kysely<DB>, caller: Caller): Promise<boolean> => holdsCentrally(db, caller, 'manageCycle');

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
    const row = await trx.selectFrom('cycle_setting').select('settings').where('municipality_id', '=', m).executeTakeFirst();
    await saveVersioned(trx, 'cycle_setting', { municipality_id: m }, input.version, {
      settings: JSON.stringify(overrides),
      updated_at: new Date(),
    });
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
