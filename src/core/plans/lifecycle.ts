// The lifecycle of a plan version: draft → in review → adopted → superseded.
import { fail } from '../errors.js';
import { type PlanStatus, planStatusName } from './kinds.js';

const moves: Record<PlanStatus, readonly PlanStatus[]> = {
  draft: ['in_review'],
  in_review: ['draft', 'adopted'],
  adopted: [],
  superseded: [],
};

const refuse = (rule: string, message: string) => fail('plan_rule', message, { rule });

/** Whether the content of a version may still change. */
export const isEditable = (status: PlanStatus) => status === 'draft' || status === 'in_review';

export function assertEditable(status: PlanStatus): void {
  if (!isEditable(status)) {
    throw refuse(
      'adopted_immutable',
      `Versionen är ${planStatusName[status]} och kan inte ändras. Skapa en ny version för att göra ändringar; den fastställda finns kvar.`,
    );
  }
}

/** Checks a status change; what an adoption's decision must hold is checkDecision's (adoption.ts). */
export function checkTransition(from: PlanStatus, to: PlanStatus): void {
  if (to === 'superseded') throw refuse('superseded_by_adoption', 'En version ersätts när en nyare version fastställs.');
  if (!moves[from].includes(to)) {
    throw refuse('transition', `En version som är ${planStatusName[from]} kan inte bli ${planStatusName[to]}.`);
  }
}
