// Planning documents of the red thread, their goals and lifecycle (GLOSSARY.md).
import type { OrgUnitKind } from '../org/kinds.js';

export const planKinds = [
  'vision',
  'program',
  'strategisk_plan',
  'namndplan',
  'bolag_verksamhetsplan',
  'verksamhetsplan',
  'utvecklingsplan',
] as const;
export type PlanKind = (typeof planKinds)[number];

export const planKindName: Record<PlanKind, string> = {
  vision: 'vision',
  program: 'program',
  strategisk_plan: 'strategisk plan med budget',
  namndplan: 'nämndplan',
  bolag_verksamhetsplan: 'verksamhetsplan (bolag)',
  verksamhetsplan: 'verksamhetsplan',
  utvecklingsplan: 'utvecklingsplan',
};

/** The kinds of unit that own each kind of plan. */
export const planOwnerKinds: Record<PlanKind, readonly OrgUnitKind[]> = {
  vision: ['fullmaktige'],
  program: ['fullmaktige'],
  strategisk_plan: ['fullmaktige'],
  namndplan: ['namnd', 'kommunstyrelse'],
  bolag_verksamhetsplan: ['bolag'],
  verksamhetsplan: ['forvaltning', 'avdelning', 'enhet'],
  utvecklingsplan: ['kommunstyrelse', 'namnd', 'forvaltning', 'avdelning', 'enhet', 'bolag'],
};

/** Depth in the red thread: a goal links to something of a lower level (or, among
 * verksamhetsplaner, of an ancestor unit). */
export const planLevel: Record<PlanKind, number> = {
  vision: 0,
  program: 1,
  strategisk_plan: 2,
  namndplan: 3,
  bolag_verksamhetsplan: 3,
  verksamhetsplan: 4,
  utvecklingsplan: 5,
};

export const goalKinds = ['strategic', 'result', 'malbild', 'contribution', 'development'] as const;
export type GoalKind = (typeof goalKinds)[number];

export const goalKindName: Record<GoalKind, string> = {
  strategic: 'strategiskt mål',
  result: 'resultatmål',
  malbild: 'målbild',
  contribution: 'bidrag till mål',
  development: 'egen utveckling',
};

/** Which goal kinds each plan holds. */
export const goalKindsOf: Record<PlanKind, readonly GoalKind[]> = {
  vision: [],
  program: ['malbild'],
  strategisk_plan: ['strategic', 'result'],
  namndplan: ['strategic', 'result'],
  bolag_verksamhetsplan: ['strategic', 'result'],
  verksamhetsplan: ['result'],
  utvecklingsplan: ['contribution', 'development'],
};

export const planStatuses = ['draft', 'in_review', 'adopted', 'superseded'] as const;
export type PlanStatus = (typeof planStatuses)[number];

export const planStatusName: Record<PlanStatus, string> = {
  draft: 'utkast',
  in_review: 'under beredning',
  adopted: 'fastställd',
  superseded: 'ersatt',
};

/** The yearly plan each kind of unit must have in force; units not listed need none of their own. */
export const requiredPlanKind: Partial<Record<OrgUnitKind, PlanKind>> = {
  kommunstyrelse: 'namndplan',
  namnd: 'namndplan',
  bolag: 'bolag_verksamhetsplan',
  forvaltning: 'verksamhetsplan',
  avdelning: 'verksamhetsplan',
  enhet: 'verksamhetsplan',
};
