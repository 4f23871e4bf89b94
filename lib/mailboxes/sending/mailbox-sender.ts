// Sending through a channel's own mailbox (issue 18 item 3): an email whose From is a team email
// channel with a connected mailbox goes out through that mailbox's SMTP server (pooled per
// channel and settings version), so it comes from the real mailbox, and a copy is appended to the
// mailbox's Sent folder over IMAP. Every other email uses the global transport (SMTP_URL / capture).
import "server-only";
import nodemailer from "nodemailer";
import addressparser from "nodemailer/lib/addressparser";
import MailComposer from "nodemailer/lib/mail-composer";
import type Mail from "nodemailer/lib/mailer";
import type { PrismaClient } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { queryRows } from "@/lib/jobs/sql";
import { logger } from "@/lib/logger";
import { setSenderResolver, type SenderTransport } from "@/lib/mail/sender-transport";
import type { MailTransport } from "@/lib/mail/transport";
import { imapClient, smtpPoolOptions } from "../mail-servers";
import { sentFolderOf } from "../sent-folder";
import { loadMailboxConnection, type MailboxConnection } from "../stored-mailbox";

/** keepCopy appends the sent message to the Sent folder; a failure is logged, the email is sent anyway. */
export type MailboxSender = SenderTransport & { channelId: string };

/** sendMail (lib/mail) asks this for every email: call once per process (server, worker). */
export function installMailboxSending(): void {
  setSenderResolver(mailboxSenderFor);
}

const globalForPools = globalThis as unknown as { ticketflowMailboxPools?: Map<string, MailTransport> };
const pools = () => (globalForPools.ticketflowMailboxPools ??= new Map());

/** One pooled transport per mailbox; a settings change (new version) replaces and closes the old one. */
function pooledTransport(mailbox: MailboxConnection): MailTransport {
  const key = `${mailbox.channelId}:${mailbox.version}`;
  const existing = pools().get(key);
  if (existing) return existing;
  for (const [other, transport] of pools()) {
    if (other.startsWith(`${mailbox.channelId}:`)) {
      transport.transporter.close();
      pools().delete(other);
    }
  }
  const created: MailTransport = {
    kind: "smtp",
    transporter: nodemailer.createTransport(smtpPoolOptions(mailbox.smtp)),
  };
  pools().set(key, created);
  return created;
}

/** Closes every mailbox's pooled SMTP connections (shutdown, tests). */
export function closeMailboxPools(): void {
  for (const transport of pools().values()) transport.transporter.close();
  pools().clear();
}

function addressOf(from: string): string | null {
  const [first] = addressparser(from, { flatten: true });
  return first && "address" in first && first.address ? first.address.toLowerCase() : null;
}

async function appendToSent(mailbox: MailboxConnection, message: Mail.Options): Promise<void> {
  const raw = await new MailComposer(message).compile().build();
  const client = imapClient(mailbox.imap);
  client.on("error", () => {});
  try {
    await client.connect();
    const folder = await sentFolderOf(client, mailbox.sentFolder);
    if (folder) await client.append(folder, raw, ["\\Seen"]);
  } finally {
    await client.logout().catch(() => client.close());
  }
}

/** `client`: the sending job's (default the app's). */
export async function mailboxSenderFor(from: string, client: PrismaClient = db): Promise<MailboxSender | null> {
  const address = addressOf(from);
  if (!address) return null;
  // Raw: every automated email asks, and an ORM query costs ~1.3 ms of CPU to compile (bench/PROFILE.md).
  const [channel] = await queryRows<{ id: string }>(
    client,
    `SELECT c.id FROM "Channel" c
     WHERE c.type = 'TEAM_EMAIL' AND lower(trim(c.address)) = lower($1)
       AND EXISTS (SELECT 1 FROM "ChannelMailbox" m WHERE m."channelId" = c.id)
     ORDER BY c."createdAt", c.id LIMIT 1`,
    [address],
  );
  const mailbox = channel ? await loadMailboxConnection(channel.id) : null;
  if (!mailbox) return null;
  return {
    channelId: mailbox.channelId,
    transport: pooledTransport(mailbox),
    keepCopy: (message) =>
      appendToSent(mailbox, message).catch((error: unknown) =>
        logger.warn(
          { channelId: mailbox.channelId, err: error },
          "a sent email could not be appended to the Sent folder",
        ),
      ),
  };
}
