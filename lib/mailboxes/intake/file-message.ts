// One message read from the mailbox → the very function that files SMTP-received mail
// (lib/mail/inbound deliverInboundEmail: threading, classification, auto-reply/bounce/forward
// handling, attachments, idempotent by Message-ID: event `smtp:<Message-ID>`), so the same
// message met twice — over IMAP after a crash, a reconnect, a UIDVALIDITY change, or over both
// SMTP and IMAP — is stored once.
import "server-only";
import type { IngestResult } from "@/lib/events/ingest-event";
import { deliverInboundEmail, type InboundDelivery } from "@/lib/mail/inbound/deliver";
import { UnparsableMessageError } from "@/lib/mail/inbound/parse";

export type Deliver = (delivery: InboundDelivery) => Promise<IngestResult>;

/** The Return-Path the delivering server recorded (RFC 5321 §4.4): the SMTP envelope sender,
 *  "" for the null sender `<>` of bounces. Without one the sender is unknown, not null: a
 *  placeholder, so only the headers (From, Auto-Submitted, DSN parts) classify the message. */
export function envelopeSenderOf(raw: Buffer): string {
  const end = raw.indexOf("\r\n\r\n");
  const head = raw.subarray(0, end === -1 ? Math.min(raw.length, 64 * 1024) : end).toString("latin1");
  const match = /^Return-Path:[ \t]*<([^>\r\n]*)>/im.exec(head);
  return match ? match[1]!.trim() : "unknown@return-path.invalid";
}

export type FileOutcome = "filed" | "duplicate" | { unparsable: string };

export async function fileMessage(
  channelId: string,
  raw: Buffer,
  deliver: Deliver = deliverInboundEmail,
): Promise<FileOutcome> {
  try {
    const result = await deliver({ channelId, envelopeFrom: envelopeSenderOf(raw), raw });
    return result.duplicate ? "duplicate" : "filed";
  } catch (error) {
    // As SMTP answers 554: a message that cannot be stored is skipped (and listed), not retried for ever.
    if (!(error instanceof UnparsableMessageError)) throw error;
    return { unparsable: error.message };
  }
}
