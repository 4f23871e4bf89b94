import { describe, expect, it } from "vitest";
import { calendarDateIn, isCalendarDate } from "./calendar-date";

describe("calendarDateIn (today in the account's time zone)", () => {
  it("uses the UTC date in UTC", () => {
    expect(calendarDateIn(new Date("2025-06-10T23:30:00Z"), "UTC")).toBe("2025-06-10");
  });

  it("is already tomorrow in Asia/Tokyo at 23:30 UTC", () => {
    expect(calendarDateIn(new Date("2025-06-10T23:30:00Z"), "Asia/Tokyo")).toBe("2025-06-11");
  });

  it("is still yesterday in America/Los_Angeles at 03:00 UTC", () => {
    expect(calendarDateIn(new Date("2025-06-11T03:00:00Z"), "America/Los_Angeles")).toBe("2025-06-10");
  });

  it("crosses the year boundary in the zone, not in UTC", () => {
    expect(calendarDateIn(new Date("2025-12-31T15:00:00Z"), "Asia/Tokyo")).toBe("2026-01-01");
    expect(calendarDateIn(new Date("2026-01-01T04:00:00Z"), "America/New_York")).toBe("2025-12-31");
  });

  it("handles the extreme offsets (+14 and -11)", () => {
    const instant = new Date("2025-06-10T12:00:00Z");
    expect(calendarDateIn(instant, "Pacific/Kiritimati")).toBe("2025-06-11");
    expect(calendarDateIn(instant, "Pacific/Pago_Pago")).toBe("2025-06-10");
  });

  it("handles half-hour zones around midnight (Asia/Kolkata, +05:30)", () => {
    expect(calendarDateIn(new Date("2025-06-10T18:29:00Z"), "Asia/Kolkata")).toBe("2025-06-10");
    expect(calendarDateIn(new Date("2025-06-10T18:30:00Z"), "Asia/Kolkata")).toBe("2025-06-11");
  });

  it("follows daylight saving time (New York, spring forward night)", () => {
    // 2025-03-09: EST (-5) until 07:00 UTC, then EDT (-4).
    expect(calendarDateIn(new Date("2025-03-10T03:59:00Z"), "America/New_York")).toBe("2025-03-09");
    expect(calendarDateIn(new Date("2025-03-10T04:00:00Z"), "America/New_York")).toBe("2025-03-10");
  });

  it("does not depend on the server's own zone or locale", () => {
    const formatted = calendarDateIn(new Date("2025-01-05T00:00:00Z"), "Europe/Paris");
    expect(formatted).toBe("2025-01-05");
    expect(isCalendarDate(formatted)).toBe(true);
  });

  it("throws for an unknown time zone rather than guessing one", () => {
    expect(() => calendarDateIn(new Date(), "Mars/Olympus_Mons")).toThrow(RangeError);
  });
});

describe("isCalendarDate", () => {
  it("accepts YYYY-MM-DD and rejects instants", () => {
    expect(isCalendarDate("2025-06-10")).toBe(true);
    expect(isCalendarDate("2025-06-10T00:00:00Z")).toBe(false);
    expect(isCalendarDate("10/06/2025")).toBe(false);
  });
});
