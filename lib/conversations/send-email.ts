// An agent's email to a contact from Ticketflow: recorded as an OUTBOUND message through the
// events path (so SPEC §4 trigger A is judged exactly as for an `email.sent` event), and handed
// to the mail transport by a deliver_email job written in the same transaction (→ Outbox).
import "server-only";
import type { SentFrom } from "@/lib/automation";
import type { CurrentUser } from "@/lib/auth/current-user";
import { enqueueJob } from "@/lib/jobs";
import { messageIdFor, type TDeliverEmailPayload } from "@/lib/mail";
import { recordEmailSent, type RecordedEmail } from "./record-email-sent";

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

export async function sendEmail(user: CurrentUser, email: OutgoingEmail, now = new Date()): Promise<RecordedEmail & { messageId: string }> {
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
  const recorded = await recordEmailSent({
    id: key,
    type: "email.sent",
    occurredAt: now.toISOString(),
    data: {
      ticketId: email.ticketId, contactEmail: email.to, threadKey: email.thread?.threadKey ?? messageId, messageId,
      fromUserEmail: user.email, sentFrom: email.sentFrom, forwarded: false, subject: email.subject, text: email.text,
    },
  }, now, async (tx) => {
    await enqueueJob(tx, { type: DELIVER_EMAIL, payload: delivery, dedupeKey: `${DELIVER_EMAIL}:${messageId}`, ticketId: email.ticketId ?? undefined });
  });
  return { ...recorded, messageId };
}
