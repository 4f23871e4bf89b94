import { describe, expect, it } from "vitest";
import { formatZoned, formatZonedTitle } from "./zoned-time";

const at = new Date("2026-11-25T17:19:42Z");

describe("formatZoned", () => {
  it("formats in the given zone, not the process's", () => {
    expect(formatZoned(at, "Europe/Berlin")).toBe("Nov 25, 2026, 6:19 PM");
    expect(formatZoned(at, "UTC")).toBe("Nov 25, 2026, 5:19 PM");
    expect(formatZoned(at, "Asia/Tokyo")).toBe("Nov 26, 2026, 2:19 AM");
  });

  it("shows seconds when asked", () => {
    expect(formatZoned(at, "Europe/Berlin", true)).toBe("Nov 25, 2026, 6:19:42 PM");
  });

  it("names the zone in the title form", () => {
    expect(formatZonedTitle(at, "Europe/Berlin")).toBe("Nov 25, 2026, 6:19 PM GMT+1 (Europe/Berlin)");
    expect(formatZonedTitle(at, "UTC", true)).toBe("Nov 25, 2026, 5:19:42 PM UTC (UTC)");
  });
});
