// The events endpoint's body (DESIGN.md "Public HTTP API"), one schema per event type.
// Free of server imports. Optional fields also accept null.
import { z } from "zod";

const ZKey = z.string().min(1).max(500);
const ZEmail = z.email().max(320);
const ZSubject = z.string().max(1000).nullish();
const ZText = z.string().max(256 * 1024);

export const ZMessageReceivedData = z.object({
  channelId: z.string().min(1).max(200),
  threadKey: ZKey,
  messageId: ZKey,
  from: z.object({ email: ZEmail, name: z.string().max(200).nullish() }),
  subject: ZSubject,
  text: ZText,
  forwarded: z.boolean().nullish(),
  inReplyTo: ZKey.nullish(),
});
export type TMessageReceivedData = z.infer<typeof ZMessageReceivedData>;

export const ZSentFrom = z.enum(["ticket", "contact", "personal_inbox"]);

export const ZEmailSentData = z.object({
  ticketId: z.string().min(1).max(200).nullish(),
  contactEmail: ZEmail,
  threadKey: ZKey,
  messageId: ZKey,
  fromUserEmail: ZEmail,
  sentFrom: ZSentFrom,
  forwarded: z.boolean().nullish(),
  subject: ZSubject,
  text: ZText,
});
export type TEmailSentData = z.infer<typeof ZEmailSentData>;

const envelope = {
  /** The idempotency key: the same id again returns the first result. */
  id: z.string().min(1).max(200),
  occurredAt: z.iso.datetime({ offset: true }),
};

const ZEmailSentEvent = z.object({ ...envelope, type: z.literal("email.sent"), data: ZEmailSentData });

/** What POST /api/v1/events accepts. */
export const ZEvent = z.discriminatedUnion("type", [
  z.object({ ...envelope, type: z.literal("message.received"), data: ZMessageReceivedData }),
  ZEmailSentEvent,
]);

/**
 * What ingestEvent takes: the public events, plus what only Ticketflow's own SMTP server
 * (lib/mail/inbound) can tell from a message's headers — that it is an auto-reply (out of
 * office, bounce) — and its new text without the quoted history (lib/mail/inbound/new-text.ts). The
 * public endpoint takes neither (DESIGN.md keeps its contract).
 */
export const ZIngestEvent = z.discriminatedUnion("type", [
  z.object({
    ...envelope,
    type: z.literal("message.received"),
    data: ZMessageReceivedData.extend({
      autoReply: z.boolean().optional(),
      bounce: z.boolean().optional(),
      listMail: z.boolean().optional(),
      newText: ZText.nullish(),
    }),
  }),
  ZEmailSentEvent,
]);
export type TEvent = z.infer<typeof ZIngestEvent>;
export type TEventType = TEvent["type"];
