// How fast sign-in guessing may go (pure; lib/auth/login-attempts.ts counts from the database).
// Per account: a few free failures, then a delay that doubles with each failure up to 15 minutes,
// so nobody is ever locked out for long and guessing is slowed to a crawl. Per address: a cap on
// failures per hour across all accounts (password spraying). A browser holding that account's
// signed device cookie (lib/auth/device-cookie.ts) is exempt from both, so an attacker cannot
// lock the real user out; it has a failure cap of its own so the cookie cannot be abused.

export const THROTTLE = {
  /** Failures on one account (from browsers without its device cookie) before delays start. */
  accountFreeFailures: 5,
  /** The longest wait between two guesses on one account. */
  accountMaxDelaySeconds: 15 * 60,
  /** How long a failure counts against an account. */
  accountWindowMs: 24 * 60 * 60_000,
  /** Failures one client address (an IPv6 /64) may make per window, whatever the accounts. */
  addressMaxFailures: 20,
  addressWindowMs: 60 * 60_000,
  /** Failures one device cookie may make per window before it is no longer honoured. */
  deviceMaxFailures: 10,
  deviceWindowMs: 24 * 60 * 60_000,
} as const;

/** The wait (seconds) after an account's latest failure, given its failures in the window. */
export function accountDelaySeconds(failures: number): number {
  if (failures < THROTTLE.accountFreeFailures) return 0;
  return Math.min(2 ** (failures - THROTTLE.accountFreeFailures), THROTTLE.accountMaxDelaySeconds);
}

export interface FailureCounts {
  account: { failures: number; latestAt: Date | null };
  address: { failures: number; oldestAt: Date | null };
}

/** Seconds until this attempt may be made, or 0 when it may be made now. */
export function secondsUntilAllowed(counts: FailureCounts, now: Date): number {
  const waits = [0];
  const { account, address } = counts;
  if (account.latestAt) {
    const allowedAt = account.latestAt.getTime() + accountDelaySeconds(account.failures) * 1000;
    waits.push(allowedAt - now.getTime());
  }
  if (address.failures >= THROTTLE.addressMaxFailures && address.oldestAt) {
    waits.push(address.oldestAt.getTime() + THROTTLE.addressWindowMs - now.getTime());
  }
  return Math.ceil(Math.max(...waits) / 1000);
}
