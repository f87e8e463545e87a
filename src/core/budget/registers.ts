// The investment plan against the investment frames, and the register of targeted state grants.
import type { FieldError } from '../errors.js';
import type { Frame } from './frames.js';

export interface InvestmentLine {
  orgUnitId: string;
  amounts: { year: number; amountKr: number }[];
}

export interface YearComparison {
  year: number;
  plannedKr: number;
  frameKr: number;
  /** frame − planned: positive is room left, negative is planned beyond the frame. */
  differenceKr: number;
}

const compare = (lines: readonly InvestmentLine[], frames: readonly Frame[], years: readonly number[]): YearComparison[] =>
  years.map((year) => {
    const plannedKr = lines.reduce((s, l) => s + l.amounts.filter((a) => a.year === year).reduce((t, a) => t + a.amountKr, 0), 0);
    const frameKr = frames.filter((f) => f.kind === 'investment' && f.year === year).reduce((s, f) => s + f.amountKr, 0);
    return { year, plannedKr, frameKr, differenceKr: frameKr - plannedKr };
  });

/** Planned investments per year against the investment frames, in total and per body. */
export function investmentComparison(lines: readonly InvestmentLine[], frames: readonly Frame[], years: readonly number[]) {
  const bodies = [...new Set([...lines.map((l) => l.orgUnitId), ...frames.filter((f) => f.kind === 'investment').map((f) => f.orgUnitId)])];
  return {
    total: compare(lines, frames, years),
    perBody: bodies.map((orgUnitId) => ({
      orgUnitId,
      years: compare(
        lines.filter((l) => l.orgUnitId === orgUnitId),
        frames.filter((f) => f.orgUnitId === orgUnitId),
        years,
      ),
    })),
  };
}

export interface GrantInput {
  applied: boolean;
  amountKr?: number | null;
  periodFrom?: string | null;
  periodTo?: string | null;
  reasonNotApplied?: string | null;
}

/** A sought grant has an amount and a period; one not sought has the reason why (the nämnd reports it to KS). */
export function checkGrant(g: GrantInput): FieldError[] {
  const errors: FieldError[] = [];
  if (g.applied) {
    if (g.amountKr === null || g.amountKr === undefined) errors.push({ field: 'amountKr', message: 'Ange det sökta beloppet.' });
    if (!g.periodFrom) errors.push({ field: 'periodFrom', message: 'Ange periodens första dag.' });
    if (!g.periodTo) errors.push({ field: 'periodTo', message: 'Ange periodens sista dag.' });
    if (g.periodFrom && g.periodTo && g.periodTo < g.periodFrom)
      errors.push({ field: 'periodTo', message: 'Perioden slutar före den börjar.' });
  } else if (!g.reasonNotApplied?.trim()) {
    errors.push({ field: 'reasonNotApplied', message: 'Ange varför bidraget inte söks.' });
  }
  return errors;
}

export interface GrantLine {
  orgUnitId: string;
  applied: boolean;
  amountKr: number | null;
}

/** KS's overview: per nämnd how many grants were sought and for how much, and how many were not. */
export function grantSummary(grants: readonly GrantLine[]) {
  const bodies = [...new Set(grants.map((g) => g.orgUnitId))];
  return bodies.map((orgUnitId) => {
    const of = grants.filter((g) => g.orgUnitId === orgUnitId);
    const applied = of.filter((g) => g.applied);
    return {
      orgUnitId,
      appliedCount: applied.length,
      appliedKr: applied.reduce((s, g) => s + (g.amountKr ?? 0), 0),
      notAppliedCount: of.length - applied.length,
    };
  });
}
