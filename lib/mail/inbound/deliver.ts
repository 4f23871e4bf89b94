// One accepted email → a `message.received` event through the same path as POST /api/v1/events
// (lib/events ingestEvent: one transaction; idempotent by the event id `smtp:<Message-ID>`, so
// the same message delivered twice is stored once). New thread or reply, ticket or not, SPEC §4
// rules: all decided there. Here: parse, classify, find the thread, fit the event's limits.
import "server-only";
import crypto from "node:crypto";
import { withAttachments } from "@/lib/mail/inbound/store-attachments";
import { dbHandle } from "@/lib/db";
import { ingestEvent, type IngestResult } from "@/lib/events/ingest-event";
import { ingressHandle } from "@/lib/events/ingress-handle";
import { isAlreadyRecorded } from "@/lib/events/message-received";
import { ZIngestEvent, type TEvent } from "@/lib/events/schemas";
import { logger } from "@/lib/logger";
import type { Sql } from "@/lib/db/sql";
import { recordBounce } from "../bounces";
import { classifyInbound, type Classification } from "./classify";
import { bounceReport, type BounceReport } from "./detect/bounce";
import { parseInboundEmail, UnparsableMessageError, type InboundEmail } from "./parse";
import { newTextOf } from "./new-text";
import { matchThreadKey } from "./thread-match";

export interface InboundDelivery {
  /** The team inbox (TEAM_EMAIL channel) the message was addressed to. */
  channelId: string;
  /** The SMTP MAIL FROM address, "" for the null sender `<>`. */
  envelopeFrom: string;
  raw: Buffer;
}

const LIMITS = { eventId: 200, messageId: 500, subject: 1000, name: 200, text: 256 * 1024 };

const digest = (data: string | Buffer) => crypto.createHash("sha256").update(data).digest("hex").slice(0, 40);

function clip(text: string, max: number, marker = ""): string {
  return text.length <= max ? text : `${text.slice(0, max - marker.length)}${marker}`;
}

const clipNullable = (text: string | null, max: number) => (text === null ? null : clip(text, max));

/** The stored Message-ID: the message's own, else one derived from its bytes (same bytes → same id). */
function messageIdOf(email: InboundEmail, raw: Buffer): string {
  const own = email.messageId;
  if (own && own.length <= LIMITS.messageId) return own;
  return `<${digest(own ?? raw)}.smtp@ticketflow.invalid>`;
}

function eventIdOf(messageId: string): string {
  const id = `smtp:${messageId}`;
  return id.length <= LIMITS.eventId ? id : `smtp:sha256:${digest(messageId)}`;
}

/** RFC 5322: answers go to Reply-To when there is one, so the contact is that address. */
function contactOf(email: InboundEmail): InboundEmail["from"] {
  if (!email.replyTo) return email.from;
  const sameSender = email.replyTo.email.toLowerCase() === email.from.email.toLowerCase();
  return { email: email.replyTo.email, name: email.replyTo.name ?? (sameSender ? email.from.name : null) };
}

/** A bounce names the email it returns: that email's thread is the bounce's thread. */
function threadReferences(
  email: InboundEmail,
  bounce: BounceReport | null,
): Pick<InboundEmail, "inReplyTo" | "references"> {
  const returned = bounce?.originalMessageId;
  if (!returned) return email;
  return { inReplyTo: email.inReplyTo ?? returned, references: [...email.references, returned] };
}

export interface InboundMessage {
  event: TEvent;
  classification: Classification;
  /** What a bounce says about the email it returns (null: not a bounce). */
  bounce: BounceReport | null;
}

export async function buildInboundEvent(
  input: InboundDelivery,
  email: InboundEmail,
  now: Date,
): Promise<InboundMessage> {
  const classification = classifyInbound(email, input.envelopeFrom);
  const { forwarded, autoReply } = classification;
  const bounce = classification.bounce ? bounceReport(email) : null;
  const messageId = messageIdOf(email, input.raw);
  const threadKey = (await matchThreadKey(dbHandle().sql, threadReferences(email, bounce))) ?? messageId;
  const contact = contactOf(email);
  const candidate = {
    id: eventIdOf(messageId),
    type: "message.received",
    occurredAt: now.toISOString(),
    data: {
      channelId: input.channelId,
      threadKey,
      messageId,
      from: { email: contact.email, name: contact.name ? clip(contact.name, LIMITS.name) : null },
      subject: email.subject ? clip(email.subject, LIMITS.subject) : null,
      text: clip(email.text, LIMITS.text, "\n[… truncated]"),
      newText: clipNullable(newTextOf(email.text, { forwarded }), LIMITS.text),
      forwarded,
      autoReply,
      bounce: classification.bounce,
      listMail: classification.listMail,
      inReplyTo: email.inReplyTo && email.inReplyTo.length <= LIMITS.messageId ? email.inReplyTo : null,
    },
  };
  const parsed = ZIngestEvent.safeParse(candidate);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new UnparsableMessageError(`The message cannot be stored (${issue.path.join(".")}: ${issue.message}).`);
  }
  return { event: parsed.data, classification, bounce };
}

export async function deliverInboundEmail(input: InboundDelivery, now = new Date()): Promise<IngestResult> {
  const email = await parseInboundEmail(input.raw);
  const { event, bounce } = await buildInboundEvent(input, email, now);
  const alsoWrite = bounce
    ? async (tx: Sql) => void (await recordBounce(tx, bounce, { eventId: event.id, now }))
    : undefined;
  try {
    return await ingestEvent(
      event,
      now,
      withAttachments(event, email.attachments, now, { alsoWrite, handle: ingressHandle() }),
    );
  } catch (error) {
    // Our own message coming back (an inbox in copy of its own outgoing email): stored already.
    if (!isAlreadyRecorded(error)) throw error;
    logger.info({ eventId: event.id }, "inbound email already recorded as another message; accepted without storing");
    return { eventId: event.id, ticketId: null, effects: [], duplicate: true };
  }
}
