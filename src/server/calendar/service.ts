// Use cases of the annual cycle: a municipality's settings (its overrides of the
// specification's defaults) and its cycle placed on its meetings. The one place that reads them.
import type { Kysely } from 'kysely';
import { annualCycle } from '../../core/calendar/cycle.js';
import { type Placed, placeSteps } from '../../core/calendar/placement.js';
import { meetingWindow } from '../../core/calendar/reconcile.js';
import type { AnnualCycle } from '../../core/calendar/schemas.js';
import { type CycleSettings, defaultSettings } from '../../core/calendar/settings.js';
import { validateSettings } from '../../core/calendar/validate.js';
import type { DB } from '../db/schema.js';

export interface StoredSettings {
  settings: CycleSettings;
  overrides: Record<string, unknown>;
  version: number;
}

const parseJson = (v: unknown) => (typeof v === 'string' ? JSON.parse(v) : v) as Record<string, unknown>;

export async function storedSettings(db: Kysely<DB>, municipalityId: string): Promise<StoredSettings> {
  const row = await db
    .selectFrom('cycle_setting')
    .select(['settings', 'version'])
    .where('municipality_id', '=', municipalityId)
    .executeTakeFirst();
  if (!row) return { settings: defaultSettings, overrides: {}, version: 0 };
  const overrides = parseJson(row.settings);
  return { settings: validateSettings(overrides), overrides, version: row.version };
}

export async function settingsOf(db: Kysely<DB>, municipalityId: string): Promise<CycleSettings> {
  return (await storedSettings(db, municipalityId)).settings;
}

/** The org units tasks and placement work on: every unit of the municipality. */
export async function unitsOf(db: Kysely<DB>, municipalityId: string) {
  const rows = await db
    .selectFrom('org_unit')
    .select(['id', 'kind', 'name', 'short_name', 'parent_id', 'closed_on'])
    .where('municipality_id', '=', municipalityId)
    .orderBy('name')
    .execute();
  return rows.map((r) => ({ id: r.id, kind: r.kind, name: r.name, shortName: r.short_name, parentId: r.parent_id, closedOn: r.closed_on }));
}

/** The meetings held in calendar years `from`–`to` (a cycle reaches into January of the year after). */
export async function meetingsBetween(db: Kysely<DB>, municipalityId: string, from: string, to: string) {
  const rows = await db
    .selectFrom('meeting')
    .select(['id', 'org_unit_id', 'held_on'])
    .where('municipality_id', '=', municipalityId)
    .where('held_on', '>=', from)
    .where('held_on', '<=', to)
    .execute();
  return rows.map((r) => ({ id: r.id, orgUnitId: r.org_unit_id, heldOn: r.held_on }));
}

/** The year's cycle from the municipality's settings, each step placed on its meetings. */
export async function placedCycleOf(db: Kysely<DB>, municipalityId: string, year: number): Promise<Placed> {
  const cycle = annualCycle(year, await settingsOf(db, municipalityId));
  const span = meetingWindow(year);
  const [units, meetings] = await Promise.all([unitsOf(db, municipalityId), meetingsBetween(db, municipalityId, span.from, span.to)]);
  return placeSteps(cycle, units, meetings);
}

export async function cycleOf(db: Kysely<DB>, municipalityId: string, year: number): Promise<AnnualCycle> {
  return (await placedCycleOf(db, municipalityId, year)).cycle;
}
