// Real SMTP on 127.0.0.1 for the mail tests: a sink (smtp-server) that outgoing mail is sent to
// and that can refuse it, and a client (nodemailer, pooled: smtp-server waits 100 ms before its
// greeting) that sends to Ticketflow's inbound server.
import type { AddressInfo } from "node:net";
import { simpleParser, type ParsedMail } from "mailparser";
import nodemailer from "nodemailer";
import type Mail from "nodemailer/lib/mailer";
import { SMTPServer } from "smtp-server";

export interface SmtpSink {
  port: number;
  url: string;
  messages: ParsedMail[];
  /** null: accept; otherwise refuse every message with this code (e.g. 550, 421). */
  refuseWith: number | null;
  close(): Promise<void>;
}

export async function startSmtpSink(): Promise<SmtpSink> {
  const sink = { messages: [] as ParsedMail[], refuseWith: null as number | null };
  const server = new SMTPServer({
    disableReverseLookup: true,
    disabledCommands: ["AUTH", "STARTTLS"],
    authOptional: true,
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream).then((parsed) => {
        if (sink.refuseWith === null) {
          sink.messages.push(parsed);
          return callback();
        }
        callback(
          Object.assign(new Error(`refused by the test sink (${sink.refuseWith})`), { responseCode: sink.refuseWith }),
        );
      }, callback);
    },
  });
  // A client that drops its connection (a pooled transport closed at the end of a bench phase)
  // is not the sink's failure: without a listener, smtp-server's 'error' event ends the process.
  server.on("error", () => {});
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.server.address() as AddressInfo).port;
  return Object.assign(sink, {
    port,
    url: `smtp://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  });
}

export interface SmtpClient {
  send(message: Mail.Options): Promise<{ response: string }>;
  close(): void;
}

/** A pooled client for one SMTP server on 127.0.0.1. */
export function smtpClient(port: number): SmtpClient {
  const transporter = nodemailer.createTransport({
    host: "127.0.0.1",
    port,
    secure: false,
    ignoreTLS: true,
    pool: true,
    maxConnections: 1,
  });
  return { send: (message) => transporter.sendMail(message), close: () => transporter.close() };
}

/** The SMTP reply code a refused send carried (nodemailer puts it on the error). */
export async function refusal(sending: Promise<unknown>): Promise<{ code: number; response: string }> {
  try {
    await sending;
  } catch (error) {
    const { responseCode, response } = error as { responseCode?: number; response?: string };
    return { code: responseCode ?? -1, response: response ?? String(error) };
  }
  throw new Error("the message was accepted");
}
