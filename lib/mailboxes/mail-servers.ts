// Clients for a connected mailbox's servers, from its settings: imapflow for IMAP, nodemailer
// for SMTP (both maintained, used by FreeScout/Zammad-style peers in the Node world, and doing
// the protocol — IDLE, literal handling, STARTTLS, SASL, pooling — we would otherwise hand-write).
import "server-only";
import { ImapFlow } from "imapflow";
import type SMTPTransport from "nodemailer/lib/smtp-transport";
import type SMTPPool from "nodemailer/lib/smtp-pool";
import type { MailSecurity } from "./schemas";

export interface MailServer {
  host: string;
  port: number;
  security: MailSecurity;
  user: string;
  password: string;
}

const TIMEOUTS = { connectionTimeout: 15_000, greetingTimeout: 10_000 };

export function imapClient(server: MailServer): ImapFlow {
  return new ImapFlow({
    host: server.host,
    port: server.port,
    secure: server.security === "tls",
    // STARTTLS is required when chosen, never attempted without TLS (a loopback server).
    doSTARTTLS: server.security === "starttls" ? true : server.security === "none" ? false : undefined,
    auth: { user: server.user, pass: server.password },
    logger: false,
    ...TIMEOUTS,
    // A dead connection is noticed: no command may hang longer than this.
    socketTimeout: 5 * 60_000,
  });
}

export function smtpOptions(server: MailServer): SMTPTransport.Options {
  return {
    host: server.host,
    port: server.port,
    secure: server.security === "tls",
    requireTLS: server.security === "starttls",
    ignoreTLS: server.security === "none",
    auth: { user: server.user, pass: server.password },
    ...TIMEOUTS,
    socketTimeout: 60_000,
  };
}

export function smtpPoolOptions(server: MailServer): SMTPPool.Options {
  return { ...smtpOptions(server), pool: true, maxConnections: 2 };
}
