// An agent's email to a contact from Ticketflow: an `email.sent` event through the events path
// (claimed by id, so a double submit sends once; recorded as an OUTBOUND message; SPEC §4
// trigger A judged by the engine), with the deliver_email job that hands it to the mail
// transport (→ Outbox) written in the same transaction.
import "server-only";
import type { SentFrom } from "@/lib/automation";
import type { CurrentUser } from "@/lib/auth/current-user";
import { enqueueJob } from "@/lib/jobs";
import { ingestEvent, type IngestResult } from "@/lib/events/ingest-event";
import { messageIdFor, type TDeliverEmailPayload } from "@/lib/mail";

export interface OutgoingEmail {
  sentFrom: Extract<SentFrom, "ticket" | "contact">;
  ticketId: string | null;
  to: string;
  /** The thread replied on, or null for a new one (its key is then the first Message-ID). */
  thread: { threadKey: string; lastMessageId: string | null } | null;
  subject: string;
  text: string;
  sendKey: string;
}

export const DELIVER_EMAIL = "deliver_email";

export async function sendEmail(user: CurrentUser, email: OutgoingEmail, now = new Date()): Promise<IngestResult & { messageId: string }> {
  const key = `compose:${email.sendKey}`;
  // Derived from the key, so the thread's message and the Outbox row share one Message-ID.
  const messageId = messageIdFor(key, user.email);
  const delivery: TDeliverEmailPayload = {
    to: email.to,
    from: `${user.name} <${user.email}>`,
    subject: email.subject,
    text: email.text,
    messageId,
    inReplyTo: email.thread?.lastMessageId ?? undefined,
    idempotencyKey: key,
  };
  const recorded = await ingestEvent({
    id: key,
    type: "email.sent",
    occurredAt: now.toISOString(),
    data: {
      ticketId: email.ticketId, contactEmail: email.to, threadKey: email.thread?.threadKey ?? messageId, messageId,
      fromUserEmail: user.email, sentFrom: email.sentFrom, forwarded: false, subject: email.subject, text: email.text,
    },
  }, now, {
    alsoWrite: async (tx) => {
      await enqueueJob(tx, { type: DELIVER_EMAIL, payload: delivery, dedupeKey: `${DELIVER_EMAIL}:${messageId}`, ticketId: email.ticketId ?? undefined });
    },
  });
  return { ...recorded, messageId };
}
