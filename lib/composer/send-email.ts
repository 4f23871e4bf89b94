// An agent's email to a contact from Ticketflow: an `email.sent` event through the events path
// (claimed by id, so a double submit sends once; recorded as an OUTBOUND message; SPEC §4
// trigger A judged by the engine), with the deliver_email job that hands it to the mail
// transport written in the same transaction (retried with backoff; each failed attempt is on
// the ticket's timeline). It comes from the team inbox (From and Reply-To, in the agent's
// name), threaded (In-Reply-To, References), so the contact's reply comes back to that inbox.
import "server-only";
import type { SentFrom } from "@/lib/automation";
import type { CurrentUser } from "@/lib/auth/current-user";
import { teamInboxAddress } from "@/lib/channels/team-inbox-address";
import { dbHandle } from "@/lib/db";
import { oneRow, sql } from "@/lib/db/sql";
import { enqueueJob } from "@/lib/jobs";
import { ingestEvent, type IngestResult } from "@/lib/events/ingest-event";
import { messageIdFor, type TDeliverEmailPayload } from "@/lib/mail";
import { bracketed } from "@/lib/mail/message-id";
import type { ReplyThread } from "./reply-thread";

export interface OutgoingEmail {
  sentFrom: Extract<SentFrom, "ticket" | "contact">;
  ticketId: string | null;
  to: string;
  /** The thread replied on, or null for a new one (its key is then the first Message-ID). */
  thread: ReplyThread | null;
  subject: string;
  text: string;
  sendKey: string;
}

export const DELIVER_EMAIL = "deliver_email";

async function inboxAddress(email: OutgoingEmail): Promise<string | null> {
  const row = await oneRow<{ address: string | null }>(
    dbHandle().sql,
    sql`
    SELECT ${teamInboxAddress({ ticketId: email.ticketId, threadId: email.thread?.id })} AS address`,
  );
  return row?.address ?? null;
}

/** `"Agent Name" <inbox>`; without a team inbox, the agent's own address as before. */
function sender(user: CurrentUser, inbox: string | null): { from: string; replyTo?: string } {
  const name = `"${user.name.replace(/["\\\r\n]/g, "")}"`;
  return inbox ? { from: `${name} <${inbox}>`, replyTo: inbox } : { from: `${name} <${user.email}>` };
}

export async function sendEmail(
  user: CurrentUser,
  email: OutgoingEmail,
  now = new Date(),
): Promise<IngestResult & { messageId: string }> {
  const key = `compose:${email.sendKey}`;
  const { from, replyTo } = sender(user, await inboxAddress(email));
  // Derived from the key, so the thread's message and the Outbox row share one Message-ID.
  const messageId = messageIdFor(key, from);
  const references = email.thread?.references.map(bracketed) ?? [];
  const delivery: TDeliverEmailPayload = {
    to: email.to,
    from,
    replyTo,
    subject: email.subject,
    text: email.text,
    messageId,
    inReplyTo: email.thread?.lastMessageId ?? undefined,
    references: references.length > 0 ? references : undefined,
    idempotencyKey: key,
  };
  const recorded = await ingestEvent(
    {
      id: key,
      type: "email.sent",
      occurredAt: now.toISOString(),
      data: {
        ticketId: email.ticketId,
        contactEmail: email.to,
        threadKey: email.thread?.threadKey ?? messageId,
        messageId,
        fromUserEmail: user.email,
        sentFrom: email.sentFrom,
        forwarded: false,
        subject: email.subject,
        text: email.text,
      },
    },
    now,
    {
      alsoWrite: async (tx) => {
        await enqueueJob(tx, {
          type: DELIVER_EMAIL,
          payload: delivery,
          dedupeKey: `${DELIVER_EMAIL}:${messageId}`,
          ticketId: email.ticketId ?? undefined,
          causeEventId: key,
        });
      },
    },
  );
  return { ...recorded, messageId };
}
