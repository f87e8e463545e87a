// The red thread as the tree component needs it. A goal that serves two goals appears under
// both, so a node's key is its path from the top, not its id (keys must be unique in a tree).
import type { TreeNode } from '../../planApi.js';

export interface KeyedNode {
  key: string;
  node: TreeNode;
  children: KeyedNode[];
}

export function keyTree(roots: TreeNode[]): KeyedNode[] {
  const walk = (list: TreeNode[], prefix: string): KeyedNode[] =>
    list.map((n) => {
      const key = prefix ? `${prefix}/${n.id}` : n.id;
      return { key, node: n, children: walk(n.children, key) };
    });
  return walk(roots, '');
}

/** Keeps the nodes that match and their ancestors; the ancestors' keys are what to expand. */
export function filterThread(
  roots: KeyedNode[],
  matches: (n: TreeNode) => boolean,
): { nodes: KeyedNode[]; ancestors: Set<string>; count: number } {
  const ancestors = new Set<string>();
  let count = 0;
  const walk = (list: KeyedNode[]): KeyedNode[] => {
    const out: KeyedNode[] = [];
    for (const k of list) {
      const kids = walk(k.children);
      const self = matches(k.node);
      if (self) count++;
      if (self || kids.length > 0) {
        if (kids.length > 0) ancestors.add(k.key);
        out.push({ ...k, children: kids });
      }
    }
    return out;
  };
  return { nodes: walk(roots), ancestors, count };
}

/** Keys of the nodes with children down to `depth` levels (1 = the roots). */
export function keysToDepth(roots: KeyedNode[], depth: number): Set<string> {
  const keys = new Set<string>();
  const walk = (list: KeyedNode[], level: number) => {
    if (level > depth) return;
    for (const k of list) {
      if (k.children.length > 0) keys.add(k.key);
      walk(k.children, level + 1);
    }
  };
  walk(roots, 1);
  return keys;
}

/** How many nodes the tree shows in all (a node under two parents counts twice). */
export const countNodes = (list: KeyedNode[]): number => list.reduce((n, k) => n + 1 + countNodes(k.children), 0);

/** Text a search matches: the title, the unit and the person. */
export const matchesText = (needle: string) => (n: TreeNode) =>
  n.title.toLocaleLowerCase('sv').includes(needle) || n.orgUnit.toLocaleLowerCase('sv').includes(needle);
