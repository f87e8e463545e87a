// Login throttling: after this many failures within the window, further attempts are refused
// until the oldest failure in the window has aged out.
export const loginThrottle = { maxFailures: 5, windowMinutes: 15 } as const;

/** Minutes left of the lock-out, or 0 when a new attempt may be made. */
export function lockoutMinutesLeft(recentFailures: Date[], now: Date): number {
  const windowMs = loginThrottle.windowMinutes * 60_000;
  const inWindow = recentFailures.filter((t) => now.getTime() - t.getTime() < windowMs).sort((a, b) => a.getTime() - b.getTime());
  if (inWindow.length < loginThrottle.maxFailures) return 0;
  const oldestThatCounts = inWindow[inWindow.length - loginThrottle.maxFailures] as Date;
  return Math.max(1, Math.ceil((oldestThatCounts.getTime() + windowMs - now.getTime()) / 60_000));
}
