// A municipality's reminder settings: the defaults with its overrides, and changing them.
import type { Kysely } from 'kysely';
import { type ReminderSettings, resolveReminderSettings } from '../../core/reminders/settings.js';
import { writeAudit } from '../audit/log.js';
import type { Caller } from '../auth/caller.js';
import { requireAnywhere } from '../auth/policy.js';
import type { DB } from '../db/schema.js';
import { saveVersioned } from '../db/versioned.js';

const parseJson = (v: unknown) => (typeof v === 'string' ? JSON.parse(v) : v) as Record<string, unknown>;

export async function reminderSettingsOf(db: Kysely<DB>, municipalityId: string): Promise<{ settings: ReminderSettings; version: number }> {
  const row = await db
    .selectFrom('reminder_setting')
    .select(['settings', 'version'])
    .where('municipality_id', '=', municipalityId)
    .executeTakeFirst();
  if (!row) return { settings: resolveReminderSettings({}), version: 0 };
  return { settings: resolveReminderSettings(parseJson(row.settings)), version: row.version };
}

/** Replaces the overrides; `version` 0 means "there were none". Only administrators. */
export async function saveReminderSettings(db: Kysely<DB>, caller: Caller, overrides: Record<string, unknown>, version: number) {
  requireAnywhere(caller, 'manageOrg');
  const settings = resolveReminderSettings(overrides);
  return db.transaction().execute(async (trx) => {
    const m = caller.municipalityId;
    const before = await trx.selectFrom('reminder_setting').selectAll().where('municipality_id', '=', m).executeTakeFirst();
    const { row } = await saveVersioned(trx, 'reminder_setting', { municipality_id: m }, version, {
      settings: JSON.stringify(settings),
      updated_at: new Date(),
    });
    await writeAudit(trx, {
      municipalityId: m,
      actorId: caller.personId,
      action: 'update',
      entityType: 'reminder_setting',
      entityId: m,
      before: before ? parseJson(before.settings) : null,
      after: settings,
    });
    return { settings, version: row.version };
  });
}
