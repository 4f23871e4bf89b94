// `email.sent` (DESIGN.md): an agent's email to a contact. It is recorded on its thread (created
// for the ticket when new) and, when it belongs to a ticket, the engine judges it (SPEC §4
// trigger A: only emails sent from the ticket record, not forwarded, move the ticket).
import "server-only";
import type { SentFrom } from "@/lib/automation";
import { newId } from "@/lib/db/ids";
import { sql, type Sql } from "@/lib/db/sql";
import { AppError } from "@/lib/errors";
import { contactPart } from "@/lib/contacts/contact-part";
import { linkThreadPart, messagePart, threadPart } from "@/lib/conversations/conversation-writes";
import { selectIdFrom } from "@/lib/db/write-batch";
import {
  messageRecorded,
  threadByKey,
  threadMedium,
  ticketOfThread,
  type ThreadInfo,
} from "@/lib/conversations/thread-lookup";
import type { LoadedTicket } from "@/lib/tickets/ticket-snapshot";
import { prepareTicketChange } from "@/lib/tickets/prepare-ticket-change";
import { combineBatches, type WriteBatch } from "@/lib/tickets/write-batch";
import type { EventHandler, PreparedEvent } from "./event-handler";
import { alreadyRecorded } from "./message-received";
import type { TEvent } from "./schemas";

type EmailEvent = Extract<TEvent, { type: "email.sent" }>;

interface EmailContext {
  thread: ThreadInfo | null;
  messageRecorded: boolean;
  userId: string | null;
  ticketExists: boolean;
}

const SENT_FROM_COLUMN: Record<SentFrom, "TICKET" | "CONTACT" | "PERSONAL_INBOX"> = {
  ticket: "TICKET",
  contact: "CONTACT",
  personal_inbox: "PERSONAL_INBOX",
};

function badRequest(path: string, message: string): AppError {
  return new AppError("BAD_REQUEST", message, [{ path: ["data", path], message }]);
}

/** The email's ticket: named in the event, or the one its thread belongs to. */
function ticketOf(event: EmailEvent, context: EmailContext): string | null {
  const named = event.data.ticketId ?? null;
  if (named && !context.ticketExists) throw badRequest("ticketId", `Ticket ${named} not found.`);
  const threadTicket = context.thread?.ticketId ?? null;
  if (named && threadTicket && named !== threadTicket) {
    throw badRequest("threadKey", `Thread "${event.data.threadKey}" belongs to another ticket (${threadTicket}).`);
  }
  return named ?? threadTicket;
}

/** The thread, created for the ticket (and the contact found or created) when it is new. */
function threadFor(event: EmailEvent, context: EmailContext, ticketId: string | null, now: Date) {
  const known = context.thread;
  if (known) {
    // A ticketless thread (e.g. stored while ticket creation was off) joins the ticket it is about.
    const link = known.ticketId === null && ticketId !== null ? [linkThreadPart(known.id, ticketId)] : [];
    return { thread: known, batch: combineBatches({ writes: link }) };
  }
  const thread: ThreadInfo = {
    id: newId(),
    ticketId,
    contactId: null,
    channelId: null,
    createdAtMs: now.getTime(),
    channelType: null,
  };
  const writes = [
    contactPart("contact", event.data.contactEmail, null, now),
    threadPart(
      {
        id: thread.id,
        threadKey: event.data.threadKey,
        subject: event.data.subject ?? "",
        channelId: null,
        contactId: selectIdFrom("contact"),
        ticketId,
      },
      now,
    ),
  ];
  return { thread, batch: combineBatches({ writes }) };
}

async function prepare(
  executor: Sql,
  event: EmailEvent,
  context: EmailContext,
  now: Date,
  locked: LoadedTicket | null,
): Promise<PreparedEvent> {
  const { data } = event;
  if (context.messageRecorded) throw alreadyRecorded(data.messageId);
  const ticketId = ticketOf(event, context);
  const { thread, batch: threadBatch } = threadFor(event, context, ticketId, now);
  const recorded = messagePart(
    {
      threadId: thread.id,
      messageId: data.messageId,
      inReplyTo: null,
      direction: "OUTBOUND",
      sentFrom: SENT_FROM_COLUMN[data.sentFrom],
      fromEmail: data.fromUserEmail,
      fromName: null,
      toEmail: data.contactEmail,
      userId: context.userId,
      subject: data.subject ?? "",
      text: data.text,
      forwarded: data.forwarded === true,
    },
    now,
  );
  const conversation: WriteBatch = combineBatches(threadBatch, { writes: [recorded] });
  if (!ticketId) return { ticketId: null, effects: [], batch: conversation };
  const change = await prepareTicketChange(
    executor,
    ticketId,
    [
      {
        kind: "email_sent",
        channelType: threadMedium(thread),
        sentFrom: data.sentFrom,
        forwarded: data.forwarded === true,
        threadId: thread.id,
        cause: { kind: "event", eventId: event.id },
      },
    ],
    now,
    locked,
  );
  return { ticketId, effects: change.effects, batch: combineBatches(conversation, change.batch) };
}

export const emailSent: EventHandler<"email.sent", EmailContext> = {
  lookups: (event) => sql`json_build_object(
    'thread', ${threadByKey(event.data.threadKey)},
    'messageRecorded', ${messageRecorded(event.data.messageId)},
    'userId', (SELECT u.id FROM "User" u WHERE lower(u.email) = ${event.data.fromUserEmail.toLowerCase()}),
    'ticketExists', EXISTS (SELECT 1 FROM "Ticket" t WHERE t.id = ${event.data.ticketId ?? null}))`,
  // The ticket named, else its thread's (ticketOf; a mismatch is refused before any write).
  ticketToLock: (event) => sql`COALESCE(${event.data.ticketId ?? null}, ${ticketOfThread(event.data.threadKey)})`,
  prepare,
};
