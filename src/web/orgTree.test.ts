import { describe, expect, it } from 'vitest';
import type { OrgUnit } from './api.js';
import { buildTree, filterTree, idsToDepth } from './orgTree.js';

const unit = (id: string, kind: OrgUnit['kind'], name: string, parentId: string | null): OrgUnit => ({
  id,
  kind,
  name,
  shortName: null,
  parentId,
  openedOn: '2023-01-01',
  closedOn: null,
  version: 1,
});

const units = [
  unit('sn', 'namnd', 'Socialnämnden', 'kf'),
  unit('kf', 'fullmaktige', 'Kommunfullmäktige', null),
  unit('ks', 'kommunstyrelse', 'Kommunstyrelsen', 'kf'),
  unit('sf', 'forvaltning', 'Socialförvaltningen', 'sn'),
  unit('ht', 'enhet', 'Hemtjänst Flen', 'sf'),
];

describe('buildTree', () => {
  it('nests units under their parents, kinds in the order of the model', () => {
    const [root] = buildTree(units);
    expect(root?.unit.id).toBe('kf');
    expect(root?.children.map((c) => c.unit.id)).toEqual(['ks', 'sn']);
  });

  it('expands down to the nämnder by default', () => {
    expect([...idsToDepth(buildTree(units), 1)]).toEqual(['kf']);
  });
});

describe('filterTree', () => {
  it('keeps matches with the path to them and opens that path', () => {
    const { nodes, ancestors, count } = filterTree(buildTree(units), (u) => u.name.includes('Hemtjänst'));
    expect(count).toBe(1);
    expect(nodes[0]?.children.map((c) => c.unit.id)).toEqual(['sn']);
    expect([...ancestors].sort()).toEqual(['kf', 'sf', 'sn']);
  });
});
