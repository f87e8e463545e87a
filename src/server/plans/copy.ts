// Copies the content of one plan version into another: for a new version of the same plan and
// for next year's plan. Lineage ids are kept, so links to and from the goals stay attached.
import { randomUUID } from 'node:crypto';
import type { Transaction } from 'kysely';
import type { DB } from '../db/schema.js';

export async function copyPlanContent(trx: Transaction<DB>, m: string, fromId: string, toId: string): Promise<void> {
  const areas = await trx.selectFrom('strategic_area').selectAll().where('municipality_id', '=', m).where('plan_id', '=', fromId).execute();
  for (const a of areas) {
    await trx
      .insertInto('strategic_area')
      .values({ ...a, id: randomUUID(), plan_id: toId, version: 1 })
      .execute();
  }
  const goals = await trx.selectFrom('goal').selectAll().where('municipality_id', '=', m).where('plan_id', '=', fromId).execute();
  const newGoalId = new Map<string, string>();
  for (const g of goals) {
    const id = randomUUID();
    newGoalId.set(g.id, id);
    await trx
      .insertInto('goal')
      .values({ ...g, id, plan_id: toId, version: 1 })
      .execute();
  }
  const oldIds = goals.map((g) => g.id);
  if (oldIds.length) {
    for (const table of ['goal_link', 'goal_indicator', 'goal_assignee'] as const) {
      const rows = await trx.selectFrom(table).selectAll().where('municipality_id', '=', m).where('goal_id', 'in', oldIds).execute();
      for (const r of rows)
        await trx
          .insertInto(table)
          .values({ ...r, goal_id: newGoalId.get(r.goal_id) as string } as never)
          .execute();
    }
  }
  const assignments = await trx
    .selectFrom('assignment')
    .selectAll()
    .where('municipality_id', '=', m)
    .where('plan_id', '=', fromId)
    .execute();
  for (const a of assignments) {
    const id = randomUUID();
    await trx
      .insertInto('assignment')
      .values({ ...a, id, plan_id: toId, version: 1 })
      .execute();
    const to = await trx
      .selectFrom('assignment_assignee')
      .selectAll()
      .where('municipality_id', '=', m)
      .where('assignment_id', '=', a.id)
      .execute();
    for (const r of to)
      await trx
        .insertInto('assignment_assignee')
        .values({ ...r, assignment_id: id })
        .execute();
  }
  const activities = await trx.selectFrom('activity').selectAll().where('municipality_id', '=', m).where('plan_id', '=', fromId).execute();
  for (const a of activities) {
    await trx
      .insertInto('activity')
      .values({ ...a, id: randomUUID(), plan_id: toId, goal_id: a.goal_id ? (newGoalId.get(a.goal_id) ?? null) : null, version: 1 })
      .execute();
  }
}
