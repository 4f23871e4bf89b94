// Errors a handler throws to steer what happens next. Anything else is retried with backoff.

/** Retry no sooner than this (e.g. an HTTP 429/503 with Retry-After). Still counts an attempt. */
export class RetryAfterError extends Error {
  constructor(
    message: string,
    readonly retryAfterMs: number,
  ) {
    super(message);
    this.name = "RetryAfterError";
  }
}

/** Retrying cannot help (bad payload, a 4xx that will not change): fail the job now. */
export class PermanentJobError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "PermanentJobError";
  }
}

const MAX_ERROR_LENGTH = 4_000;

/** The text kept in Job.lastError: what went wrong, on which attempt. */
export function describeJobError(error: unknown, attempts: number, maxAttempts: number): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : `Non-error thrown: ${String(error)}`;
  return `attempt ${attempts}/${maxAttempts}: ${text}`.slice(0, MAX_ERROR_LENGTH);
}
