// Helpers for the connected-mailbox tests: the server secret the passwords are sealed with,
// the seeded team inbox connected to a throw-away Dovecot, raw messages, and waiting for a row.
import crypto from "node:crypto";
import { db } from "@/lib/db";
import { resetEnvForTests } from "@/lib/env";
import { saveMailbox } from "@/lib/mailboxes/save-mailbox";
import type { TMailboxSettings } from "@/lib/mailboxes/schemas";
import type { Dovecot } from "./dovecot";

export function useServerSecret(secret = "test-server-secret-for-mailboxes"): void {
  process.env.NEXTAUTH_SECRET = secret;
  resetEnvForTests();
}

export async function inboxChannelId(name = "Support inbox"): Promise<string> {
  return (await db.channel.findFirstOrThrow({ where: { name }, select: { id: true } })).id;
}

export function mailboxSettings(
  channelId: string,
  dovecot: Dovecot,
  smtpPort: number,
  overrides: Partial<TMailboxSettings> = {},
): TMailboxSettings {
  return {
    channelId,
    expectedVersion: null,
    imapHost: "127.0.0.1",
    imapPort: dovecot.port,
    imapSecurity: "none",
    imapUser: dovecot.user,
    imapPassword: dovecot.password,
    folder: "INBOX",
    afterFiling: "seen",
    moveToFolder: null,
    smtpHost: "127.0.0.1",
    smtpPort,
    smtpSecurity: "none",
    smtpSameCredentials: true,
    smtpUser: "",
    smtpPassword: "",
    sentFolder: null,
    ...overrides,
  };
}

export const ADMIN = { id: "test-admin", name: "Test Admin" };

export async function connectMailbox(settings: TMailboxSettings): Promise<void> {
  await saveMailbox(ADMIN, settings);
}

export const newMessageId = () => `<${crypto.randomUUID()}@customer.example>`;

export function rawEmail(fields: {
  messageId: string;
  subject: string;
  text?: string;
  from?: string;
  inReplyTo?: string;
}): string {
  return [
    `From: ${fields.from ?? "Casey Customer <casey@customer.example>"}`,
    "To: support@acme.example",
    `Subject: ${fields.subject}`,
    `Message-ID: ${fields.messageId}`,
    ...(fields.inReplyTo ? [`In-Reply-To: ${fields.inReplyTo}`, `References: ${fields.inReplyTo}`] : []),
    "Date: Thu, 03 Dec 2026 14:00:00 +0000",
    "MIME-Version: 1.0",
    "Content-Type: text/plain; charset=utf-8",
    "",
    fields.text ?? "Hello, something is broken.",
    "",
  ].join("\r\n");
}

export async function waitFor<T>(what: string, probe: () => Promise<T | null | undefined | false>, ms = 20_000) {
  const until = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export const messageCount = (messageId: string) => db.message.count({ where: { messageId } });
