// Two scenarios side by side: per nämnd the new frames and their difference, and per step kind
// what each scenario puts there, so a reader sees where two proposals part ways.
import type { ScenarioResult } from './bridge.js';
import { type StepKind, stepKinds } from './steps.js';

export interface StepDifference {
  kind: StepKind;
  aKr: number;
  bKr: number;
  diffKr: number;
}
export interface NamndDifference {
  key: string;
  name: string;
  aKr: number | null;
  bKr: number | null;
  diffKr: number;
  steps: StepDifference[];
}

const byKind = (steps: readonly { kind: StepKind; amountKr: number }[] | undefined) => {
  const m = new Map<StepKind, number>();
  for (const s of steps ?? []) m.set(s.kind, (m.get(s.kind) ?? 0) + s.amountKr);
  return m;
};

/** Differences are b − a; a nämnd in only one scenario counts as zero in the other. */
export function compareScenarios(
  a: ScenarioResult,
  b: ScenarioResult,
): { namnder: NamndDifference[]; aKr: number; bKr: number; diffKr: number } {
  const keys = [...new Set([...a.namnder.map((n) => n.key), ...b.namnder.map((n) => n.key)])];
  const namnder = keys.map((key) => {
    const na = a.namnder.find((n) => n.key === key);
    const nb = b.namnder.find((n) => n.key === key);
    const ka = byKind(na?.steps);
    const kb = byKind(nb?.steps);
    const steps = stepKinds
      .filter((k) => ka.has(k) || kb.has(k))
      .map((kind) => ({ kind, aKr: ka.get(kind) ?? 0, bKr: kb.get(kind) ?? 0, diffKr: (kb.get(kind) ?? 0) - (ka.get(kind) ?? 0) }));
    return {
      key,
      name: nb?.name ?? na?.name ?? key,
      aKr: na?.newKr ?? null,
      bKr: nb?.newKr ?? null,
      diffKr: (nb?.newKr ?? 0) - (na?.newKr ?? 0),
      steps,
    };
  });
  return { namnder, aKr: a.newKr, bKr: b.newKr, diffKr: b.newKr - a.newKr };
}
