// "Delay" for a duration, until an instant, or until a weekday at a time (SPEC §5). Professional.
import { formatZoned, formatZonedTitle } from "@/lib/utils/zoned-time";
import { defineActionType } from "../define";
import type { TDelay } from "./schema";

const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];

export const delay = defineActionType<TDelay>({
  type: "delay",
  dbType: "DELAY",
  label: "Delay",
  feature: "workflowActions",
  describe: (a, names) =>
    "minutes" in a
      ? `Delay for ${formatMinutes(a.minutes)}`
      : "until" in a
        ? `Delay until ${formatInstant(a.until, names?.timeZone)}`
        : `Delay until ${WEEKDAYS[a.untilWeekday] ?? "?"} ${a.atTime}`,
});

/** In the account's zone, as every other time (issue 15 item 3); where the caller has no zone, in UTC
 *  and saying so, never the stored ISO stamp. */
function formatInstant(iso: string, timeZone: string | undefined): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return "a date and time";
  return timeZone ? formatZonedTitle(date, timeZone) : `${formatZoned(date, "UTC")} UTC`;
}

function formatMinutes(minutes: number): string {
  if (minutes % 1440 === 0) return `${minutes / 1440} day${minutes === 1440 ? "" : "s"}`;
  if (minutes % 60 === 0) return `${minutes / 60} hour${minutes === 60 ? "" : "s"}`;
  return `${minutes} minute${minutes === 1 ? "" : "s"}`;
}
