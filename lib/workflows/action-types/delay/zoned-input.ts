// The "Date and time" field of a "Delay until" action reads and writes wall-clock time in the
// account's zone, whatever the browser's (issue 15 item 3). datetime-local has no zone of its own:
// its "YYYY-MM-DDTHH:MM" is taken as a time in `timeZone`, and the action stores the ISO instant.
import { zonedToInstant } from "./delay-until";

const formatters = new Map<string, Intl.DateTimeFormat>();

function wallClockFormatter(timeZone: string): Intl.DateTimeFormat {
  let found = formatters.get(timeZone);
  if (!found) {
    found = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
    });
    formatters.set(timeZone, found);
  }
  return found;
}

/** "2026-12-05T10:00" for the instant `iso` in `timeZone`; "" when `iso` is not a time. */
export function toZonedInput(iso: string, timeZone: string): string {
  const date = new Date(iso);
  if (iso === "" || Number.isNaN(date.getTime())) return "";
  const parts = wallClockFormatter(timeZone).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "";
  return `${part("year")}-${part("month")}-${part("day")}T${part("hour")}:${part("minute")}`;
}

/** The ISO instant of a datetime-local value read as a time in `timeZone`; "" when it is empty or malformed. */
export function fromZonedInput(value: string, timeZone: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(value);
  if (!match) return "";
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
  return zonedToInstant(Date.UTC(year, month - 1, day, hour, minute), timeZone).toISOString();
}
