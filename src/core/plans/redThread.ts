// The red thread as a tree, computed from the current plans of a year: one pure function that
// the view, the integrity list and the export all call.
import type { GoalKind, PlanKind } from './kinds.js';
import { mustBeMeasured, mustTrace } from './links.js';

export interface ThreadNode {
  /** The lineage: stable across versions, and the key links point at. */
  id: string;
  type: 'vision' | 'program' | 'strategic_area' | 'goal';
  planKind: PlanKind;
  goalKind: GoalKind | null;
  title: string;
  planId: string;
  goalId: string | null;
  orgUnitId: string;
  orgUnitName: string;
  personName: string | null;
  hasIndicator: boolean;
  qualitative: boolean;
  hasOwner: boolean;
}

export interface ThreadLink {
  childId: string;
  parentId: string;
}

export interface TreeNode {
  kind: ThreadNode['type'];
  id: string;
  title: string;
  orgUnit: string;
  planKind: PlanKind;
  goalKind: GoalKind | null;
  goalId: string | null;
  planId: string;
  children: TreeNode[];
}

export interface RedThread {
  roots: TreeNode[];
  /** Goals that must trace upward but reach no vision, strategic area or program. */
  untraced: ThreadNode[];
}

function childrenIndex(nodes: ThreadNode[], links: ThreadLink[]) {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const children = new Map<string, ThreadNode[]>();
  const add = (parent: string, child: ThreadNode) => children.set(parent, [...(children.get(parent) ?? []), child]);
  const vision = nodes.find((n) => n.type === 'vision');
  for (const n of nodes) {
    // The vision is the root; programs and strategic areas hang directly below it.
    if (vision && (n.type === 'program' || n.type === 'strategic_area')) add(vision.id, n);
    if (n.type === 'goal' && n.goalKind === 'malbild') add(n.planId, n);
  }
  for (const l of links) {
    const child = byId.get(l.childId);
    if (child && byId.has(l.parentId)) add(l.parentId, child);
  }
  return { byId, children, vision };
}

function grower(nodes: ThreadNode[], links: ThreadLink[]) {
  const index = childrenIndex(nodes, links);
  const reached = new Set<string>();
  const grow = (n: ThreadNode, path: ReadonlySet<string>): TreeNode => {
    reached.add(n.id);
    // Målbilder hang on their program's plan; everything else on the node's own id.
    const below = n.type === 'program' ? (index.children.get(n.planId) ?? []) : (index.children.get(n.id) ?? []);
    const next = new Set(path).add(n.id);
    return {
      kind: n.type,
      id: n.id,
      title: n.title,
      orgUnit: n.personName ? `${n.orgUnitName} – ${n.personName}` : n.orgUnitName,
      planKind: n.planKind,
      goalKind: n.goalKind,
      goalId: n.goalId,
      planId: n.planId,
      children: below.filter((c) => !next.has(c.id)).map((c) => grow(c, next)),
    };
  };
  return { ...index, grow, reached };
}

/** Builds the tree from the vision down, and lists what traces to nothing. */
export function buildRedThread(nodes: ThreadNode[], links: ThreadLink[]): RedThread {
  const { grow, reached, vision } = grower(nodes, links);
  const tops = vision ? [vision] : nodes.filter((n) => n.type === 'program' || n.type === 'strategic_area');
  const roots = tops.map((t) => grow(t, new Set()));
  const untraced = nodes.filter((n) => n.type === 'goal' && n.goalKind && mustTrace(n.planKind, n.goalKind) && !reached.has(n.id));
  return { roots, untraced };
}

/** Everything that serves one node, as a tree below it. */
export function treeBelow(nodes: ThreadNode[], links: ThreadLink[], id: string): TreeNode | null {
  const { grow, byId } = grower(nodes, links);
  const node = byId.get(id);
  return node ? grow(node, new Set()) : null;
}

/** Goals that are not SMART enough: no indicator (nor a reason why not), or no owner. */
export function unmeasuredGoals(nodes: ThreadNode[]) {
  return nodes
    .filter((n) => n.type === 'goal' && n.goalKind && mustBeMeasured(n.goalKind))
    .flatMap((n) => [
      ...(!n.hasIndicator && !n.qualitative ? [{ node: n, problem: 'no_indicator' as const }] : []),
      ...(!n.hasOwner ? [{ node: n, problem: 'no_owner' as const }] : []),
    ]);
}

/** Every chain from a node up to the root, each listed from the top down. */
export function pathsUp(nodes: ThreadNode[], links: ThreadLink[], id: string): ThreadNode[][] {
  const { byId, vision } = childrenIndex(nodes, links);
  const parents = new Map<string, string[]>();
  for (const l of links) if (byId.has(l.parentId)) parents.set(l.childId, [...(parents.get(l.childId) ?? []), l.parentId]);
  const up = (nid: string, seen: Set<string>): ThreadNode[][] => {
    const n = byId.get(nid);
    if (!n || seen.has(nid)) return [];
    let ps = parents.get(nid) ?? [];
    if (n.type === 'goal' && n.goalKind === 'malbild')
      ps = nodes.filter((p) => p.type === 'program' && p.planId === n.planId).map((p) => p.id);
    if ((n.type === 'program' || n.type === 'strategic_area') && vision) ps = [vision.id];
    if (ps.length === 0) return [[n]];
    const next = new Set(seen).add(nid);
    return ps.flatMap((p) => up(p, next).map((path) => [...path, n]));
  };
  return up(id, new Set());
}
