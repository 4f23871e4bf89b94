// "Delay" for a duration, until an instant, or until a weekday at a time (SPEC §5). Professional.
import { defineActionType } from "../define";
import type { TDelay } from "./schema";

const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];

export const delay = defineActionType<TDelay>({
  type: "delay",
  dbType: "DELAY",
  label: "Delay",
  feature: "workflowActions",
  describe: (a) =>
    "minutes" in a
      ? `Delay for ${formatMinutes(a.minutes)}`
      : "until" in a
        ? `Delay until ${a.until}`
        : `Delay until ${WEEKDAYS[a.untilWeekday] ?? "?"} ${a.atTime}`,
});

function formatMinutes(minutes: number): string {
  if (minutes % 1440 === 0) return `${minutes / 1440} day${minutes === 1440 ? "" : "s"}`;
  if (minutes % 60 === 0) return `${minutes / 60} hour${minutes === 60 ? "" : "s"}`;
  return `${minutes} minute${minutes === 1 ? "" : "s"}`;
}
