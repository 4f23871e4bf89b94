// How long to wait before the next attempt: capped exponential backoff with "equal jitter"
// (half the delay fixed, half random): until the cap, each wait is at least as long as the
// previous one could have been, so delays grow, yet many failures at once do not retry at once.

export interface RetryPolicy {
  /** The first retry waits between baseMs/2 and baseMs. */
  baseMs: number;
  /** No wait exceeds this. */
  capMs: number;
  /** A handler's Retry-After hint is honoured up to this. */
  maxRetryAfterMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  baseMs: 5_000,
  capMs: 60 * 60_000,
  maxRetryAfterMs: 24 * 60 * 60_000,
};

/** The wait after a failed attempt number `attempts` (1 = the first attempt failed). */
export function retryDelayMs(
  attempts: number,
  policy: RetryPolicy = DEFAULT_RETRY_POLICY,
  random: () => number = Math.random,
): number {
  const exponent = Math.min(Math.max(attempts - 1, 0), 30);
  const ceiling = Math.min(policy.capMs, policy.baseMs * 2 ** exponent);
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}

export function retryAfterDelayMs(hintMs: number, policy: RetryPolicy = DEFAULT_RETRY_POLICY): number {
  return Math.min(Math.max(0, Math.round(hintMs)), policy.maxRetryAfterMs);
}
