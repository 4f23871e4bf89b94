// SPEC §5 delay: when the next action may run. A delay is the next step job's runAt (no
// timer in memory), computed here: after a duration, at an instant, or at the next weekday
// and wall-clock time in the workflow's time zone (else the account's).
import type { z } from "zod";
import type { ZDelay } from "./schema";

export type TDelayAction = z.infer<typeof ZDelay>;

const MINUTE_MS = 60_000;

export function delayUntil(delay: TDelayAction, now: Date, timeZone: string): Date {
  if ("minutes" in delay) return new Date(now.getTime() + delay.minutes * MINUTE_MS);
  if ("until" in delay) return new Date(Math.max(Date.parse(delay.until), now.getTime()));
  return nextWeekdayAt(delay.untilWeekday, delay.atTime, now, timeZone);
}

interface WallClock {
  year: number;
  month: number; // 1–12
  day: number;
  weekday: number; // 0 = Sunday
  hour: number;
  minute: number;
}

const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];

function wallClock(instant: Date, timeZone: string): WallClock {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    weekday: "short",
    year: "numeric",
    month: "numeric",
    day: "numeric",
    hour: "numeric",
    minute: "numeric",
    second: "numeric",
  }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "";
  return {
    year: Number(part("year")),
    month: Number(part("month")),
    day: Number(part("day")),
    weekday: WEEKDAYS.indexOf(part("weekday")),
    hour: Number(part("hour")),
    minute: Number(part("minute")),
  };
}

/** How far `timeZone` is ahead of UTC at `instant`, in ms. */
function zoneOffsetMs(instant: Date, timeZone: string): number {
  const c = wallClock(instant, timeZone);
  const asUtc = Date.UTC(c.year, c.month - 1, c.day, c.hour, c.minute);
  return asUtc - Math.floor(instant.getTime() / MINUTE_MS) * MINUTE_MS;
}

/** The instant a wall-clock time (given as if it were UTC) occurs in `timeZone`. Times skipped by
 *  a DST change land after the gap. */
export function zonedToInstant(wallAsUtcMs: number, timeZone: string): Date {
  const first = wallAsUtcMs - zoneOffsetMs(new Date(wallAsUtcMs), timeZone);
  const second = wallAsUtcMs - zoneOffsetMs(new Date(first), timeZone);
  return new Date(second);
}

/** The next `weekday` at `atTime` ("HH:MM") in `timeZone`, strictly after `now`. */
export function nextWeekdayAt(weekday: number, atTime: string, now: Date, timeZone: string): Date {
  const [hour = 0, minute = 0] = atTime.split(":").map(Number);
  const today = wallClock(now, timeZone);
  const daysAhead = (weekday - today.weekday + 7) % 7;
  const on = (days: number) =>
    zonedToInstant(Date.UTC(today.year, today.month - 1, today.day + days, hour, minute), timeZone);
  const candidate = on(daysAhead);
  return candidate.getTime() > now.getTime() ? candidate : on(daysAhead + 7);
}
