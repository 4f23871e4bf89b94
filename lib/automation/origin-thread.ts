// SPEC §4 trigger B counts replies on "the thread the ticket was created from". A ticket made
// by hand has none: the first email sent to the contact from its record starts that thread, so
// the contact's reply on it counts as for any other ticket.
import type { Effect } from "./effects";
import { notSentFromTicketRecord } from "./email-triggers";
import type { EmailSent } from "./happenings";
import type { TicketSnapshot } from "./types";

export function originThreadEffects(ticket: TicketSnapshot, email: EmailSent): Effect[] {
  if (ticket.originThreadId !== null || notSentFromTicketRecord(email) !== null) return [];
  return [{ type: "set_origin_thread", threadId: email.threadId }];
}
