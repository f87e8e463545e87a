import { describe, expect, it } from 'vitest';
import { minutesLeft, signInLimits, slowdownMs, sourceKey, verdict } from './throttle.js';

const now = new Date('2026-01-01T12:00:00Z');
const ago = (min: number) => new Date(now.getTime() - min * 60_000);
const counter = (failures: number, startedMinutesAgo = 1) => ({ failures, windowStart: ago(startedMinutesAgo) });

describe('sign-in throttling', () => {
  it('verifies the fifth attempt for an account from a source and refuses the sixth until the window ends', () => {
    expect(verdict(counter(5), counter(5), now)).toEqual({ allowed: true });
    expect(verdict(counter(6), counter(6, 5), now)).toEqual({ allowed: false, minutes: 10 });
  });

  it('refuses a source that has failed on many accounts, whatever the account', () => {
    expect(verdict(counter(signInLimits.perSource), counter(1), now)).toEqual({ allowed: true });
    expect(verdict(counter(signInLimits.perSource + 1, 14), counter(1), now)).toEqual({ allowed: false, minutes: 1 });
  });

  it('counts the minutes left up, never to zero', () => {
    expect(minutesLeft(counter(6, 0), now)).toBe(15);
    expect(minutesLeft(counter(6, 15), now)).toBe(1);
  });

  it('slows an account failed from everywhere, by at most five seconds', () => {
    expect(slowdownMs(signInLimits.accountSlowAfter)).toBe(0);
    expect(slowdownMs(signInLimits.accountSlowAfter + 2)).toBe(500);
    expect(slowdownMs(10_000)).toBe(5_000);
  });
});

describe('the source of an attempt', () => {
  it('counts IPv4 by address and IPv6 by its /64 network', () => {
    expect(sourceKey('192.0.2.1')).toBe('192.0.2.1');
    expect(sourceKey('::ffff:192.0.2.1')).toBe('192.0.2.1');
    expect(sourceKey('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(sourceKey('2001:0db8:0001:0002:bbbb:0:0:9')).toBe('2001:db8:1:2::/64');
    expect(sourceKey('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(sourceKey('::1')).toBe('0:0:0:0::/64');
  });
});
