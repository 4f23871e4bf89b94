import { describe, expect, it } from "vitest";
import { PermanentJobError, RetryAfterError } from "@/lib/jobs/errors";
import { judgeWebhookResponse, retryAfterMs, WebhookHttpError } from "./webhook-response";

const now = new Date("2026-03-25T10:00:00Z");
const judge =
  (status: number, retryAfter: string | null = null) =>
  () =>
    judgeWebhookResponse(status, retryAfter, "POST http://x", now);

describe("judgeWebhookResponse", () => {
  it("accepts any 2xx", () => {
    for (const status of [200, 201, 202, 204, 299]) expect(judge(status)).not.toThrow();
  });

  it("waits for Retry-After on 429 (and 503), in seconds or as a date", () => {
    expect(judge(429, "120")).toThrow(expect.objectContaining({ name: "RetryAfterError", retryAfterMs: 120_000 }));
    expect(judge(503, "Wed, 25 Mar 2026 10:01:00 GMT")).toThrow(RetryAfterError);
    expect(retryAfterMs("Wed, 25 Mar 2026 10:01:00 GMT", now)).toBe(60_000);
    expect(retryAfterMs("soon", now)).toBeNull();
  });

  it("retries with backoff on 408, a 429 without a hint, and 5xx", () => {
    for (const status of [408, 429, 500, 502, 503]) expect(judge(status)).toThrow(WebhookHttpError);
  });

  it("fails at once on other 4xx and on redirects", () => {
    for (const status of [400, 401, 403, 404, 410, 422]) expect(judge(status)).toThrow(PermanentJobError);
    expect(judge(301)).toThrow(/redirects are not followed/);
  });
});
