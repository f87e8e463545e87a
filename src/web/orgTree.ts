// Builds the organisation tree from the flat list the API returns (each unit names its parent).
import { orgUnitKinds } from '../core/org/kinds.js';
import type { OrgUnit } from './api.js';

export interface TreeNode {
  unit: OrgUnit;
  children: TreeNode[];
}

const kindOrder = (u: OrgUnit) => orgUnitKinds.indexOf(u.kind);
const byKindThenName = (a: TreeNode, b: TreeNode) => kindOrder(a.unit) - kindOrder(b.unit) || a.unit.name.localeCompare(b.unit.name, 'sv');

export function buildTree(units: OrgUnit[]): TreeNode[] {
  const nodes = new Map(units.map((u) => [u.id, { unit: u, children: [] as TreeNode[] }]));
  const roots: TreeNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.unit.parentId ? nodes.get(node.unit.parentId) : undefined;
    // A unit whose parent is not in the list (e.g. a closed parent hidden) is shown at the top.
    (parent ? parent.children : roots).push(node);
  }
  const sort = (list: TreeNode[]) => {
    list.sort(byKindThenName);
    for (const n of list) sort(n.children);
  };
  sort(roots);
  return roots;
}

/** Keeps the nodes that match and their ancestors; returns the ids of those ancestors too. */
export function filterTree(
  roots: TreeNode[],
  matches: (u: OrgUnit) => boolean,
): { nodes: TreeNode[]; ancestors: Set<string>; count: number } {
  const ancestors = new Set<string>();
  let count = 0;
  const walk = (list: TreeNode[]): TreeNode[] => {
    const out: TreeNode[] = [];
    for (const n of list) {
      const kids = walk(n.children);
      const self = matches(n.unit);
      if (self) count++;
      if (self || kids.length > 0) {
        if (kids.length > 0) ancestors.add(n.unit.id);
        out.push({ unit: n.unit, children: kids });
      }
    }
    return out;
  };
  return { nodes: walk(roots), ancestors, count };
}

/** Ids of the nodes down to `depth` levels (1 = the roots), for the default expansion. */
export function idsToDepth(roots: TreeNode[], depth: number): Set<string> {
  const ids = new Set<string>();
  const walk = (list: TreeNode[], level: number) => {
    if (level > depth) return;
    for (const n of list) {
      if (n.children.length > 0) ids.add(n.unit.id);
      walk(n.children, level + 1);
    }
  };
  walk(roots, 1);
  return ids;
}
