// Demo meetings (sammanträdesplan) of Flens kommun for 2026 and 2027, and the 2026 tasks of the
// annual cycle placed on them, so the årshjul shows real dates on first start. The dates are
// invented but follow the usual rhythm: nämnder a week or two before KS, KS before KF, no
// meetings in July, and in the election year 2026 the nämnder meet after KF's November meeting.
import type { Transaction } from 'kysely';
import { writeTasks } from '../calendar/tasks.js';
import type { DB } from '../db/schema.js';

const plan: Record<string, Record<number, string[]>> = {
  Kommunfullmäktige: {
    2026: ['02-23', '04-20', '06-15', '09-21', '10-26', '11-23', '12-14'],
    2027: ['02-22', '04-19', '06-14', '09-20', '10-25', '11-22', '12-13'],
  },
  Kommunstyrelsen: {
    2026: ['02-03', '03-10', '04-28', '05-26', '06-02', '08-25', '09-08', '10-13', '11-10', '12-01'],
    2027: ['02-02', '03-09', '04-27', '05-25', '06-01', '08-24', '09-07', '10-12', '11-09', '11-30'],
  },
  Socialnämnden: {
    2026: ['02-17', '03-17', '04-21', '05-19', '06-16', '08-18', '09-15', '10-20', '11-25', '12-15'],
    2027: ['02-16', '03-16', '04-20', '05-18', '06-15', '08-17', '09-14', '10-19', '11-16', '12-14'],
  },
  'Barn-, utbildnings- och kulturnämnden': {
    2026: ['02-18', '03-18', '04-22', '05-20', '06-17', '08-19', '09-16', '10-21', '11-26', '12-16'],
    2027: ['02-17', '03-17', '04-21', '05-19', '06-16', '08-18', '09-15', '10-20', '11-17', '12-15'],
  },
  Samhällsbyggnadsnämnden: {
    2026: ['02-19', '03-19', '04-23', '05-21', '06-18', '08-20', '09-17', '10-22', '11-27', '12-17'],
    2027: ['02-18', '03-18', '04-22', '05-20', '06-17', '08-19', '09-16', '10-21', '11-18', '12-16'],
  },
};

const DONE_BEFORE = '2026-10-01';

export async function seedCalendar(trx: Transaction<DB>, municipalityId: string): Promise<{ meetings: number; tasks: number }> {
  const units = await trx.selectFrom('org_unit').select(['id', 'name']).where('municipality_id', '=', municipalityId).execute();
  const rows = Object.entries(plan).flatMap(([name, years]) => {
    const unit = units.find((u) => u.name === name);
    if (!unit) throw new Error(`Demoenheten ${name} saknas.`);
    return Object.entries(years).flatMap(([year, days]) =>
      days.map((d) => ({
        municipality_id: municipalityId,
        org_unit_id: unit.id,
        held_on: `${year}-${d}`,
        title: `${name}, sammanträde`,
        source: 'manual' as const,
        external_uid: null,
      })),
    );
  });
  await trx.insertInto('meeting').values(rows).execute();
  const { created } = await writeTasks(trx, municipalityId, null, 2026, false);
  // The demo stands in late autumn 2026: what was due before October is done, the rest is open.
  await trx
    .updateTable('calendar_task')
    .set((eb) => ({ state: 'done', done_at: eb.cast<Date>(eb.ref('due_on'), 'timestamptz'), version: 2 }))
    .where('municipality_id', '=', municipalityId)
    .where('due_on', '<', DONE_BEFORE)
    .execute();
  return { meetings: rows.length, tasks: created };
}
