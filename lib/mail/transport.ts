// The mail transport: SMTP (env SMTP_URL, pooled connections) or, without it, the embedded
// capture transport, where a message's Outbox row is the delivery (nothing leaves the machine).
import nodemailer, { type Transporter } from "nodemailer";
import { env } from "@/lib/env";

export type TransportKind = "smtp" | "capture";

export interface MailTransport {
  kind: TransportKind;
  transporter: Transporter;
}

export function createMailTransport(config: { smtpUrl?: string }): MailTransport {
  if (config.smtpUrl) {
    // pool: reuse connections (smtp-server style servers wait ~100 ms before their greeting).
    return { kind: "smtp", transporter: nodemailer.createTransport({ url: config.smtpUrl, pool: true }) };
  }
  // jsonTransport composes the message (so a malformed one fails as it would over SMTP) and
  // sends it nowhere; sendMail stores it as the OutboxEmail row.
  return { kind: "capture", transporter: nodemailer.createTransport({ jsonTransport: true }) };
}

const globalForMail = globalThis as unknown as { ticketflowMail?: MailTransport };

/** This process's transport, from the environment, created on first use. */
export function mailTransport(): MailTransport {
  globalForMail.ticketflowMail ??= createMailTransport({ smtpUrl: env().SMTP_URL || undefined });
  return globalForMail.ticketflowMail;
}

/** Tests and scripts install a transport of their own (closing the one it replaces). */
export function useMailTransport(transport: MailTransport | undefined): void {
  if (globalForMail.ticketflowMail && globalForMail.ticketflowMail !== transport) {
    globalForMail.ticketflowMail.transporter.close();
  }
  globalForMail.ticketflowMail = transport;
}
