// Who may do what with actuals. Reading is open to every signed-in person (a municipality's
// budget and outcome are public documents). The ledger is imported by the central finance
// function: manageLedger (admin, controller) held at the centre — fullmäktige, or the
// kommunstyrelse's part of the tree, where the ekonomiavdelning sits; a förvaltning's controller
// cannot replace everyone's outcome. A code is mapped by a controller of the unit it is mapped to
// (or from).
import type { Kysely, Transaction } from 'kysely';
import { fail } from '../../core/errors.js';
import type { Caller } from '../auth/caller.js';
import { holdsCentrally } from '../auth/policy.js';
import type { DB } from '../db/schema.js';

export const isCentralFinance = (db: Kysely<DB> | Transaction<DB>, caller: Caller) => holdsCentrally(db, caller, 'manageLedger');

export async function requireCentralFinance(db: Kysely<DB> | Transaction<DB>, caller: Caller) {
  if (!(await isCentralFinance(db, caller)))
    throw fail(
      'forbidden',
      'Huvudboken läses in av ekonomifunktionen: administratör eller controller på kommunfullmäktige eller inom kommunstyrelsen.',
    );
}
