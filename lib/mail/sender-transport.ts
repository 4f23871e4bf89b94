// Where an email goes out, by its From address: a feature above lib/mail (lib/mailboxes: a team
// inbox's own connected mailbox) installs a resolver at start-up; without one, or when it answers
// null, the global transport (SMTP_URL / capture) sends. Kept on globalThis: Next loads modules twice.
import type Mail from "nodemailer/lib/mailer";
import type { PrismaClient } from "@/generated/prisma/client";
import type { MailTransport } from "./transport";

export interface SenderTransport {
  transport: MailTransport;
  /** After the send: e.g. a copy in the mailbox's Sent folder (must not throw). */
  keepCopy(message: Mail.Options): Promise<void>;
}

/** `db`: the client the send runs on (a job's: the lane's own connections for a person's email). */
export type SenderResolver = (from: string, db: PrismaClient) => Promise<SenderTransport | null>;

const globalForSender = globalThis as unknown as { ticketflowSenderResolver?: SenderResolver };

export function setSenderResolver(resolver: SenderResolver | undefined): void {
  globalForSender.ticketflowSenderResolver = resolver;
}

export function senderTransportFor(from: string, db: PrismaClient): Promise<SenderTransport | null> {
  return globalForSender.ticketflowSenderResolver?.(from, db) ?? Promise.resolve(null);
}
