// GET/PUT /api/v1/business-hours and the Business hours form (DESIGN.md "Public HTTP API"):
// { timeZone, week: { mon: [["09:00","17:00"]], …, sun: [] }, holidays: ["2026-12-25"] }.
// Bad input is refused with the path of the field: "24:01", a range that overlaps another
// (a range past midnight included), an unknown zone, a date that does not exist.
import { z } from "zod";
import { ZTimeZone } from "@/lib/account/time-zone";
import { MINUTES_PER_DAY, rangeMinutes, WEEK_DAY_LABEL, WEEK_DAYS, type BusinessHours, type WeekDay } from "./week";

const CLOCK = /^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/;
const CLOCK_MESSAGE = "Use a time from 00:00 to 24:00 (HH:MM)";

const ZClock = z.string().regex(CLOCK, CLOCK_MESSAGE);

export const ZOpeningRange = z
  .tuple([ZClock, ZClock])
  .refine(([start]) => start !== "24:00", { message: "A range cannot start at 24:00", path: [0] })
  .refine(([start, end]) => start !== end, {
    message: "A range must not start and end at the same time (00:00 to 24:00 is the whole day)",
    path: [1],
  });

const ZDayRanges = z.array(ZOpeningRange).max(12, "Use at most 12 ranges a day");

/** A YYYY-MM-DD that names a day of the calendar (no 30 February, no month 13): zod's ISO date,
 *  not Luxon, since the Business hours form checks it in the browser (issue 15 item 8). */
export const ZHoliday = z.iso.date("Use a real date (YYYY-MM-DD)");

const shape = {
  timeZone: ZTimeZone,
  week: z.object(Object.fromEntries(WEEK_DAYS.map((day) => [day, ZDayRanges])) as Record<WeekDay, typeof ZDayRanges>),
  holidays: z.array(ZHoliday).max(1000, "Use at most 1000 holidays"),
};

/** What no field can check alone: ranges that overlap, a holiday listed twice. */
function checkCalendar(hours: Pick<BusinessHours, "week" | "holidays">, context: z.RefinementCtx): void {
  for (const issue of overlappingRanges(hours.week)) context.addIssue({ code: "custom", ...issue });
  const seen = new Set<string>();
  hours.holidays.forEach((date, index) => {
    if (seen.has(date)) context.addIssue({ code: "custom", path: ["holidays", index], message: "Listed twice" });
    seen.add(date);
  });
}

/** The API's document (GET answers it, PUT takes it). */
export const ZBusinessHours = z.object(shape).superRefine(checkCalendar);
export type TBusinessHours = z.infer<typeof ZBusinessHours>;

/** The Business hours form's save: the same document and the version the page read. */
export const ZBusinessHoursSettings = z
  .object({ ...shape, expectedVersion: z.number().int().min(0) })
  .superRefine(checkCalendar);
export type TBusinessHoursSettings = z.infer<typeof ZBusinessHoursSettings>;

interface WeekRange {
  day: WeekDay;
  index: number;
  label: string;
  start: number;
  end: number;
}

/** Each range that overlaps one starting earlier in the week (Sunday night wraps into Monday). */
export function overlappingRanges(week: BusinessHours["week"]): { path: (string | number)[]; message: string }[] {
  const weekMinutes = 7 * MINUTES_PER_DAY;
  const ranges: WeekRange[] = WEEK_DAYS.flatMap((day, dayIndex) =>
    week[day].map((range, index) => {
      const { start, end } = rangeMinutes(range);
      return {
        day,
        index,
        label: `${range[0]}–${range[1]}`,
        start: dayIndex * MINUTES_PER_DAY + start,
        end: dayIndex * MINUTES_PER_DAY + end,
      };
    }),
  ).sort((a, b) => a.start - b.start);
  // A range past Sunday midnight also occupies the start of Monday.
  const wrapped = ranges
    .filter((range) => range.end > weekMinutes)
    .map((range) => ({ ...range, start: range.start - weekMinutes, end: range.end - weekMinutes }));
  const issues: { path: (string | number)[]; message: string }[] = [];
  ranges.forEach((range, position) => {
    const other = [...wrapped, ...ranges.slice(0, position)].find(
      (earlier) => earlier.end > range.start && !(earlier.day === range.day && earlier.index === range.index),
    );
    if (other) {
      issues.push({
        path: ["week", range.day, range.index],
        message: `Overlaps ${other.label} on ${WEEK_DAY_LABEL[other.day]}`,
      });
    }
  });
  return issues;
}
