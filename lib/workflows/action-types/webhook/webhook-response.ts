// What a webhook's HTTP answer means for the job (pure): 2xx delivered; 429 (and 503 with a
// Retry-After) retried no sooner than the hint; 408, other 5xx and network errors retried
// with the queue's backoff; any other 4xx (or a redirect, which is not followed) fails now,
// since sending the same request again cannot succeed.
import { PermanentJobError, RetryAfterError } from "@/lib/jobs/errors";

export class WebhookHttpError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
    this.name = "WebhookHttpError";
  }
}

/** Retry-After as delta-seconds or an HTTP date; null when absent or unreadable. */
export function retryAfterMs(header: string | null, now: Date): number | null {
  if (!header) return null;
  const value = header.trim();
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, at - now.getTime());
}

/** Returns on success; otherwise throws the error that steers the retry. */
export function judgeWebhookResponse(status: number, retryAfter: string | null, target: string, now: Date): void {
  if (status >= 200 && status < 300) return;
  const answered = `${target} answered HTTP ${status}`;
  const hint = retryAfterMs(retryAfter, now);
  if ((status === 429 || status === 503) && hint !== null)
    throw new RetryAfterError(`${answered}; Retry-After ${retryAfter}`, hint);
  if (status === 408 || status === 429 || status >= 500) throw new WebhookHttpError(answered, status);
  const why = status >= 300 && status < 400 ? " (redirects are not followed)" : "";
  throw new PermanentJobError(`${answered}${why}; not retried`);
}
