// A pipeline's SLA (SPEC §9, DESIGN.md: the automation document's `sla`): a target for the first
// reply and one for time to close, each an ISO 8601 duration or null, counted in business hours
// or around the clock. Free of server imports.
import { z } from "zod";
import { ZIsoDuration } from "@/lib/business-hours/iso-duration";

export const ZSlaPolicy = z.object({
  firstReply: ZIsoDuration.nullable(),
  close: ZIsoDuration.nullable(),
  businessHours: z.boolean(),
});
export type TSlaPolicy = z.infer<typeof ZSlaPolicy>;

export { NO_SLA } from "@/lib/automation/sla-clocks";
