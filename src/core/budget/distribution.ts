// A nämnd's internal distribution of its operating frame down to enhet level. Each level's sum
// should equal the frame and each unit's amount the sum of the units under it; a difference is
// shown as "ej fördelat" (undistributed), never hidden.
import type { FieldError } from '../errors.js';
import type { OrgUnitKind } from '../org/kinds.js';

export interface TreeUnit {
  id: string;
  name: string;
  kind: OrgUnitKind;
  parentId: string | null;
}

export interface DistributionLine {
  orgUnitId: string;
  amountKr: number;
}

export interface DistributionNode extends TreeUnit {
  depth: number;
  amountKr: number | null;
  /** Sum of the amounts of the units directly below; null when none of them has an amount. */
  childrenSumKr: number | null;
  /** amount − children's sum, for a unit with units below it and an amount of its own. */
  undistributedKr: number | null;
}

export interface LevelSum {
  kind: OrgUnitKind;
  sumKr: number;
  /** frame − sum; null without a frame. */
  undistributedKr: number | null;
}

export interface DistributionSums {
  nodes: DistributionNode[];
  levels: LevelSum[];
  frameKr: number | null;
  distributedKr: number;
  /** frame − what the units directly under the nämnd got. */
  undistributedKr: number | null;
}

const levelOrder: OrgUnitKind[] = ['forvaltning', 'avdelning', 'enhet'];

/** The tree below `rootId` in depth-first order with its sums; the root carries the frame. */
export function distributionSums(rootId: string, units: readonly TreeUnit[], lines: readonly DistributionLine[], frameKr: number | null) {
  const amounts = new Map(lines.map((l) => [l.orgUnitId, l.amountKr]));
  const children = new Map<string, TreeUnit[]>();
  for (const u of units) if (u.parentId) children.set(u.parentId, [...(children.get(u.parentId) ?? []), u]);
  const sumOf = (id: string): number | null => {
    const own = (children.get(id) ?? []).map((c) => amounts.get(c.id)).filter((a): a is number => a !== undefined);
    return own.length ? own.reduce((s, a) => s + a, 0) : null;
  };
  const nodes: DistributionNode[] = [];
  const root = units.find((u) => u.id === rootId);
  const walk = (u: TreeUnit, depth: number) => {
    const isRoot = u.id === rootId;
    const amountKr = isRoot ? frameKr : (amounts.get(u.id) ?? null);
    const below = children.get(u.id) ?? [];
    const childrenSumKr = sumOf(u.id);
    const undistributedKr = below.length && amountKr !== null ? amountKr - (childrenSumKr ?? 0) : null;
    nodes.push({ ...u, depth, amountKr, childrenSumKr, undistributedKr });
    for (const c of below) walk(c, depth + 1);
  };
  if (root) walk(root, 0);
  const below = nodes.filter((n) => n.id !== rootId);
  const levels = levelOrder
    .filter((kind) => below.some((n) => n.kind === kind))
    .map((kind) => {
      const sumKr = below.filter((n) => n.kind === kind).reduce((s, n) => s + (n.amountKr ?? 0), 0);
      return { kind, sumKr, undistributedKr: frameKr === null ? null : frameKr - sumKr };
    });
  const distributedKr = sumOf(rootId) ?? 0;
  return {
    nodes,
    levels,
    frameKr,
    distributedKr,
    undistributedKr: frameKr === null ? null : frameKr - distributedKr,
  } satisfies DistributionSums;
}

/** Problems with lines for the tree below `rootId`: a unit outside it, the nämnd itself, or twice. */
export function checkDistribution(rootId: string, units: readonly TreeUnit[], lines: readonly DistributionLine[]): FieldError[] {
  const inTree = new Set(units.map((u) => u.id));
  const seen = new Set<string>();
  const errors: FieldError[] = [];
  lines.forEach((l, i) => {
    const field = `lines.${i}.orgUnitId`;
    if (l.orgUnitId === rootId) errors.push({ field, message: 'Nämndens ram fördelas till enheterna under den, inte till nämnden själv.' });
    else if (!inTree.has(l.orgUnitId)) errors.push({ field, message: 'Enheten hör inte till nämndens organisation.' });
    else if (seen.has(l.orgUnitId)) errors.push({ field, message: 'Enheten finns två gånger.' });
    seen.add(l.orgUnitId);
  });
  return errors;
}
