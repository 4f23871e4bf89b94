// Saving the account's business hours (Settings > Business hours, PUT /api/v1/business-hours):
// the calendar and, in the same transaction, every running SLA clock counted in business hours
// re-timed to it (SPEC §9; issue 17 item 5: due times follow the calendar).
import "server-only";
import type { ChangeActor } from "@/lib/history/record-change";
import type { TBusinessHours } from "@/lib/business-hours/schemas";
import { updateBusinessHours } from "@/lib/business-hours/update-business-hours";
import { retimeSlaClocks } from "./retime-sla-clocks";

export function saveBusinessHours(actor: ChangeActor, input: TBusinessHours, expectedVersion?: number) {
  return updateBusinessHours(actor, input, expectedVersion, (tx, hours) => retimeSlaClocks(tx, hours));
}
