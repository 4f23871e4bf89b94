// SPEC §2: a message on a thread we have not seen starts a conversation: the contact (found
// or created by email), the thread and the message are stored, and a ticket is created when
// the channel creates tickets (decideNewConversation says which, and why not).
import "server-only";
import { decideNewConversation, type ChannelSnapshot, type PipelineSnapshot, type PlanTier } from "@/lib/automation";
import type { StoredCalendar } from "@/lib/channels/channel-snapshot";
import { toBusinessHours } from "@/lib/sla/business-calendar";
import { newId } from "@/lib/db/ids";
import { newTicketBatch } from "@/lib/tickets/new-ticket";
import { combineBatches, type WriteBatch } from "@/lib/tickets/write-batch";
import type { WritePart } from "@/lib/db/write-batch";
import { contactPart } from "@/lib/contacts/contact-part";
import { selectIdFrom } from "@/lib/db/write-batch";
import { messagePart, threadPart } from "./conversation-writes";

export interface IncomingMessage {
  threadKey: string;
  messageId: string;
  inReplyTo: string | null;
  from: { email: string; name: string | null };
  subject: string | null;
  text: string;
  /** Without the quoted history and signature; null: all of `text` is new. */
  newText: string | null;
  forwarded: boolean;
  autoReply: boolean;
  /** A delivery failure report (also an auto-reply). */
  bounce?: boolean;
  /** Mailing-list or bulk mail: never answered by automation. */
  listMail?: boolean;
}

/** The row of a message received from a contact on `threadId` (a new conversation or a reply). */
export function inboundMessagePart(threadId: string, message: IncomingMessage, now: Date): WritePart {
  return messagePart(
    {
      threadId,
      messageId: message.messageId,
      inReplyTo: message.inReplyTo,
      direction: "INBOUND",
      sentFrom: null,
      fromEmail: message.from.email,
      fromName: message.from.name,
      toEmail: null,
      userId: null,
      subject: message.subject ?? "",
      text: message.text,
      newText: message.newText,
      forwarded: message.forwarded,
      autoReply: message.autoReply,
      bounce: message.bounce,
      listMail: message.listMail,
    },
    now,
  );
}

export interface NewConversationInput {
  channel: ChannelSnapshot;
  pipeline: PipelineSnapshot | null;
  timeZone: string;
  planTier: PlanTier;
  calendar: StoredCalendar;
  message: IncomingMessage;
  eventId: string | null;
  now: Date;
}

export interface PreparedConversation {
  ticketId: string | null;
  /** What happened, for the caller's answer: the ticket created (or why none) and its effects. */
  effects: unknown[];
  batch: WriteBatch;
}

const SUBJECT_MAX = 200;

/** The message's subject, or its first line when it has none. */
export function ticketSubject(message: Pick<IncomingMessage, "subject" | "text">): string {
  const subject = message.subject?.trim() || message.text.trim().split("\n", 1)[0]?.trim() || "(no subject)";
  return subject.length > SUBJECT_MAX ? `${subject.slice(0, SUBJECT_MAX - 1)}…` : subject;
}

export function prepareNewConversation(input: NewConversationInput): PreparedConversation {
  const { channel, message, now } = input;
  const decision = decideNewConversation(
    channel,
    input.pipeline,
    { now, timeZone: input.timeZone, planTier: input.planTier, eventId: input.eventId },
    message,
  );
  const ticketId = decision.outcome === "create_ticket" ? newId() : null;
  const threadId = newId();
  const contactId = selectIdFrom("contact");
  const conversation: Partial<WriteBatch> = {
    writes: [
      contactPart("contact", message.from.email, message.from.name, now),
      threadPart(
        {
          id: threadId,
          threadKey: message.threadKey,
          subject: message.subject ?? "",
          channelId: channel.id,
          contactId,
          ticketId,
        },
        now,
      ),
      inboundMessagePart(threadId, message, now),
    ],
  };
  if (decision.outcome === "store_without_ticket") {
    const stored = { type: "store_without_ticket", reason: decision.reason, explanation: decision.explanation };
    return { ticketId: null, effects: [stored], batch: combineBatches(conversation) };
  }
  const ticket = newTicketBatch(
    {
      id: ticketId!,
      draft: decision.ticket,
      subject: ticketSubject(message),
      description: message.text,
      contactId,
      originThreadId: threadId,
      effects: decision.effects,
      causeEventId: input.eventId,
      calendar: toBusinessHours(input.calendar, input.timeZone),
      pipeline: input.pipeline,
    },
    now,
  );
  const created = { type: "create_ticket", ticketId, ...decision.ticket };
  return { ticketId, effects: [created, ...decision.effects], batch: combineBatches(conversation, ticket) };
}
