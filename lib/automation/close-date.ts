// SPEC §3, close-date automation.
// - ON: entering a closed status from an open one sets the close date to today (account zone).
// - OFF: entering a closed status leaves the close date as it is.
// - Closed → open always keeps the close date.
// - Closed → closed keeps it too (our decision): the ticket did not close again, it was
//   already closed, so the day it closed has not changed.
import { calendarDateIn } from "./calendar-date";
import type { Effect } from "./effects";
import type { CalendarDate, StatusSnapshot } from "./types";

export interface CloseDateInput {
  /** null when the ticket is being created (it comes from no status). */
  from: StatusSnapshot | null;
  to: StatusSnapshot;
  closeDate: CalendarDate | null;
  closeDateAutomation: boolean;
  now: Date;
  timeZone: string;
}

/** Entering the closed state: from nothing or from an open status into a closed one. */
export function entersClosedState(from: StatusSnapshot | null, to: StatusSnapshot): boolean {
  return to.state === "CLOSED" && from?.state !== "CLOSED";
}

export function closeDateEffects(input: CloseDateInput): Effect[] {
  const { from, to, closeDate } = input;
  if (entersClosedState(from, to)) {
    if (!input.closeDateAutomation) {
      return [{ type: "keep_close_date", date: closeDate, reason: "automation_off" }];
    }
    const today = calendarDateIn(input.now, input.timeZone);
    return [{ type: "set_close_date", date: today, previous: closeDate, setBy: "automation" }];
  }
  if (from?.state === "CLOSED" && to.state === "CLOSED") {
    return [{ type: "keep_close_date", date: closeDate, reason: "already_closed" }];
  }
  if (from?.state === "CLOSED" && to.state === "OPEN") {
    return [{ type: "keep_close_date", date: closeDate, reason: "reopened" }];
  }
  return []; // open → open: nothing about closing happened
}

/** Time to close is measured once: to the first time the ticket enters a closed status. */
export function timeToCloseEffects(
  ticket: { createdAt: Date; timeToCloseMs: number | null },
  from: StatusSnapshot | null,
  to: StatusSnapshot,
  now: Date,
): Effect[] {
  if (!entersClosedState(from, to) || ticket.timeToCloseMs !== null) return [];
  return [{ type: "set_time_to_close", ms: Math.max(0, now.getTime() - ticket.createdAt.getTime()) }];
}
