// Adding a duration counted in business hours to an instant (SPEC §9): the SLA due times and the
// "in status for D (business hours)" triggers. Time is real elapsed time inside the opening ranges,
// each range placed on its local date in the account's zone by Luxon (IANA rules, so a range on a
// DST change day is an hour longer or shorter; a time inside the spring-forward gap moves on by the
// gap, 02:30 → 03:30, and a time the fall-back repeats is its second occurrence). A range belongs to the day it starts on: on a holiday it is closed,
// and a range from the evening before runs on into the holiday.
import { DateTime } from "luxon";
import { rangeMinutes, WEEK_DAYS, type BusinessHours } from "./week";

/** How far ahead the search goes before it gives up (a calendar open a few minutes a year). */
const MAX_DAYS_SEARCHED = 20 * 366;

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
  // From the day before: a range of yesterday evening may still be open.
  let day = DateTime.fromJSDate(from, { zone: hours.timeZone }).startOf("day").minus({ days: 1 });
  for (let searched = 0; searched < MAX_DAYS_SEARCHED; searched++, day = day.plus({ days: 1 })) {
    if (holidays.has(day.toISODate() ?? "")) continue;
    for (const window of openingWindows(day, hours)) {
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
const windowCache = new Map<string, Window[]>();
const WINDOW_CACHE_SIZE = 20_000;

/** The day's ranges as instants (epoch ms), in start order. */
function openingWindows(day: DateTime, hours: BusinessHours): Window[] {
  const ranges = hours.week[WEEK_DAYS[day.weekday - 1] ?? "mon"];
  const key = `${hours.timeZone}|${day.toISODate()}|${ranges.join(";")}`;
  let windows = windowCache.get(key);
  if (!windows) {
    windows = ranges
      .map(rangeMinutes)
      .sort((a, b) => a.start - b.start)
      .map((range) => ({ start: localInstant(day, range.start), end: localInstant(day, range.end) }));
    if (windowCache.size >= WINDOW_CACHE_SIZE) windowCache.clear();
    windowCache.set(key, windows);
  }
  return windows;
}

/** The instant the local clock reads `minutes` after the day's midnight (a later day past 1440). */
function localInstant(day: DateTime, minutes: number): number {
  const date = day.plus({ days: Math.floor(minutes / 1440) });
  const minuteOfDay = minutes % 1440;
  return DateTime.fromObject(
    { year: date.year, month: date.month, day: date.day, hour: Math.floor(minuteOfDay / 60), minute: minuteOfDay % 60 },
    { zone: day.zone },
  ).toMillis();
}
