// A channel's mailbox as stored, with its passwords decrypted for the servers (never for a page,
// an API answer or an export: mailboxView has no password fields at all).
import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { credentialsKey, decryptCredential, encryptCredential, type CredentialField } from "./credentials-crypto";
import type { MailServer } from "./mail-servers";
import type { MailSecurity } from "./schemas";

export interface MailboxConnection {
  channelId: string;
  version: number;
  imap: MailServer;
  smtp: MailServer;
  folder: string;
  afterFiling: "seen" | "move";
  moveToFolder: string | null;
  sentFolder: string | null;
}

export function mailboxKey(): Buffer {
  return credentialsKey(env().NEXTAUTH_SECRET ?? "");
}

export const sealCredential = (channelId: string, field: CredentialField, plain: string) =>
  encryptCredential(mailboxKey(), channelId, field, plain);

export const openCredential = (channelId: string, field: CredentialField, stored: string) =>
  decryptCredential(mailboxKey(), channelId, field, stored);

type StoredRow = NonNullable<Awaited<ReturnType<typeof findStored>>>;

const findStored = (channelId: string) => db.channelMailbox.findUnique({ where: { channelId } });

export function connectionOf(row: StoredRow): MailboxConnection {
  return {
    channelId: row.channelId,
    version: row.version,
    imap: {
      host: row.imapHost,
      port: row.imapPort,
      security: row.imapSecurity as MailSecurity,
      user: row.imapUser,
      password: openCredential(row.channelId, "imapPassword", row.imapPassword),
    },
    smtp: {
      host: row.smtpHost,
      port: row.smtpPort,
      security: row.smtpSecurity as MailSecurity,
      user: row.smtpUser,
      password: openCredential(row.channelId, "smtpPassword", row.smtpPassword),
    },
    folder: row.folder,
    afterFiling: row.afterFiling === "move" ? "move" : "seen",
    moveToFolder: row.moveToFolder,
    sentFolder: row.sentFolder,
  };
}

/** The mailbox with its passwords, or null when the channel has none. Throws CredentialsUnreadableError. */
export async function loadMailboxConnection(channelId: string): Promise<MailboxConnection | null> {
  const row = await findStored(channelId);
  return row ? connectionOf(row) : null;
}
