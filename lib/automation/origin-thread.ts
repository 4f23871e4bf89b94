// SPEC §4 trigger B counts replies on "the thread the ticket was created from". A ticket made
// by hand has none: the first email to its contact about the ticket starts that thread, so the
// contact's reply on it counts as for any other ticket. That is an email a person sends from the
// ticket record, or one the ticket's own workflows send ("Ticket received"); not one from the
// contact record or a personal inbox, nor a forwarded one (they are not the ticket's thread).
import type { Effect } from "./effects";
import { notSentFromTicketRecord } from "./email-triggers";
import type { EmailSent } from "./happenings";
import type { TicketSnapshot } from "./types";

function startsTicketThread(email: EmailSent): boolean {
  const not = notSentFromTicketRecord(email);
  return not === null || not === "sent_by_automation";
}

export function originThreadEffects(ticket: TicketSnapshot, email: EmailSent): Effect[] {
  if (ticket.originThreadId !== null || !startsTicketThread(email)) return [];
  return [{ type: "set_origin_thread", threadId: email.threadId }];
}
