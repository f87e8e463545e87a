import { describe, expect, it } from 'vitest';
import type { TreeNode } from '../../planApi.js';
import { countNodes, filterThread, keyTree, keysToDepth, matchesText } from './threadTree.js';

const node = (id: string, title: string, children: TreeNode[] = []): TreeNode => ({
  kind: id === 'v' ? 'vision' : 'goal',
  id,
  title,
  orgUnit: 'Kommunfullmäktige',
  planKind: 'strategisk_plan',
  goalKind: id === 'v' ? null : 'strategic',
  goalId: id,
  planId: 'p',
  children,
});

// A goal ("shared") serving two KF goals appears twice.
const shared = node('shared', 'Tidiga insatser för barn');
const roots = [node('v', 'Vision', [node('a', 'Skolan', [shared]), node('b', 'Tryggheten', [shared])])];

describe('keyTree', () => {
  it('keys each node by its path, so a goal under two parents has two keys', () => {
    const [v] = keyTree(roots);
    expect(v?.children.map((c) => c.children[0]?.key)).toEqual(['v/a/shared', 'v/b/shared']);
    expect(countNodes(keyTree(roots))).toBe(5);
  });
});

describe('filterThread', () => {
  it('keeps matches with their ancestors, and names the ancestors to expand', () => {
    const r = filterThread(keyTree(roots), matchesText('tidiga'));
    expect(r.count).toBe(2);
    expect([...r.ancestors].sort()).toEqual(['v', 'v/a', 'v/b']);
  });

  it('drops branches without a match', () => {
    const r = filterThread(keyTree(roots), matchesText('skolan'));
    expect(r.nodes[0]?.children.map((c) => c.node.id)).toEqual(['a']);
    expect(r.ancestors.has('v/a')).toBe(false);
  });
});

describe('keysToDepth', () => {
  it('opens the levels asked for', () => {
    expect([...keysToDepth(keyTree(roots), 1)]).toEqual(['v']);
    expect([...keysToDepth(keyTree(roots), 2)].sort()).toEqual(['v', 'v/a', 'v/b']);
  });
});
