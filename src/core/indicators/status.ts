// Status of indicators and goals: the one place the rule lives. Every page, report and export
// calls these functions. The rule, in words:
// - An indicator is assessed against the target in force for the measured period: of the targets
//   that start on or before the period ends, the one that starts latest (the more specific one
//   when two start the same day, so a tertial's target beats the year's). "Higher is better": at or above the target is
//   achieved, within the tolerance below it partly achieved, further below not achieved; "lower
//   is better" the mirror image; a target band: inside is achieved, within the tolerance outside
//   partly. A neutral indicator, or one without value or target, is not assessed.
// - A goal combines its own indicators and, along the red thread, the goals that serve it, each
//   counting once: all assessed achieved → achieved; all assessed not achieved → not achieved;
//   a mix → partly achieved; nothing assessed → not assessed.
import { type Period, parsePeriod, periodRange } from '../period.js';

export const assessments = ['achieved', 'partly', 'not_achieved', 'not_assessed'] as const;
export type Assessment = (typeof assessments)[number];

export const assessmentName: Record<Assessment, string> = {
  achieved: 'Uppfyllt',
  partly: 'Delvis uppfyllt',
  not_achieved: 'Ej uppfyllt',
  not_assessed: 'Ej bedömt',
};

export const directions = ['higher', 'lower', 'band', 'neutral'] as const;
export type Direction = (typeof directions)[number];

export interface Target {
  value: number;
  high: number | null;
}

export interface IndicatorAssessment {
  status: Assessment;
  reason: string;
}

const fmt = (n: number) => new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 2 }).format(n);

export function assessIndicator(
  direction: Direction,
  target: Target | null,
  tolerancePct: number,
  actual: number | null,
): IndicatorAssessment {
  if (direction === 'neutral') return { status: 'not_assessed', reason: 'Indikatorn har ingen riktning och bedöms inte.' };
  if (actual === null) return { status: 'not_assessed', reason: 'Inget utfall för perioden.' };
  if (!target) return { status: 'not_assessed', reason: 'Inget målvärde för perioden.' };
  const low = target.value;
  const high = direction === 'band' ? (target.high ?? target.value) : target.value;
  const slack = (v: number) => (Math.abs(v) * tolerancePct) / 100;
  const [ok, near, describe] =
    direction === 'higher'
      ? [actual >= low, actual >= low - slack(low), `målvärdet är minst ${fmt(low)}`]
      : direction === 'lower'
        ? [actual <= high, actual <= high + slack(high), `målvärdet är högst ${fmt(high)}`]
        : [
            actual >= low && actual <= high,
            actual >= low - slack(low) && actual <= high + slack(high),
            `målvärdet är mellan ${fmt(low)} och ${fmt(high)}`,
          ];
  const status: Assessment = ok ? 'achieved' : near ? 'partly' : 'not_achieved';
  const tolerance = ok
    ? ''
    : near
      ? ` och ligger inom toleransen ${fmt(tolerancePct)} %`
      : ` och ligger utanför toleransen ${fmt(tolerancePct)} %`;
  return { status, reason: `Utfallet ${fmt(actual)}; ${describe}${tolerance}.` };
}

/** Combines the assessments of what a goal rests on, by the rule at the top of this file. */
export function combine(parts: Assessment[]): Assessment {
  const assessed = parts.filter((p) => p !== 'not_assessed');
  if (assessed.length === 0) return 'not_assessed';
  if (assessed.every((p) => p === 'achieved')) return 'achieved';
  if (assessed.every((p) => p === 'not_achieved')) return 'not_achieved';
  return 'partly';
}

export interface StatusPart {
  kind: 'indicator' | 'goal';
  id: string;
  title: string;
  status: Assessment;
  reason: string;
}

export interface GoalStatus {
  status: Assessment;
  reason: string;
  parts: StatusPart[];
}

export interface StatusInput {
  /** Lineage ids of the goals in force, with their own indicators' assessments. */
  goals: { id: string; title: string; indicators: StatusPart[] }[];
  /** child → parent links between those goals. */
  links: { childId: string; parentId: string }[];
}

/** Every goal's status, rolled up from its indicators and the goals that serve it. */
export function goalStatuses(input: StatusInput): Map<string, GoalStatus> {
  const byId = new Map(input.goals.map((g) => [g.id, g]));
  const children = new Map<string, string[]>();
  for (const l of input.links)
    if (byId.has(l.childId) && byId.has(l.parentId)) children.set(l.parentId, [...(children.get(l.parentId) ?? []), l.childId]);
  const done = new Map<string, GoalStatus>();
  const visit = (id: string, path: Set<string>): GoalStatus => {
    const known = done.get(id);
    if (known) return known;
    const g = byId.get(id) as StatusInput['goals'][number];
    const next = new Set(path).add(id);
    const childParts: StatusPart[] = (children.get(id) ?? [])
      .filter((c) => !next.has(c))
      .map((c) => {
        const s = visit(c, next);
        return { kind: 'goal', id: c, title: byId.get(c)?.title ?? '', status: s.status, reason: s.reason };
      });
    const parts = [...g.indicators, ...childParts];
    const status = combine(parts.map((p) => p.status));
    const result = { status, reason: explain(status, parts), parts };
    done.set(id, result);
    return result;
  };
  for (const g of input.goals) visit(g.id, new Set());
  return done;
}

function explain(status: Assessment, parts: StatusPart[]): string {
  if (parts.length === 0) return 'Målet har varken indikatorer eller mål som bidrar till det.';
  const count = (s: Assessment) => parts.filter((p) => p.status === s).length;
  const summary = assessments
    .filter((s) => count(s) > 0)
    .map((s) => `${count(s)} ${assessmentName[s].toLowerCase()}`)
    .join(', ');
  return `${assessmentName[status]}: av ${parts.length} underlag (indikatorer och bidragande mål) är ${summary}.`;
}

/** The target in force for a measured period, by the rule at the top of this file. */
export function targetInForce<T extends { period: string }>(targets: T[], measured: Period): T | undefined {
  const end = periodRange(measured).to;
  return targets
    .map((t) => ({ t, range: periodRange(parsePeriod(t.period)) }))
    .filter((x) => x.range.from <= end)
    .sort((a, b) => a.range.from.localeCompare(b.range.from) || b.range.to.localeCompare(a.range.to))
    .at(-1)?.t;
}

/**
 * The values that count for a unit: its own, else those of the nearest unit above it that has
 * any (a Kolada value for the whole municipality is stored on fullmäktige). `line` is the unit
 * followed by its ancestors, nearest first.
 */
export function valuesForUnit<T extends { org_unit_id: string }>(rows: T[], line: string[]): T[] {
  for (const unit of line) {
    const own = rows.filter((r) => r.org_unit_id === unit);
    if (own.length) return own;
  }
  return [];
}
