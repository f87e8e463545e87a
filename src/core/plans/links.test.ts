import { describe, expect, it } from 'vitest';
import { mayReceiveAssignment } from './links.js';

describe('who may receive an uppdrag', () => {
  it('from KF: nämnder, KS and bolag; from a nämnd: its own förvaltning or itself', () => {
    expect(mayReceiveAssignment('strategisk_plan', 'kf', { id: 'sn', kind: 'namnd', parentId: 'kf' })).toBe(true);
    expect(mayReceiveAssignment('strategisk_plan', 'kf', { id: 'f', kind: 'forvaltning', parentId: 'sn' })).toBe(false);
    expect(mayReceiveAssignment('namndplan', 'sn', { id: 'f', kind: 'forvaltning', parentId: 'sn' })).toBe(true);
    expect(mayReceiveAssignment('namndplan', 'sn', { id: 'f2', kind: 'forvaltning', parentId: 'bukn' })).toBe(false);
  });
});
