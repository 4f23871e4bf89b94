import { describe, expect, it } from "vitest";
import { fromZonedInput, toZonedInput } from "./zoned-input";

describe("the delay's date-and-time field, in the account's zone", () => {
  it("shows a stored instant as the account's wall-clock time, not the browser's", () => {
    expect(toZonedInput("2026-12-05T09:00:00.000Z", "Europe/Berlin")).toBe("2026-12-05T10:00");
    expect(toZonedInput("2026-12-05T09:00:00.000Z", "America/New_York")).toBe("2026-12-05T04:00");
    // 23:30 UTC is already the next day in Tokyo, and midnight reads 00, not 24
    expect(toZonedInput("2026-12-05T15:00:00.000Z", "Asia/Tokyo")).toBe("2026-12-06T00:00");
    expect(toZonedInput("", "Europe/Berlin")).toBe("");
    expect(toZonedInput("not a date", "Europe/Berlin")).toBe("");
  });

  it("stores what was typed as that time in the account's zone", () => {
    expect(fromZonedInput("2026-12-05T10:00", "Europe/Berlin")).toBe("2026-12-05T09:00:00.000Z");
    // summer time: UTC+2
    expect(fromZonedInput("2026-07-01T10:00", "Europe/Berlin")).toBe("2026-07-01T08:00:00.000Z");
    expect(fromZonedInput("2026-12-06T00:00", "Asia/Tokyo")).toBe("2026-12-05T15:00:00.000Z");
    expect(fromZonedInput("", "Europe/Berlin")).toBe("");
  });

  it("reads back what it wrote", () => {
    for (const zone of ["Europe/Berlin", "America/New_York", "Asia/Kolkata", "UTC"]) {
      expect(toZonedInput(fromZonedInput("2026-03-29T09:15", zone), zone)).toBe("2026-03-29T09:15");
    }
  });
});
