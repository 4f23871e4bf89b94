// SPEC §9 reopen window: a contact's reply to a ticket closed longer ago than its pipeline's window
// opens a follow-up ticket linked to the old one (Ticket.followUpOfId) instead of reopening it. The
// reply starts a thread of its own on the follow-up (its origin thread, so the contact's next reply
// there counts as any reply does); the old ticket keeps its history and a line saying why.
import "server-only";
import { decideFollowUp, type TicketSnapshot } from "@/lib/automation";
import { newId } from "@/lib/db/ids";
import { sql } from "@/lib/db/sql";
import type { LoadedTicket } from "@/lib/tickets/ticket-snapshot";
import { newTicketBatch } from "@/lib/tickets/new-ticket";
import { combineBatches, type WriteBatch } from "@/lib/tickets/write-batch";
import { threadPart } from "./conversation-writes";
import { inboundMessagePart, ticketSubject, type IncomingMessage } from "./new-conversation";
import type { ThreadInfo } from "./thread-lookup";

export interface FollowUpInput {
  old: TicketSnapshot;
  loaded: LoadedTicket;
  /** The old ticket's thread the reply came in on. */
  thread: ThreadInfo;
  message: IncomingMessage;
  eventId: string | null;
  now: Date;
}

export interface PreparedFollowUp {
  ticketId: string;
  effects: unknown[];
  batch: WriteBatch;
}

/** Null when the pipeline has no open status to open it in. */
export function prepareFollowUp(input: FollowUpInput): PreparedFollowUp | null {
  const { old, loaded, thread, message, now } = input;
  const decision = decideFollowUp(old, loaded.pipeline, {
    now,
    timeZone: loaded.timeZone,
    planTier: loaded.planTier,
    eventId: input.eventId,
  });
  if (!decision) return null;
  const ticketId = newId();
  const threadId = newId();
  const contactId = sql`${old.contactId ?? thread.contactId}::text`;
  const conversation: Partial<WriteBatch> = {
    writes: [
      threadPart(
        {
          id: threadId,
          // Unique like the message's id: the contact's next reply (to our answer) finds this thread.
          threadKey: message.messageId,
          subject: message.subject ?? "",
          channelId: thread.channelId,
          contactId,
          ticketId,
        },
        now,
      ),
      inboundMessagePart(threadId, message, now),
    ],
  };
  const ticket = newTicketBatch(
    {
      id: ticketId,
      draft: decision.ticket,
      subject: ticketSubject(message),
      description: message.text,
      contactId,
      originThreadId: threadId,
      effects: decision.effects,
      causeEventId: input.eventId,
      calendar: loaded.calendar,
      pipeline: loaded.pipeline,
      followUpOfId: old.id,
    },
    now,
  );
  const created = { type: "create_ticket", ticketId, followUpOfId: old.id, ...decision.ticket };
  return { ticketId, effects: [created, ...decision.effects], batch: combineBatches(conversation, ticket) };
}
