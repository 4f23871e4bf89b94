// SLA targets and time triggers are ISO 8601 durations ("PT4H", "P2D", "P1W"): an amount of time.
// A day is 24 hours and a week 7 days (counted in business hours, P1D is 24 hours of opening
// time); months and years have no fixed length and are refused. Parsed by tinyduration (1 KiB,
// MIT) rather than Luxon: the forms that check them run in the browser, where Luxon would add
// 21 KiB (issue 15 item 8).
import { parse, type Duration } from "tinyduration";
import { z } from "zod";

const MINUTE_MS = 60_000;
const MAX_MS = 366 * 24 * 60 * MINUTE_MS;

const UNIT_MS = {
  weeks: 7 * 24 * 60 * MINUTE_MS,
  days: 24 * 60 * MINUTE_MS,
  hours: 60 * MINUTE_MS,
  minutes: MINUTE_MS,
  seconds: 1000,
};

function parsed(iso: string): Duration | null {
  try {
    return parse(iso.trim().toUpperCase(), { allowMultipleFractions: false });
  } catch {
    return null;
  }
}

/** The duration in milliseconds, or null when it is not a fixed ISO 8601 duration. */
export function durationMs(iso: string): number | null {
  // tinyduration takes "P1DT" (a time designator with no time after it), which ISO 8601 does not.
  if (/T\s*$/i.test(iso)) return null;
  const duration = parsed(iso.replace(",", "."));
  if (!duration || duration.negative || duration.years || duration.months) return null;
  return Object.entries(UNIT_MS).reduce(
    (ms, [unit, size]) => ms + (duration[unit as keyof typeof UNIT_MS] ?? 0) * size,
    0,
  );
}

/** "PT4H", "P2D", "PT30M": from one minute to 366 days. */
export const ZIsoDuration = z
  .string()
  .trim()
  .superRefine((iso, context) => {
    const ms = durationMs(iso);
    const message =
      ms === null
        ? "Use an ISO 8601 duration in weeks, days, hours or minutes (PT4H, P2D)"
        : ms < MINUTE_MS
          ? "Use at least one minute (PT1M)"
          : ms > MAX_MS
            ? "Use at most 366 days (P366D)"
            : null;
    if (message) context.addIssue({ code: "custom", message });
  });

/** "4 h", "2 d 3 h", "25 min": a time left in the words a badge shows (its two largest units). */
export function formatDurationShort(ms: number): string {
  const minutes = Math.max(0, Math.round(ms / MINUTE_MS));
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const rest = minutes % 60;
  const parts = [days && `${days} d`, hours && `${hours} h`, (rest || minutes === 0) && `${rest} min`].filter(Boolean);
  return parts.slice(0, 2).join(" ");
}
