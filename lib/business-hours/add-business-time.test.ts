import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addBusinessTime, addTargetTime } from "./add-business-time";
import { defaultBusinessHours, type BusinessHours, type OpeningRange } from "./week";

const HOUR = 3_600_000;
const berlin = defaultBusinessHours("Europe/Berlin");

function everyDay(timeZone: string, ranges: OpeningRange[]): BusinessHours {
  return {
    timeZone,
    week: { mon: ranges, tue: ranges, wed: ranges, thu: ranges, fri: ranges, sat: ranges, sun: ranges },
    holidays: [],
  };
}

const at = (iso: string) => new Date(iso);

describe("addBusinessTime (SPEC §9 business hours)", () => {
  it("counts within one day's range", () => {
    // Monday 10:00 CET + 4 h → Monday 14:00 CET.
    expect(addBusinessTime(at("2026-01-05T09:00:00Z"), 4 * HOUR, berlin)).toEqual(at("2026-01-05T13:00:00Z"));
  });

  it("carries the rest over to the next opening, skipping the weekend", () => {
    // Monday 15:00 + 4 h: 2 h on Monday, 2 h from Tuesday 09:00.
    expect(addBusinessTime(at("2026-01-05T14:00:00Z"), 4 * HOUR, berlin)).toEqual(at("2026-01-06T10:00:00Z"));
    // Friday 16:00 + 2 h: 1 h on Friday, 1 h on Monday.
    expect(addBusinessTime(at("2026-01-09T15:00:00Z"), 2 * HOUR, berlin)).toEqual(at("2026-01-12T09:00:00Z"));
    // Saturday noon: the clock starts on Monday at 09:00.
    expect(addBusinessTime(at("2026-01-10T11:00:00Z"), HOUR, berlin)).toEqual(at("2026-01-12T09:00:00Z"));
  });

  it("ends exactly at a closing time when the amount fills the range", () => {
    expect(addBusinessTime(at("2026-01-05T08:00:00Z"), 8 * HOUR, berlin)).toEqual(at("2026-01-05T16:00:00Z"));
  });

  it("reads the ranges in the account's zone across a DST change (New York, spring forward on Sunday 8 March 2026)", () => {
    const newYork = defaultBusinessHours("America/New_York");
    // Friday 16:00 EST (21:00Z) + 2 h → Monday 10:00 EDT (14:00Z): the offset changed over the weekend.
    expect(addBusinessTime(at("2026-03-06T21:00:00Z"), 2 * HOUR, newYork)).toEqual(at("2026-03-09T14:00:00Z"));
  });

  it("counts real time on the DST days: a night range is an hour shorter in spring and longer in autumn", () => {
    const nights = everyDay("Europe/Berlin", [["00:00", "06:00"]]);
    // Saturday 28 March 00:00 CET: 6 h on Saturday, then Sunday's 00:00–06:00 lasts 5 h (02:00 → 03:00).
    expect(addBusinessTime(at("2026-03-27T23:00:00Z"), 11 * HOUR, nights)).toEqual(at("2026-03-29T04:00:00Z"));
    // Sunday 25 October 00:00 CEST: 00:00–06:00 lasts 7 h (03:00 → 02:00).
    expect(addBusinessTime(at("2026-10-24T22:00:00Z"), 7 * HOUR, nights)).toEqual(at("2026-10-25T05:00:00Z"));
  });

  it("moves a range that starts in the spring-forward gap on by the gap", () => {
    const gap = everyDay("Europe/Berlin", [["02:30", "04:00"]]);
    // On 29 March 02:30 does not exist: the range opens at 03:30 CEST (01:30Z) and lasts 30 min.
    expect(addBusinessTime(at("2026-03-29T00:00:00Z"), 30 * 60_000, gap)).toEqual(at("2026-03-29T02:00:00Z"));
  });

  it("skips holidays (dates in the account's zone)", () => {
    const christmas = { ...berlin, holidays: ["2026-12-24", "2026-12-25"] };
    // Wednesday 23 December 16:00 + 2 h: 1 h that day, Thursday and Friday are holidays, 1 h on Monday 28th.
    expect(addBusinessTime(at("2026-12-23T15:00:00Z"), 2 * HOUR, christmas)).toEqual(at("2026-12-28T09:00:00Z"));
  });

  it("follows a range across midnight into the next day", () => {
    const nightShift: BusinessHours = {
      timeZone: "Europe/Berlin",
      week: { mon: [["22:00", "06:00"]], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] },
      holidays: ["2026-01-06"],
    };
    // Monday 23:00 + 2 h → Tuesday 01:00 (the range runs on into Tuesday, even a holiday Tuesday).
    expect(addBusinessTime(at("2026-01-05T22:00:00Z"), 2 * HOUR, nightShift)).toEqual(at("2026-01-06T00:00:00Z"));
    // Starting on Tuesday 02:00, inside Monday's range: + 1 h → 03:00.
    expect(addBusinessTime(at("2026-01-06T01:00:00Z"), HOUR, nightShift)).toEqual(at("2026-01-06T02:00:00Z"));
    // + 5 h from Tuesday 02:00: 4 h until 06:00, the last hour next Monday night.
    expect(addBusinessTime(at("2026-01-06T01:00:00Z"), 5 * HOUR, nightShift)).toEqual(at("2026-01-12T22:00:00Z"));
  });

  it("counts a target longer than a week over many weeks (P2W = 336 business hours)", () => {
    // 40 h a week: 8 weeks (320 h) end on Friday 27 February 17:00, then Monday and Tuesday → Tuesday 3 March 17:00 CET.
    expect(addBusinessTime(at("2026-01-05T08:00:00Z"), 336 * HOUR, berlin)).toEqual(at("2026-03-03T16:00:00Z"));
  });

  it("never comes due with no opening hours, and adds nothing for a zero amount", () => {
    const closed = everyDay("UTC", []);
    expect(addBusinessTime(at("2026-01-05T08:00:00Z"), HOUR, closed)).toBeNull();
    expect(addBusinessTime(at("2026-01-10T11:00:00Z"), 0, berlin)).toEqual(at("2026-01-10T11:00:00Z"));
  });

  it("is plain addition around the clock", () => {
    expect(addTargetTime(at("2026-03-28T12:00:00Z"), 24 * HOUR, null)).toEqual(at("2026-03-29T12:00:00Z"));
    expect(addTargetTime(at("2026-01-10T11:00:00Z"), HOUR, berlin)).toEqual(at("2026-01-12T09:00:00Z"));
  });

  it("adds up: a then b is a + b, and never earlier than the start", () => {
    const zones = fc.constantFrom("Europe/Berlin", "America/New_York", "Australia/Lord_Howe", "Asia/Kolkata");
    const instant = fc.integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2027, 0, 1) });
    const amount = fc.integer({ min: 1, max: 90 * HOUR });
    fc.assert(
      fc.property(zones, instant, amount, amount, (zone, from, a, b) => {
        const hours = { ...defaultBusinessHours(zone), holidays: ["2026-05-01", "2026-12-25"] };
        const first = addBusinessTime(new Date(from), a, hours)!;
        expect(first.getTime()).toBeGreaterThan(from);
        expect(addBusinessTime(first, b, hours)).toEqual(addBusinessTime(new Date(from), a + b, hours));
      }),
      { numRuns: 100 },
    );
  }, 30_000);
});
