import { describe, expect, it } from "vitest";
import { ZBusinessHours } from "./schemas";
import { defaultBusinessHours } from "./week";

const valid = defaultBusinessHours("Europe/Berlin");

function issuesOf(input: unknown) {
  const result = ZBusinessHours.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => ({ path: issue.path, message: issue.message }));
}

describe("ZBusinessHours (GET/PUT /api/v1/business-hours)", () => {
  it("accepts several ranges a day, days off, a range to 24:00 and one past midnight", () => {
    const week = {
      ...valid.week,
      mon: [
        ["08:00", "12:00"],
        ["13:00", "24:00"],
      ],
      fri: [["22:00", "06:00"]],
    };
    expect(issuesOf({ ...valid, week, holidays: ["2026-12-25", "2027-01-01"] })).toEqual([]);
  });

  it("refuses 24:01 and a range starting at 24:00 with the path of the time", () => {
    expect(issuesOf({ ...valid, week: { ...valid.week, tue: [["09:00", "24:01"]] } })).toEqual([
      { path: ["week", "tue", 0, 1], message: "Use a time from 00:00 to 24:00 (HH:MM)" },
    ]);
    expect(issuesOf({ ...valid, week: { ...valid.week, tue: [["24:00", "02:00"]] } })).toEqual([
      { path: ["week", "tue", 0, 0], message: "A range cannot start at 24:00" },
    ]);
    expect(issuesOf({ ...valid, week: { ...valid.week, tue: [["9:00", "17:00"]] } })[0]?.path).toEqual([
      "week",
      "tue",
      0,
      0,
    ]);
  });

  it("refuses an empty range", () => {
    expect(issuesOf({ ...valid, week: { ...valid.week, wed: [["10:00", "10:00"]] } })[0]?.path).toEqual([
      "week",
      "wed",
      0,
      1,
    ]);
  });

  it("refuses overlapping ranges with the path of the later one and names the other", () => {
    const week = {
      ...valid.week,
      mon: [
        ["09:00", "17:00"],
        ["16:00", "18:00"],
      ],
    };
    expect(issuesOf({ ...valid, week })).toEqual([
      { path: ["week", "mon", 1], message: "Overlaps 09:00–17:00 on Monday" },
    ]);
  });

  it("sees a range past midnight overlap the next day's, Sunday night included", () => {
    expect(issuesOf({ ...valid, week: { ...valid.week, mon: [["22:00", "10:00"]] } })).toEqual([
      { path: ["week", "tue", 0], message: "Overlaps 22:00–10:00 on Monday" },
    ]);
    expect(issuesOf({ ...valid, week: { ...valid.week, sun: [["20:00", "09:30"]] } })).toEqual([
      { path: ["week", "mon", 0], message: "Overlaps 20:00–09:30 on Sunday" },
    ]);
    // Touching is not overlapping.
    expect(issuesOf({ ...valid, week: { ...valid.week, mon: [["17:00", "09:00"]] } })).toEqual([]);
  });

  it("refuses an unknown zone, a date that does not exist and a holiday listed twice", () => {
    expect(issuesOf({ ...valid, timeZone: "Mars/Olympus" })).toEqual([
      { path: ["timeZone"], message: "Choose a time zone from the list" },
    ]);
    for (const notADay of ["2026-02-30", "2026-02-29", "2026-13-01", "2026-00-10", "2026-04-31", "2026-1-05"]) {
      expect(issuesOf({ ...valid, holidays: [notADay] })).toEqual([
        { path: ["holidays", 0], message: "Use a real date (YYYY-MM-DD)" },
      ]);
    }
    expect(issuesOf({ ...valid, holidays: ["2028-02-29", "2026-12-31", "0001-01-01"] })).toEqual([]);
    expect(issuesOf({ ...valid, holidays: ["2026-12-25", "2026-12-25"] })).toEqual([
      { path: ["holidays", 1], message: "Listed twice" },
    ]);
  });

  it("needs every day of the week", () => {
    const sixDays: Partial<typeof valid.week> = { ...valid.week };
    delete sixDays.sun;
    expect(issuesOf({ ...valid, week: sixDays })[0]?.path).toEqual(["week", "sun"]);
  });
});
