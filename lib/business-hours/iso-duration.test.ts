import { describe, expect, it } from "vitest";
import { durationMs, formatDurationShort, ZIsoDuration } from "./iso-duration";

describe("ISO 8601 durations for SLA targets", () => {
  it("reads weeks, days, hours and minutes as fixed amounts", () => {
    expect(durationMs("PT4H")).toBe(4 * 3_600_000);
    expect(durationMs("P2D")).toBe(48 * 3_600_000);
    expect(durationMs("P1W")).toBe(7 * 24 * 3_600_000);
    expect(durationMs("P1DT2H30M")).toBe((26 * 60 + 30) * 60_000);
    expect(durationMs("PT1.5H")).toBe(90 * 60_000);
    expect(durationMs("pt90m")).toBe(90 * 60_000);
  });

  it("refuses months, years and what is not a duration", () => {
    expect(durationMs("P1M")).toBeNull();
    expect(durationMs("P1Y")).toBeNull();
    expect(durationMs("4 hours")).toBeNull();
    expect(durationMs("P1Y2D")).toBeNull();
    expect(durationMs("P")).toBeNull();
    expect(durationMs("PT")).toBeNull();
    expect(durationMs("P1DT")).toBeNull();
    expect(durationMs("-PT4H")).toBeNull();
    expect(ZIsoDuration.safeParse("PT30S").success).toBe(false);
    expect(ZIsoDuration.safeParse("P400D").success).toBe(false);
    expect(ZIsoDuration.safeParse("PT1M").success).toBe(true);
    const junk = ZIsoDuration.safeParse("soon");
    expect(junk.success ? [] : junk.error.issues.map((issue) => issue.message)).toEqual([
      "Use an ISO 8601 duration in weeks, days, hours or minutes (PT4H, P2D)",
    ]);
  });

  it("shows a time left in its two largest units", () => {
    expect(formatDurationShort(0)).toBe("0 min");
    expect(formatDurationShort(25 * 60_000)).toBe("25 min");
    expect(formatDurationShort((26 * 60 + 30) * 60_000)).toBe("1 d 2 h");
    expect(formatDurationShort(4 * 3_600_000)).toBe("4 h");
  });
});
