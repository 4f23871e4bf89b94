import { describe, expect, it } from "vitest";
import { describeWeek, isWeek } from "./describe-week";
import { defaultBusinessHours } from "./week";

describe("describeWeek", () => {
  it("groups days with the same hours", () => {
    expect(describeWeek(defaultBusinessHours("UTC").week)).toBe("Mon–Fri 09:00–17:00; Sat, Sun closed");
    const week = {
      ...defaultBusinessHours("UTC").week,
      fri: [
        ["09:00", "12:00"],
        ["13:00", "15:00"],
      ] as [string, string][],
      sun: [["22:00", "06:00"]] as [string, string][],
    };
    expect(describeWeek(week)).toBe("Mon–Thu 09:00–17:00; Fri 09:00–12:00, 13:00–15:00; Sat closed; Sun 22:00–06:00");
  });

  it("knows a week from other values", () => {
    expect(isWeek(defaultBusinessHours("UTC").week)).toBe(true);
    expect(isWeek({ mon: [] })).toBe(false);
    expect(isWeek(["2026-12-25"])).toBe(false);
  });
});
