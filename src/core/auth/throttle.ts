// Sign-in throttling (decision 0003). Each attempt is counted BEFORE its password is verified,
// in counters the database updates atomically, so parallel attempts cannot slip past a limit;
// a success takes its count back. Counters run in fixed windows that start at the first failure.
export const signInLimits = {
  windowMinutes: 15,
  /** Failures for one account from one source: beyond this that source is refused for the account. */
  perAccountAndSource: 5,
  /** Failures from one source over all accounts (spraying one password over many accounts). */
  perSource: 30,
  /** Failures for one account from every source, beyond which each attempt is slowed, never refused. */
  accountSlowAfter: 10,
} as const;

export interface Counter {
  /** Attempts in the window, this one included. */
  failures: number;
  windowStart: Date;
}

/** Minutes until the counter's window ends, at least 1. */
export function minutesLeft(c: Counter, now: Date): number {
  const end = c.windowStart.getTime() + signInLimits.windowMinutes * 60_000;
  return Math.max(1, Math.ceil((end - now.getTime()) / 60_000));
}

/**
 * Whether an attempt may be verified, given the counters it has just incremented: refused when
 * either is past its limit, with the minutes until the later window ends.
 */
export function verdict(
  bySource: Counter,
  byAccountAndSource: Counter,
  now: Date,
): { allowed: true } | { allowed: false; minutes: number } {
  const over = [
    bySource.failures > signInLimits.perSource ? bySource : null,
    byAccountAndSource.failures > signInLimits.perAccountAndSource ? byAccountAndSource : null,
  ].filter((c): c is Counter => c !== null);
  if (over.length === 0) return { allowed: true };
  return { allowed: false, minutes: Math.max(...over.map((c) => minutesLeft(c, now))) };
}

/**
 * How long to wait before verifying a password for an account that many sources have failed:
 * the owner elsewhere is slowed a little, never locked out; growing, at most five seconds.
 */
export function slowdownMs(accountFailures: number): number {
  const beyond = accountFailures - signInLimits.accountSlowAfter;
  return beyond <= 0 ? 0 : Math.min(5_000, beyond * 250);
}

/** The refusal's text, in Swedish. */
export const throttledMessage = (minutes: number) =>
  `För många misslyckade inloggningsförsök. Försök igen om ${minutes} ${minutes === 1 ? 'minut' : 'minuter'}.`;

/**
 * The key a client address is counted under: an IPv4 address as it is, an IPv6 address by its
 * /64 network, since one subscriber is handed a whole /64 and could otherwise rotate through it.
 */
export function sourceKey(address: string): string {
  const a = address.trim().toLowerCase();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(a);
  if (mapped) return mapped[1] as string;
  if (!a.includes(':')) return a;
  const [head = '', tail] = a.split('%')[0]?.split('::') ?? [];
  const left = head ? head.split(':') : [];
  const right = tail === undefined ? [] : tail ? tail.split(':') : [];
  const groups = [...left, ...Array(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right];
  return `${groups
    .slice(0, 4)
    .map((g) => Number.parseInt(g || '0', 16).toString(16))
    .join(':')}::/64`;
}
