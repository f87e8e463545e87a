// Goal status for a year: gathers values and targets and hands them to the rule in core.
import type { Kysely } from 'kysely';
import { comparePeriods, parsePeriod, periodLabel } from '../../core/period.js';
import {
  assessIndicator,
  type Direction,
  type GoalStatus,
  goalStatuses,
  type StatusPart,
  targetInForce,
  valuesForUnit,
} from '../../core/indicators/status.js';
import type { Caller } from '../auth/caller.js';
import type { DB } from '../db/schema.js';
import { ancestry } from '../plans/access.js';
import { loadThread } from '../plans/thread.js';

interface Valued {
  org_unit_id: string;
  period: string;
}

const byPeriod = (a: Valued, b: Valued) => comparePeriods(parsePeriod(a.period), parsePeriod(b.period));

/** Every goal in force in the year with its status and why, keyed by lineage id. */
export async function statusOfYear(db: Kysely<DB>, municipalityId: string, year: number, caller: Caller | null) {
  const m = municipalityId;
  const { nodes, links } = await loadThread(db, m, year, caller);
  const goals = nodes.filter((n) => n.type === 'goal' && n.goalId);
  const goalIds = goals.map((g) => g.goalId as string);
  const uses = goalIds.length
    ? await db
        .selectFrom('goal_indicator as gi')
        .innerJoin('indicator as i', (j) => j.onRef('i.municipality_id', '=', 'gi.municipality_id').onRef('i.id', '=', 'gi.indicator_id'))
        .select(['gi.goal_id', 'i.id', 'i.name', 'i.unit', 'i.direction', 'i.tolerance_pct'])
        .where('gi.municipality_id', '=', m)
        .where('gi.goal_id', 'in', goalIds)
        .execute()
    : [];
  const indicatorIds = [...new Set(uses.map((u) => u.id))];
  const values = indicatorIds.length
    ? await db
        .selectFrom('measurement')
        .select(['indicator_id', 'org_unit_id', 'period', 'value'])
        .where('municipality_id', '=', m)
        .where('indicator_id', 'in', indicatorIds)
        .where('gender', '=', 'T')
        .where((eb) => eb.or([eb('period', '=', String(year)), eb('period', 'like', `${year}-%`)]))
        .execute()
    : [];
  const targets = indicatorIds.length
    ? await db
        .selectFrom('indicator_target')
        .select(['indicator_id', 'org_unit_id', 'period', 'value', 'value_high'])
        .where('municipality_id', '=', m)
        .where('indicator_id', 'in', indicatorIds)
        .where('is_baseline', '=', false)
        .execute()
    : [];
  const lines = await ancestry(db, m, [...new Set(goals.map((g) => g.orgUnitId))]);
  const input = goals.map((g) => {
    const line = (lines.get(g.orgUnitId) ?? []).map((u) => u.id);
    const indicators: StatusPart[] = uses
      .filter((u) => u.goal_id === g.goalId)
      .map((u) => {
        const latest = valuesForUnit(
          values.filter((v) => v.indicator_id === u.id && v.value !== null),
          line,
        )
          .sort(byPeriod)
          .at(-1);
        const target = latest
          ? targetInForce(
              valuesForUnit(
                targets.filter((t) => t.indicator_id === u.id),
                line,
              ),
              parsePeriod(latest.period),
            )
          : undefined;
        const a = assessIndicator(
          u.direction as Direction,
          target ? { value: Number(target.value), high: target.value_high === null ? null : Number(target.value_high) } : null,
          Number(u.tolerance_pct),
          latest ? Number(latest.value) : null,
        );
        const when = latest ? ` (${periodLabel(parsePeriod(latest.period))})` : '';
        return { kind: 'indicator' as const, id: u.id, title: `${u.name}${when}`, status: a.status, reason: a.reason };
      });
    return { id: g.id, title: g.title, indicators };
  });
  const goalLinks = links.filter((l) => goals.some((g) => g.id === l.childId));
  const statuses: Map<string, GoalStatus> = goalStatuses({ goals: input, links: goalLinks });
  return { goals, statuses };
}
