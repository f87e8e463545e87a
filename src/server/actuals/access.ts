// Who may do what with actuals. Reading is open to every signed-in person (a municipality's
// budget and outcome are public documents). The ledger is imported by the central finance
// function: admin or controller on kommunfullmäktige or in the kommunstyrelse's part of the
// tree, where the ekonomiavdelning sits; a förvaltning's controller cannot replace everyone's
// outcome. A code is mapped by a controller of the unit it is mapped to (or from).
import { type Kysely, sql } from 'kysely';
import { permissions } from '../../core/auth/permissions.js';
import { fail } from '../../core/errors.js';
import type { Caller } from '../auth/caller.js';
import type { DB } from '../db/schema.js';

export async function isCentralFinance(db: Kysely<DB>, caller: Caller): Promise<boolean> {
  const roles = [...permissions.manageLedger];
  const units = caller.roles.filter((r) => (roles as string[]).includes(r.role)).map((r) => r.orgUnitId);
  if (!units.length) return false;
  const { rows } = await sql<{ ok: boolean }>`WITH RECURSIVE anc(start, id, kind, parent_id) AS (
      SELECT id, id, kind, parent_id FROM org_unit WHERE municipality_id = ${caller.municipalityId} AND id = ANY(${units}::uuid[])
      UNION ALL
      SELECT a.start, o.id, o.kind, o.parent_id FROM org_unit o JOIN anc a ON o.id = a.parent_id
      WHERE o.municipality_id = ${caller.municipalityId}
    ) SELECT EXISTS (
      SELECT 1 FROM anc WHERE anc.kind = 'kommunstyrelse' OR (anc.start = anc.id AND anc.parent_id IS NULL)
    ) AS ok`.execute(db);
  return rows[0]?.ok === true;
}

export async function requireCentralFinance(db: Kysely<DB>, caller: Caller) {
  if (!(await isCentralFinance(db, caller)))
    throw fail(
      'forbidden',
      'Huvudboken läses in av ekonomifunktionen: administratör eller controller på kommunfullmäktige eller inom kommunstyrelsen.',
    );
}
