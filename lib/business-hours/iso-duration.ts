// SLA targets and time triggers are ISO 8601 durations ("PT4H", "P2D", "P1W"): an amount of time,
// parsed by Luxon. A day is 24 hours and a week 7 days (counted in business hours, P1D is 24 hours
// of opening time); months and years have no fixed length and are refused.
import { Duration } from "luxon";
import { z } from "zod";

const MINUTE_MS = 60_000;
const MAX_MS = 366 * 24 * 60 * MINUTE_MS;

/** The duration in milliseconds, or null when it is not a fixed ISO 8601 duration. */
export function durationMs(iso: string): number | null {
  const duration = Duration.fromISO(iso);
  if (!duration.isValid || duration.years !== 0 || duration.quarters !== 0 || duration.months !== 0) return null;
  const ms = duration.as("milliseconds");
  return Number.isFinite(ms) ? ms : null;
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
