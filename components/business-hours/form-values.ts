// The Business hours form holds rows react-hook-form can list ({ start, end }, { date }); the API
// and the server action take the document's tuples. One mapping each way, and the server's issue
// paths mapped back to the fields they name.
import { WEEK_DAYS, type BusinessHours, type WeekDay } from "@/lib/business-hours/week";
import type { TBusinessHoursSettings } from "@/lib/business-hours/schemas";
import type { FieldIssue } from "@/lib/errors";

export interface RangeRow {
  start: string;
  end: string;
}

export interface BusinessHoursValues {
  expectedVersion: number;
  timeZone: string;
  week: Record<WeekDay, RangeRow[]>;
  holidays: { date: string }[];
}

export function toFormValues(hours: BusinessHours & { version: number }): BusinessHoursValues {
  return {
    expectedVersion: hours.version,
    timeZone: hours.timeZone,
    week: Object.fromEntries(
      WEEK_DAYS.map((day) => [day, hours.week[day].map(([start, end]) => ({ start, end }))]),
    ) as BusinessHoursValues["week"],
    holidays: hours.holidays.map((date) => ({ date })),
  };
}

export function toSettings(values: BusinessHoursValues): TBusinessHoursSettings {
  return {
    expectedVersion: values.expectedVersion,
    timeZone: values.timeZone,
    week: Object.fromEntries(
      WEEK_DAYS.map((day) => [day, values.week[day].map(({ start, end }) => [start.trim(), end.trim()])]),
    ) as TBusinessHoursSettings["week"],
    holidays: values.holidays.map(({ date }) => date),
  };
}

/** ["week","mon",0,1] → "week.mon.0.end"; a whole range (overlap) → its start field; ["holidays",2] → "holidays.2.date". */
export function fieldOfIssue(path: FieldIssue["path"]): string | null {
  const [area, ...rest] = path;
  if (area === "timeZone") return "timeZone";
  if (area === "holidays") return rest.length > 0 ? `holidays.${rest[0]}.date` : null;
  if (area === "week" && rest.length >= 2) return `week.${rest[0]}.${rest[1]}.${rest[2] === 1 ? "end" : "start"}`;
  return null;
}
