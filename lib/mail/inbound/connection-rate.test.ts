import { describe, expect, it } from "vitest";
import { connectionRate } from "./connection-rate";

describe("connectionRate", () => {
  it("allows perMinute connections per address in a sliding minute, then refuses until one ages out", () => {
    const rate = connectionRate(3);
    expect([0, 1, 2, 3].map((s) => rate.allow("192.0.2.1", s * 1000))).toEqual([true, true, true, false]);
    expect(rate.allow("192.0.2.2", 3000)).toBe(true);
    expect(rate.allow("192.0.2.1", 59_999)).toBe(false);
    expect(rate.allow("192.0.2.1", 60_000)).toBe(true);
  });

  it("does not count refused attempts against the next minute", () => {
    const rate = connectionRate(1);
    expect(rate.allow("a", 0)).toBe(true);
    for (let s = 1; s < 60; s++) expect(rate.allow("a", s * 1000)).toBe(false);
    expect(rate.allow("a", 60_000)).toBe(true);
  });
});
