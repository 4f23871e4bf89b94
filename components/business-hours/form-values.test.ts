import { describe, expect, it } from "vitest";
import { defaultBusinessHours } from "@/lib/business-hours/week";
import { fieldOfIssue, toFormValues, toSettings } from "./form-values";

describe("Business hours form values", () => {
  it("round-trips the document through the form's rows", () => {
    const hours = { ...defaultBusinessHours("Asia/Tokyo"), holidays: ["2026-12-31"], version: 4 };
    const values = toFormValues(hours);
    expect(values.week.mon).toEqual([{ start: "09:00", end: "17:00" }]);
    expect(values.holidays).toEqual([{ date: "2026-12-31" }]);
    const { version, ...document } = hours;
    expect(toSettings(values)).toEqual({ ...document, expectedVersion: version });
  });

  it("puts each server issue on the field it names", () => {
    expect(fieldOfIssue(["week", "tue", 0, 1])).toBe("week.tue.0.end");
    expect(fieldOfIssue(["week", "tue", 2, 0])).toBe("week.tue.2.start");
    expect(fieldOfIssue(["week", "sat", 0])).toBe("week.sat.0.start");
    expect(fieldOfIssue(["holidays", 3])).toBe("holidays.3.date");
    expect(fieldOfIssue(["timeZone"])).toBe("timeZone");
    expect(fieldOfIssue(["expectedVersion"])).toBeNull();
  });
});
