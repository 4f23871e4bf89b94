// SPEC §9 reopen window (per pipeline, default off): a contact's reply to a ticket closed more
// than N days ago creates a new follow-up ticket linked to the old one instead of reopening it.
// Off (null), or within the window, the §4 reopen rule applies as before. "Closed ... ago" is
// counted from the last time the ticket entered a closed status, in whole days of 24 hours.
import type { PipelineSnapshot, TicketSnapshot } from "./types";

const DAY_MS = 86_400_000;

/** The window the reply missed, or null when the ticket reopens as usual. */
export function reopenWindowPassed(
  ticket: Pick<TicketSnapshot, "closedAt">,
  pipeline: PipelineSnapshot,
  now: Date,
): { closedAt: Date; windowDays: number } | null {
  const windowDays = pipeline.automation.reopenWindowDays;
  if (windowDays === null || ticket.closedAt === null) return null;
  return now.getTime() - ticket.closedAt.getTime() > windowDays * DAY_MS
    ? { closedAt: ticket.closedAt, windowDays }
    : null;
}
