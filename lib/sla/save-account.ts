// Saving the account's settings (Settings > Account): the time zone is the business hours' zone
// (SPEC §9), so when it changes, every running SLA clock and every pending timer counted in
// business hours comes due at a new instant — re-timed in the same transaction, as a save of the
// business hours does (lib/sla/save-business-hours.ts).
import "server-only";
import type { ChangeActor } from "@/lib/history/record-change";
import type { TAccountSettings } from "@/lib/account/schemas";
import { updateAccount } from "@/lib/account/update-account";
import { readBusinessHours } from "@/lib/business-hours/queries";
import { rescheduleBusinessHoursTimers } from "@/lib/business-hours/reschedule-timers";
import { retimeSlaClocks } from "./retime-sla-clocks";

export function saveAccount(actor: ChangeActor, input: TAccountSettings, now = new Date()) {
  return updateAccount(actor, input, async (tx, { timeZoneChanged }) => {
    if (!timeZoneChanged) return;
    const hours = await readBusinessHours(tx); // read in the transaction: the new zone
    // The SLA clocks first: the SLA timers are scheduled from their due columns.
    await retimeSlaClocks(tx, hours);
    await rescheduleBusinessHoursTimers(tx, hours, now);
  });
}
