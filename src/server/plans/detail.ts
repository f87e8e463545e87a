// One plan version as a page shows it: its content, its versions, what KF gave its owner.
import type { Kysely } from 'kysely';
import { canWritePlan } from '../../core/plans/rights.js';
import type { Caller } from '../auth/caller.js';
import type { DB } from '../db/schema.js';
import { rightsContext } from './access.js';
import { activitiesOfPlan, areasOfPlan, assignmentsOf, currentPlanIds, findPlan, goalsOfPlan, seriesVersions } from './queries.js';
import { mustFindPlan } from './service.js';

export async function planDetail(db: Kysely<DB>, caller: Caller, id: string) {
  const m = caller.municipalityId;
  const plan = await mustFindPlan(db, caller, id);
  const goals = await goalsOfPlan(db, m, plan);
  const assignments = await assignmentsOf(db, m, { planId: plan.id });
  let fromKf = {
    goals: [] as Array<(typeof goals)[number] & { takenUp: boolean }>,
    assignments: [] as Array<(typeof assignments)[number] & { takenUp: boolean }>,
  };
  if (plan.kind === 'namndplan' || plan.kind === 'bolag_verksamhetsplan') {
    // KF's goals and uppdrag given to this nämnd or bolag appear in its plan by themselves.
    const [kfId] = await currentPlanIds(db, m, plan.yearFrom, ['strategisk_plan']);
    const kf = kfId ? await findPlan(db, m, kfId) : undefined;
    if (kf) {
      const linked = new Set(goals.flatMap((g) => g.parents.map((p) => p.lineageId)));
      const carried = new Set(assignments.flatMap((a) => (a.parentLineageId ? [a.parentLineageId] : [])));
      fromKf = {
        goals: (await goalsOfPlan(db, m, kf))
          .filter((g) => g.assignees.some((a) => a.id === plan.orgUnitId))
          .map((g) => ({ ...g, takenUp: linked.has(g.lineageId) })),
        assignments: (await assignmentsOf(db, m, { planId: kf.id, assigneeUnitId: plan.orgUnitId })).map((a) => ({
          ...a,
          takenUp: carried.has(a.lineageId),
        })),
      };
    }
  }
  return {
    plan,
    canEdit: canWritePlan(plan.kind, await rightsContext(db, caller, plan)),
    versions: await seriesVersions(db, m, plan.seriesId),
    areas: await areasOfPlan(db, m, plan.id),
    goals,
    assignments,
    activities: await activitiesOfPlan(db, m, plan.id),
    fromKf,
  };
}
