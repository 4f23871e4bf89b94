// When a ticket's SLA clocks come due (SPEC §9): derived from the targets the ticket was created
// with and the clocks' starts (creation for the first reply; creation or the last reopen for
// close), in the account's business hours or around the clock. The Ticket's due columns hold
// these; they are recomputed when business hours change (retime-sla-clocks.ts).
import type { TicketSla } from "@/lib/automation";
import type { BusinessHours } from "@/lib/business-hours/week";
import { startSlaClock } from "./sla-clock";

export interface SlaDueTimes {
  firstReplyDueSoonAt: Date | null;
  firstReplyDueAt: Date | null;
  closeDueSoonAt: Date | null;
  closeDueAt: Date | null;
}

export function slaDueTimes(sla: TicketSla, createdAt: Date, calendar: BusinessHours): SlaDueTimes {
  const hours = sla.businessHours ? calendar : null;
  const firstReply = startSlaClock(createdAt, sla.firstReplyTarget, hours);
  const close = sla.closeStartedAt ? startSlaClock(sla.closeStartedAt, sla.closeTarget, hours) : null;
  return {
    firstReplyDueSoonAt: firstReply?.dueSoonAt ?? null,
    firstReplyDueAt: firstReply?.dueAt ?? null,
    closeDueSoonAt: close?.dueSoonAt ?? null,
    closeDueAt: close?.dueAt ?? null,
  };
}
