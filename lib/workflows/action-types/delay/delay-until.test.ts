import { describe, expect, it } from "vitest";
import { delayUntil, nextWeekdayAt } from "./delay-until";

const now = new Date("2026-03-25T10:00:00Z"); // a Wednesday

describe("delayUntil", () => {
  it("waits a duration", () => {
    expect(delayUntil({ type: "delay", minutes: 90 }, now, "UTC").toISOString()).toBe("2026-03-25T11:30:00.000Z");
  });

  it("waits until an instant, or not at all when it has passed", () => {
    expect(delayUntil({ type: "delay", until: "2026-04-01T08:00:00+02:00" }, now, "UTC").toISOString()).toBe(
      "2026-04-01T06:00:00.000Z",
    );
    expect(delayUntil({ type: "delay", until: "2026-01-01T00:00:00Z" }, now, "UTC")).toEqual(now);
  });
});

describe("nextWeekdayAt", () => {
  it("finds the next weekday and time in the time zone", () => {
    // Friday 09:00 in Berlin (CET, UTC+1 until 29 March)
    expect(nextWeekdayAt(5, "09:00", now, "Europe/Berlin").toISOString()).toBe("2026-03-27T08:00:00.000Z");
    // Monday 09:00 in Berlin after the DST change (CEST, UTC+2)
    expect(nextWeekdayAt(1, "09:00", now, "Europe/Berlin").toISOString()).toBe("2026-03-30T07:00:00.000Z");
    expect(nextWeekdayAt(3, "09:00", now, "America/New_York").toISOString()).toBe("2026-03-25T13:00:00.000Z");
  });

  it("is strictly later: today at a time already past means next week", () => {
    expect(nextWeekdayAt(3, "10:00", now, "UTC").toISOString()).toBe("2026-04-01T10:00:00.000Z");
    expect(nextWeekdayAt(3, "10:01", now, "UTC").toISOString()).toBe("2026-03-25T10:01:00.000Z");
  });

  it("uses the local weekday, not UTC's", () => {
    // 23:30 UTC Wednesday is already Thursday 08:30 in Tokyo: "Thursday 09:00" is in 30 minutes
    const late = new Date("2026-03-25T23:30:00Z");
    expect(nextWeekdayAt(4, "09:00", late, "Asia/Tokyo").toISOString()).toBe("2026-03-26T00:00:00.000Z");
  });

  it("lands after the gap when the time does not exist (DST starts)", () => {
    // Sunday 29 March 2026, 02:30 does not exist in Berlin
    expect(nextWeekdayAt(0, "02:30", now, "Europe/Berlin").toISOString()).toBe("2026-03-29T01:30:00.000Z");
  });
});
