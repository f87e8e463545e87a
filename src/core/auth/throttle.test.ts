import { describe, expect, it } from 'vitest';
import { lockoutMinutesLeft } from './throttle.js';

const now = new Date('2026-01-01T12:00:00Z');
const ago = (min: number) => new Date(now.getTime() - min * 60_000);

describe('login throttling', () => {
  it('lets four recent failures pass and locks at the fifth', () => {
    expect(lockoutMinutesLeft([ago(1), ago(2), ago(3), ago(4)], now)).toBe(0);
    expect(lockoutMinutesLeft([ago(1), ago(2), ago(3), ago(4), ago(5)], now)).toBe(10);
  });

  it('forgets failures older than the window', () => {
    expect(lockoutMinutesLeft([ago(1), ago(2), ago(3), ago(4), ago(16)], now)).toBe(0);
  });
});
