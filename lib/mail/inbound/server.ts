// The team inboxes' SMTP server (smtp-server). Replies, in SMTP terms:
//   RCPT TO an address no team inbox has → 550; over the size limit → 552 (SIZE at MAIL FROM,
//   else when the data ends); a message that does not parse → 554; stored (or a duplicate) →
//   250; anything unexpected (e.g. the database is away) → 451, so the sender tries again;
//   more than maxClients connections at once, or more than connectionsPerMinute from one
//   address → 421 and the connection is closed (the sender queues and retries).
// Plain SMTP without AUTH or STARTTLS: put it behind the MX relay that terminates TLS, or bind
// it to the internet knowing it accepts mail only for the inboxes' own addresses.
// Reverse DNS is off: it would send a lookup off this machine for every connection.
import "server-only";
import type { AddressInfo } from "node:net";
import { SMTPServer, type SMTPServerDataStream, type SMTPServerSession } from "smtp-server";
import { dbHandle } from "@/lib/db";
import type { IngestResult } from "@/lib/events/ingest-event";
import { logger } from "@/lib/logger";
import { deliverInboundEmail, type InboundDelivery } from "./deliver";
import { UnparsableMessageError } from "./parse";
import { connectionRate } from "./connection-rate";
import { teamInboxFor } from "./recipients";

export interface InboundSmtpOptions {
  host: string;
  /** 0: any free port (tests). */
  port: number;
  maxBytes: number;
  /** Connections open at once (smtp-server's maxClients). */
  maxClients: number;
  /** New connections one client address may open in a sliding minute. */
  connectionsPerMinute: number;
  /** Default: deliverInboundEmail (tests may observe it). */
  deliver?: (delivery: InboundDelivery) => Promise<IngestResult>;
}

export interface InboundSmtpServer {
  port: number;
  close(): Promise<void>;
}

const log = logger.child({ component: "smtp-inbound" });

/** An SMTP reply code with its text (smtp-server sends `responseCode` and `message`). */
class SmtpRefusal extends Error {
  constructor(
    readonly responseCode: number,
    message: string,
  ) {
    super(message);
    this.name = "SmtpRefusal";
  }
}

const smtpError = (responseCode: number, message: string) => new SmtpRefusal(responseCode, message);

async function recipientInbox(address: string): Promise<string | null> {
  return (await teamInboxFor(dbHandle().sql, address))?.id ?? null;
}

// The inbox that a mail transaction's first accepted recipient named, found at RCPT TO: the
// message goes there without a second lookup (a channel deleted in between fails the delivery
// with 451, and the sender's retry meets a 550 at RCPT TO). Keyed by the envelope, which
// smtp-server makes anew for each transaction (MAIL FROM, RSET, EHLO) on a kept-open connection.
const envelopeInbox = new WeakMap<SMTPServerSession["envelope"], string>();

/** The message's bytes up to the limit (beyond it smtp-server sets sizeExceeded; we stop keeping them). */
function readMessage(stream: SMTPServerDataStream, maxBytes: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let bytes = 0;
    stream.on("data", (chunk: Buffer) => {
      bytes += chunk.length;
      if (bytes <= maxBytes) chunks.push(chunk);
    });
    stream.on("error", reject);
    stream.on("end", () => resolve(stream.sizeExceeded || bytes > maxBytes ? null : Buffer.concat(chunks)));
  });
}

async function receive(
  stream: SMTPServerDataStream,
  session: SMTPServerSession,
  options: InboundSmtpOptions,
): Promise<string> {
  const raw = await readMessage(stream, options.maxBytes);
  if (!raw) throw smtpError(552, `Message too large: the limit is ${options.maxBytes} bytes.`);
  const channelId = envelopeInbox.get(session.envelope);
  if (!channelId) throw smtpError(503, "No valid recipient: send RCPT TO first.");
  const mailFrom = session.envelope.mailFrom;
  const delivery = { channelId, envelopeFrom: mailFrom ? mailFrom.address : "", raw };
  const result = await (options.deliver ?? deliverInboundEmail)(delivery);
  log.info(
    { eventId: result.eventId, ticketId: result.ticketId, duplicate: result.duplicate },
    "inbound email accepted",
  );
  return result.duplicate ? "OK: already received" : "OK: message accepted";
}

function failure(error: unknown): Error {
  if (error instanceof UnparsableMessageError) return smtpError(554, `Message refused: ${error.message}`);
  if (error instanceof SmtpRefusal) return error;
  log.error({ err: error }, "inbound email could not be stored; the sender will retry");
  return smtpError(451, "Temporary failure storing the message; please try again later.");
}

export async function startInboundSmtp(options: InboundSmtpOptions): Promise<InboundSmtpServer> {
  const rate = connectionRate(options.connectionsPerMinute);
  const server = new SMTPServer({
    maxClients: options.maxClients,
    banner: "Ticketflow",
    disableReverseLookup: true,
    disabledCommands: ["AUTH", "STARTTLS"],
    authOptional: true,
    size: options.maxBytes,
    logger: false,
    onConnect(session, callback) {
      if (rate.allow(session.remoteAddress)) return callback();
      log.warn({ address: session.remoteAddress }, "inbound SMTP connection refused: over the per-address rate");
      callback(smtpError(421, "Too many connections from your address; try again later."));
    },
    onRcptTo(address, session, callback) {
      recipientInbox(address.address).then(
        (id) => {
          if (!id) return callback(smtpError(550, `No team inbox has the address <${address.address}>.`));
          if (!envelopeInbox.has(session.envelope)) envelopeInbox.set(session.envelope, id);
          callback();
        },
        (error: unknown) => callback(failure(error)),
      );
    },
    onData(stream, session, callback) {
      receive(stream, session, options).then(
        (reply) => callback(null, reply),
        (error: unknown) => {
          stream.resume(); // drain what the client still sends, so it reads our reply
          callback(failure(error));
        },
      );
    },
  });
  server.on("error", (error) => log.error({ err: error }, "inbound SMTP server error"));
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const port = (server.server.address() as AddressInfo).port;
  const { host, maxBytes, maxClients, connectionsPerMinute } = options;
  log.info({ host, port, maxBytes, maxClients, connectionsPerMinute }, "inbound SMTP server listening");
  return { port, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
