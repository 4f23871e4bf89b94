// Sending one email, idempotently: the Message-ID is derived from the idempotency key and
// OutboxEmail.messageId is unique, so a retried job does not send the same email twice.
//   capture: the Outbox row is the delivery, stored with ON CONFLICT DO NOTHING: exactly once.
//   SMTP: check the Outbox → send → record. A crash (or lost connection) after the server
//   accepted the message and before the record commits sends it again on retry: at least once.
//   The copy carries the same Message-ID, which lets receiving systems drop it.
import { dbHandle } from "@/lib/db";
import type { DbHandle } from "@/lib/db/open";
import { logger } from "@/lib/logger";
import { AUTOMATED_EMAIL_HEADERS } from "./loop-guard-headers";
import { bracketed, messageIdFor } from "./message-id";
import { senderTransportFor } from "./sender-transport";
import { outboxHas, recordOutbox, type OutboxRecord } from "./outbox";
import { mailTransport, type MailTransport, type TransportKind } from "./transport";

export interface SendMailInput {
  to: string;
  from: string;
  /** Where replies go (the team inbox), when not the From address. */
  replyTo?: string;
  subject: string;
  text: string;
  /** Default: derived from idempotencyKey. When given, it is the identity the Outbox dedupes on. */
  messageId?: string;
  inReplyTo?: string;
  references?: string | string[];
  ticketId?: string;
  jobId?: string;
  /** Sent by automation, not a person: carries AUTOMATED_EMAIL_HEADERS (lib/mail/loop-guard). */
  automated?: boolean;
  /** The same key never sends twice, e.g. `job:<jobId>` or `<enrollmentId>:<actionId>`. */
  idempotencyKey: string;
}

export interface SendMailResult {
  messageId: string;
  transport: TransportKind;
  /** True when this key's message had already been sent: nothing was sent now. */
  duplicate: boolean;
}

export interface SendMailDeps {
  /** The database the send runs on (a job's `ctx.handle`; the app's by default). The Outbox's
   *  statements run on its raw executor as prepared statements, not through the ORM. */
  handle?: DbHandle;
  transport?: MailTransport;
}

export async function sendMail(input: SendMailInput, deps: SendMailDeps = {}): Promise<SendMailResult> {
  if (!input.idempotencyKey) throw new Error("sendMail: idempotencyKey is required");
  const handle = deps.handle ?? dbHandle();
  const outbox = handle.sql;
  const messageId = bracketed(input.messageId ?? messageIdFor(input.idempotencyKey, input.from));
  const usual = deps.transport ?? mailTransport();
  // A team inbox with its own connected mailbox sends through that mailbox's SMTP (issue 18).
  // Over SMTP the Outbox is checked first; when the usual transport is SMTP, that check runs
  // beside the mailbox lookup rather than after it (capture needs no check: the record dedupes).
  const [mailbox, sentEarlier] = await Promise.all([
    deps.transport ? null : senderTransportFor(input.from, handle.prisma),
    usual.kind === "smtp" ? outboxHas(outbox, messageId) : undefined,
  ]);
  const transport = mailbox?.transport ?? usual;
  const record: OutboxRecord = {
    messageId,
    inReplyTo: input.inReplyTo ? bracketed(input.inReplyTo) : null,
    fromEmail: input.from,
    toEmail: input.to,
    subject: input.subject,
    text: input.text,
    transport: transport.kind,
    ticketId: input.ticketId ?? null,
    jobId: input.jobId ?? null,
  };
  const result = (duplicate: boolean): SendMailResult => ({ messageId, transport: transport.kind, duplicate });

  if (transport.kind === "smtp" && (sentEarlier ?? (await outboxHas(outbox, messageId)))) return result(true);
  const message = {
    from: input.from,
    replyTo: input.replyTo,
    to: input.to,
    subject: input.subject,
    text: input.text,
    messageId,
    inReplyTo: record.inReplyTo ?? undefined,
    references: input.references,
    headers: {
      ...(input.automated ? AUTOMATED_EMAIL_HEADERS : {}),
      ...(input.ticketId ? { "X-Ticketflow-Ticket": input.ticketId } : {}),
      ...(input.jobId ? { "X-Ticketflow-Job": input.jobId } : {}),
    },
  };
  await transport.transporter.sendMail(message);
  const stored = await recordOutbox(outbox, record);
  await mailbox?.keepCopy(message);
  if (transport.kind === "smtp" && !stored) {
    logger.warn({ messageId }, "an SMTP message was sent again: its key was recorded meanwhile (at-least-once)");
  }
  return result(transport.kind === "capture" ? !stored : false);
}
