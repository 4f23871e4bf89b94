// Adding a duration counted in business hours to an instant (SPEC §9): the SLA due times and the
// "in status for D (business hours)" triggers. Time is real elapsed time inside the opening ranges,
// each range placed on its local date in the account's zone by Luxon (IANA rules, so a range on a
// DST change day is an hour longer or shorter; a time inside the spring-forward gap moves on by the
// gap, 02:30 → 03:30, and a time the fall-back repeats is its second occurrence). A range belongs
// to the day it starts on: on a holiday it is closed, and a range from the evening before runs on
// into the holiday.
import { DateTime } from "luxon";
import { boundedCache } from "@/lib/utils/bounded-cache";
import { rangeMinutes, WEEK_DAYS, type BusinessHours } from "./week";

/** How far ahead the search goes before it gives up (a calendar open a few minutes a year). */
const MAX_DAYS_SEARCHED = 20 * 366;
const DAY_MS = 86_400_000;

/**
 * The instant `amountMs` of opening time after `from`, or null when the calendar has no opening
 * time at all (or not enough within twenty years). Around the clock is plain addition: use
 * addTargetTime for the choice.
 */
export function addBusinessTime(from: Date, amountMs: number, hours: BusinessHours): Date | null {
  if (amountMs <= 0) return from;
  if (WEEK_DAYS.every((day) => hours.week[day].length === 0)) return null;
  const holidays = new Set(hours.holidays);
  const start = from.getTime();
  let remaining = amountMs;
  // Local calendar dates are walked as UTC midnights (calendar arithmetic needs no zone); only
  // placing a range needs it. From the day before: a range of yesterday evening may still be open.
  const local = DateTime.fromJSDate(from, { zone: hours.timeZone });
  let day = Date.UTC(local.year, local.month - 1, local.day) - DAY_MS;
  for (let searched = 0; searched < MAX_DAYS_SEARCHED; searched++, day += DAY_MS) {
    const date = new Date(day).toISOString().slice(0, 10);
    if (holidays.has(date)) continue;
    for (const window of openingWindows(day, date, hours)) {
      if (window.end <= start) continue;
      const opensAt = Math.max(window.start, start);
      const length = window.end - opensAt;
      if (remaining <= length) return new Date(opensAt + remaining);
      remaining -= length;
    }
  }
  return null;
}

/** A target counted in business hours or around the clock. */
export function addTargetTime(from: Date, amountMs: number, hours: BusinessHours | null): Date | null {
  return hours ? addBusinessTime(from, amountMs, hours) : new Date(from.getTime() + amountMs);
}

type Window = { start: number; end: number };

// Placing a range in a zone is the costly part; recomputing every open ticket's SLA after a
// business-hours change asks for the same few days again and again.
const windowCache = boundedCache<Window[]>(20_000);

/** The ranges of the local date `date` (its UTC midnight: `day`) as instants (epoch ms), in start order. */
function openingWindows(day: number, date: string, hours: BusinessHours): Window[] {
  const ranges = hours.week[WEEK_DAYS[(new Date(day).getUTCDay() + 6) % 7] ?? "mon"];
  if (ranges.length === 0) return [];
  const key = `${hours.timeZone}|${date}|${ranges.join(";")}`;
  return windowCache(key, () =>
    ranges
      .map(rangeMinutes)
      .sort((a, b) => a.start - b.start)
      .map((range) => ({
        start: localInstant(day, range.start, hours.timeZone),
        end: localInstant(day, range.end, hours.timeZone),
      })),
  );
}

/** The instant the local clock in `zone` reads `minutes` after the date's midnight (a later date past 1440). */
function localInstant(day: number, minutes: number, zone: string): number {
  const date = new Date(day + Math.floor(minutes / 1440) * DAY_MS);
  const minuteOfDay = minutes % 1440;
  return DateTime.fromObject(
    {
      year: date.getUTCFullYear(),
      month: date.getUTCMonth() + 1,
      day: date.getUTCDate(),
      hour: Math.floor(minuteOfDay / 60),
      minute: minuteOfDay % 60,
    },
    { zone },
  ).toMillis();
}
