import { describe, expect, it } from "vitest";
import { retryAfterDelayMs, retryDelayMs, type RetryPolicy } from "./backoff";

const policy: RetryPolicy = { baseMs: 1_000, capMs: 10_000, maxRetryAfterMs: 60_000 };

describe("retryDelayMs", () => {
  it("doubles the window each attempt: between half and all of base × 2^(attempt−1)", () => {
    expect([1, 2, 3, 4].map((n) => retryDelayMs(n, policy, () => 0))).toEqual([500, 1_000, 2_000, 4_000]);
    expect([1, 2, 3, 4].map((n) => retryDelayMs(n, policy, () => 1))).toEqual([1_000, 2_000, 4_000, 8_000]);
  });

  it("never waits less after a later attempt, whatever the jitter, until the cap", () => {
    for (let attempt = 1; 1_000 * 2 ** attempt <= policy.capMs; attempt++) {
      expect(retryDelayMs(attempt + 1, policy, () => 0)).toBeGreaterThanOrEqual(retryDelayMs(attempt, policy, () => 1));
    }
  });

  it("caps the wait, even after very many attempts", () => {
    expect(retryDelayMs(5, policy, () => 1)).toBe(10_000);
    expect(retryDelayMs(1_000, policy, () => 1)).toBe(10_000);
    expect(retryDelayMs(1_000, policy, () => 0)).toBe(5_000);
  });
});

describe("retryAfterDelayMs", () => {
  it("takes the hint as given, within zero and the policy's maximum", () => {
    expect(retryAfterDelayMs(7_000, policy)).toBe(7_000);
    expect(retryAfterDelayMs(-5, policy)).toBe(0);
    expect(retryAfterDelayMs(10 * 60_000, policy)).toBe(60_000);
  });
});
