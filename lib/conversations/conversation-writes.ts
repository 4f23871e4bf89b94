// Threads and messages as write parts (lib/db/write-batch.ts), so recording a message costs no
// round trip of its own: it commits in the statement of the change it causes. The contact's part
// is lib/contacts/contact-part.ts (a new ticket writes one too).
import "server-only";
import { newId } from "@/lib/db/ids";
import { sql, utc, type SqlFragment } from "@/lib/db/sql";
import { normalizeEmail } from "@/lib/contacts/contact-part";
import type { WritePart } from "@/lib/db/write-batch";

export interface NewThread {
  id: string;
  threadKey: string;
  subject: string;
  channelId: string | null;
  /** An SQL expression for the contact id, e.g. `selectIdFrom("contact")`. */
  contactId: SqlFragment;
  ticketId: string | null;
}

export function threadPart(thread: NewThread, now: Date): WritePart {
  const statement = sql`
    INSERT INTO "Thread" (id, "threadKey", subject, "channelId", "contactId", "ticketId", "createdAt")
    VALUES (${thread.id}, ${thread.threadKey}, ${thread.subject}, ${thread.channelId}, ${thread.contactId},
      ${thread.ticketId}, ${utc(now)})
    RETURNING 1`;
  return { name: "thread", statement };
}

/** Attaches a thread that has no ticket yet to one. */
export function linkThreadPart(threadId: string, ticketId: string): WritePart {
  const statement = sql`
    UPDATE "Thread" SET "ticketId" = ${ticketId} WHERE id = ${threadId} AND "ticketId" IS NULL
    RETURNING 1`;
  return { name: "thread_link", statement };
}

export interface NewMessage {
  threadId: string;
  messageId: string;
  inReplyTo: string | null;
  direction: "INBOUND" | "OUTBOUND";
  sentFrom: "TICKET" | "CONTACT" | "PERSONAL_INBOX" | null;
  fromEmail: string;
  fromName: string | null;
  toEmail: string | null;
  userId: string | null;
  subject: string;
  text: string;
  /** Inbound only: the new text without quoted history and signature; null/absent: all of it. */
  newText?: string | null;
  forwarded: boolean;
  /** An out-of-office or bounce (lib/mail/inbound/classify.ts); default false. */
  autoReply?: boolean;
  bounce?: boolean;
  listMail?: boolean;
}

export function messagePart(message: NewMessage, now: Date): WritePart {
  const m = message;
  const statement = sql`
    INSERT INTO "Message" (id, "threadId", "messageId", "inReplyTo", direction, "sentFrom", "fromEmail",
      "fromName", "toEmail", "userId", subject, text, "newText", forwarded, "autoReply", bounce, "listMail", "createdAt")
    VALUES (${newId()}, ${m.threadId}, ${m.messageId}, ${m.inReplyTo}, ${m.direction}::"MessageDirection",
      ${m.sentFrom}::"SentFrom", ${normalizeEmail(m.fromEmail)}, ${m.fromName}, ${m.toEmail}, ${m.userId},
      ${m.subject}, ${m.text}, ${m.newText ?? null}, ${m.forwarded}, ${m.autoReply === true}, ${m.bounce === true},
      ${m.listMail === true}, ${utc(now)})
    RETURNING 1`;
  return { name: "message", statement };
}
