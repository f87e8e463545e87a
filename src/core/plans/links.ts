// Which links of the red thread are allowed: a goal serves something above it.
import { fail } from '../errors.js';
import { type GoalKind, goalKindName, type PlanKind, planKindName } from './kinds.js';

export interface LinkEnd {
  type: 'goal' | 'strategic_area';
  planKind: PlanKind;
  goalKind: GoalKind | null;
  orgUnitId: string;
}

/** The plan kinds a goal in each plan kind may link to. */
export const parentPlanKinds: Record<PlanKind, readonly PlanKind[]> = {
  vision: [],
  program: [],
  strategisk_plan: ['strategisk_plan', 'program'],
  namndplan: ['strategisk_plan'],
  bolag_verksamhetsplan: ['strategisk_plan'],
  verksamhetsplan: ['namndplan', 'bolag_verksamhetsplan', 'verksamhetsplan'],
  utvecklingsplan: ['verksamhetsplan'],
};

/** Goal kinds that must trace upward (a målbild hangs on its program, own development on no one). */
export const mustTrace = (planKind: PlanKind, goalKind: GoalKind) => parentPlanKinds[planKind].length > 0 && goalKind !== 'development';

/** Goal kinds that must carry an indicator (or a reason why not) and an owner. */
export const mustBeMeasured = (goalKind: GoalKind) => goalKind !== 'contribution' && goalKind !== 'development';

/**
 * Throws a plan_rule error naming the rule when `child` may not link to `parent`.
 * `parentUnitIsAbove`: the parent's unit is the child's unit or one of its ancestors.
 */
export function checkLink(child: LinkEnd & { goalKind: GoalKind }, parent: LinkEnd, parentUnitIsAbove: boolean): void {
  const refuse = (rule: string, message: string) => {
    throw fail('plan_rule', message, { rule, fields: [{ field: 'parentLineageIds', message }] });
  };
  if (child.goalKind === 'development')
    refuse('development_unlinked', 'Egen utveckling kopplas inte till mål; använd ett bidrag till mål.');
  const allowed = parentPlanKinds[child.planKind];
  if (!allowed.includes(parent.planKind)) {
    const targets = allowed.map((k) => planKindName[k]).join(' eller ');
    refuse(
      'link_level',
      allowed.length
        ? `Ett mål i en ${planKindName[child.planKind]} kan bara kopplas till mål i ${targets}.`
        : `Mål i en ${planKindName[child.planKind]} kopplas inte uppåt.`,
    );
  }
  if (parent.type === 'strategic_area' && parent.planKind !== 'strategisk_plan')
    refuse('link_level', 'Strategiska områden finns bara i den strategiska planen.');
  if (child.planKind === 'strategisk_plan' && parent.planKind === 'strategisk_plan' && parent.type === 'goal') {
    if (!(child.goalKind === 'result' && parent.goalKind === 'strategic')) {
      refuse('link_level', 'I den strategiska planen kopplas ett resultatmål till ett strategiskt mål eller ett strategiskt område.');
    }
  }
  if (parent.type === 'goal' && parent.goalKind === 'development')
    refuse('link_level', `Ett mål kan inte kopplas till ${goalKindName.development}.`);
  const sameLevelUnits = child.planKind === 'verksamhetsplan' || child.planKind === 'utvecklingsplan';
  if (sameLevelUnits && !parentUnitIsAbove) {
    refuse('link_unit', 'Ett mål kan bara kopplas till mål i den egna enhetens plan eller i en överordnad enhets eller nämnds plan.');
  }
  if (child.planKind === 'verksamhetsplan' && parent.planKind === 'verksamhetsplan' && parent.orgUnitId === child.orgUnitId) {
    refuse('link_unit', 'Ett mål i en verksamhetsplan kopplas till mål i en överordnad enhets plan, inte till den egna.');
  }
}

/** Who may receive an uppdrag given in a plan: KF gives them to nämnder, KS and bolag; a nämnd or
 * bolag to its own förvaltning (or keeps it). */
export function mayReceiveAssignment(
  planKind: PlanKind,
  planUnitId: string,
  unit: { id: string; kind: string; parentId: string | null },
): boolean {
  if (planKind === 'strategisk_plan') return ['namnd', 'kommunstyrelse', 'bolag'].includes(unit.kind);
  return unit.parentId === planUnitId || unit.id === planUnitId;
}
