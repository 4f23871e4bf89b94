// Starting an SLA target's clock (SPEC §9): when it is due, and when it becomes due soon (the
// last 20 % of the target). Both are instants, counted from `startedAt` in the account's business
// hours or around the clock, so a timer can be written for each.
import { addTargetTime } from "@/lib/business-hours/add-business-time";
import { durationMs } from "@/lib/business-hours/iso-duration";
import type { BusinessHours } from "@/lib/business-hours/week";

/** The share of a target after which it is due soon. */
export const DUE_SOON_AFTER = 0.8;

export interface SlaClock {
  startedAt: Date;
  /** Null when the calendar never opens long enough (no business hours at all). */
  dueSoonAt: Date | null;
  dueAt: Date | null;
  /** The same two instants as amounts of (business) time from the start (a timer's wait). */
  dueSoonAfterMs: number;
  dueAfterMs: number;
}

/** The clock of a target (ISO 8601) started at `startedAt`; null when there is no target. */
export function startSlaClock(startedAt: Date, target: string | null, hours: BusinessHours | null): SlaClock | null {
  const amount = target === null ? null : durationMs(target);
  if (amount === null) return null;
  const dueSoonAfterMs = Math.floor(amount * DUE_SOON_AFTER);
  return {
    startedAt,
    dueSoonAt: addTargetTime(startedAt, dueSoonAfterMs, hours),
    dueAt: addTargetTime(startedAt, amount, hours),
    dueSoonAfterMs,
    dueAfterMs: amount,
  };
}
