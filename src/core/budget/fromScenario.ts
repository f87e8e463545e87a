// A frame proposal made from a scenario of the allocation model (decision 0013, "Frames from a
// scenario"): the base version's frames, with each nämnd's operating frame for the budget year
// replaced by the scenario's new frame. Plan years, investment frames, owner contributions and
// bodies the scenario does not name keep the base's figures: the model computes one year only.
import type { FieldError } from '../errors.js';
import type { BodyLine, Frame } from './frames.js';
import { frameKindsOf, MAX_KR } from './kinds.js';

/** One nämnd's result in a computed scenario: its key is the org unit's id. */
export interface ScenarioFrame {
  key: string;
  name: string;
  newKr: number;
}

export function framesFromScenario(
  base: readonly Frame[],
  namnder: readonly ScenarioFrame[],
  bodies: readonly BodyLine[],
  budgetYear: number,
): { frames: Frame[]; errors: FieldError[] } {
  const byId = new Map(bodies.map((b) => [b.id, b]));
  const errors: FieldError[] = [];
  const replaced = new Map<string, number>();
  namnder.forEach((n, i) => {
    const body = byId.get(n.key);
    const field = `scenario.namnder.${i}`;
    if (!body || !frameKindsOf[body.kind]?.includes('operating'))
      errors.push({ field, message: `${n.name} i scenariot är ingen nämnd i kommunens organisation och kan inte få en driftram.` });
    else if (Math.abs(n.newKr) > MAX_KR) errors.push({ field, message: `${n.name}: ramen i scenariot är orimligt stor.` });
    else replaced.set(n.key, n.newKr);
  });
  if (errors.length) return { frames: [], errors };
  const isReplaced = (f: Frame) => f.kind === 'operating' && f.year === budgetYear && replaced.has(f.orgUnitId);
  const frames = [
    ...base.filter((f) => !isReplaced(f)),
    ...[...replaced].map(([orgUnitId, amountKr]) => ({ orgUnitId, kind: 'operating' as const, year: budgetYear, amountKr })),
  ];
  return { frames, errors };
}
