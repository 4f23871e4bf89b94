// The real inbound SMTP server on 127.0.0.1 for an integration file, started before its tests and
// stopped after them, with a client that sends to it as a customer's mail server would — and, for
// files that also watch what Ticketflow sends, a sink that the app's mail transport delivers to.
// `const smtp = useInboundSmtp({ maxBytes })`, then `smtp.client.send(…)`, `smtp.sink.messages`.
import crypto from "node:crypto";
import { afterAll, beforeAll } from "vitest";
import { createMailTransport, useMailTransport } from "@/lib/mail";
import { startInboundSmtp, type InboundSmtpServer } from "@/lib/mail/inbound/server";
import { smtpClient, startSmtpSink, type SmtpClient, type SmtpSink } from "./smtp";

/** The seeded Support pipeline's team inbox. */
export const INBOX = "support@acme.example";

/** A new Message-ID, as a customer's mail client makes one. */
export const newMessageId = () => `<${crypto.randomUUID()}@customer.example>`;

/** A new customer address; `name` prefixes it for readable failures. */
export const someone = (name?: string) =>
  `${name ? `${name}-` : ""}${crypto.randomUUID().slice(0, 8)}@customer.example`;

export interface InboundSmtp {
  readonly port: number;
  readonly client: SmtpClient;
  /** Where the app's outgoing mail goes (only with `sink: true`). */
  readonly sink: SmtpSink;
}

export function useInboundSmtp(options: { maxBytes?: number; sink?: boolean } = {}): InboundSmtp {
  let server: InboundSmtpServer | undefined;
  let client: SmtpClient | undefined;
  let sink: SmtpSink | undefined;
  beforeAll(async () => {
    server = await startInboundSmtp({
      host: "127.0.0.1",
      port: 0,
      maxBytes: options.maxBytes ?? 1024 * 1024,
      maxClients: 100,
      connectionsPerMinute: 1000,
    });
    client = smtpClient(server.port);
    if (options.sink) {
      sink = await startSmtpSink();
      useMailTransport(createMailTransport({ smtpUrl: sink.url }));
    }
  });
  afterAll(async () => {
    if (sink) useMailTransport(undefined);
    client?.close();
    await Promise.all([server?.close(), sink?.close()]);
  });
  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`the inbound SMTP ${what} is used before beforeAll started it`);
    return value;
  };
  return {
    get port() {
      return started(server, "server").port;
    },
    get client() {
      return started(client, "client");
    },
    get sink() {
      return started(sink, "sink (useInboundSmtp({ sink: true }))");
    },
  };
}
