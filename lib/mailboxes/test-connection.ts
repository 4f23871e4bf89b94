// "Test connection" (issue 18 item 1): logs in to IMAP and opens the folders the settings name,
// then logs in to SMTP (EHLO, TLS, AUTH; nothing is sent). Each side says what worked or exactly
// what failed (describeConnectionFailure). Changes nothing.
import "server-only";
import type { ImapFlow } from "imapflow";
import nodemailer from "nodemailer";
import { describeConnectionFailure, type ConnectionFailure } from "./connection-errors";
import { imapClient, smtpOptions, type MailServer } from "./mail-servers";
import { sentFolderOf } from "./sent-folder";

export type CheckResult = { ok: true; message: string } | ({ ok: false } & ConnectionFailure);

export interface ConnectionCheck {
  imap: CheckResult;
  smtp: CheckResult;
}

export interface FoldersToCheck {
  folder: string;
  moveToFolder: string | null;
  sentFolder: string | null;
}

const isMissing = (error: unknown) =>
  (error as { mailboxMissing?: boolean }).mailboxMissing === true || /doesn't exist|not exist/i.test(String(error));

/** How many messages the folder holds; null when it does not exist. */
async function messagesIn(client: ImapFlow, folder: string): Promise<number | null> {
  try {
    const status = await client.status(folder, { messages: true });
    return status ? (status.messages ?? 0) : null;
  } catch (error) {
    if (isMissing(error)) return null;
    throw error;
  }
}

const missing = (folder: string): CheckResult => ({
  ok: false,
  ...describeConnectionFailure({ mailboxMissing: true }, { protocol: "IMAP", host: "", port: 0 }, folder),
});

async function checkFolders(client: ImapFlow, folders: FoldersToCheck): Promise<CheckResult> {
  const messages = await messagesIn(client, folders.folder);
  if (messages === null) return missing(folders.folder);
  if (folders.moveToFolder && (await messagesIn(client, folders.moveToFolder)) === null)
    return missing(folders.moveToFolder);
  const sent = await sentFolderOf(client, folders.sentFolder);
  if (folders.sentFolder && !sent) return missing(folders.sentFolder);
  const sentText = sent ? `sent replies go to "${sent}"` : "no Sent folder found: sent replies are not kept there";
  return { ok: true, message: `Signed in; "${folders.folder}" holds ${messages} messages; ${sentText}.` };
}

export async function checkImap(server: MailServer, folders: FoldersToCheck): Promise<CheckResult> {
  const client = imapClient(server);
  client.on("error", () => {}); // reported through the rejected command below
  const at = { protocol: "IMAP", host: server.host, port: server.port };
  try {
    await client.connect();
    return await checkFolders(client, folders);
  } catch (error) {
    return { ok: false, ...describeConnectionFailure(error, at) };
  } finally {
    await client.logout().catch(() => client.close());
  }
}

export async function checkSmtp(server: MailServer): Promise<CheckResult> {
  const transporter = nodemailer.createTransport(smtpOptions(server));
  try {
    await transporter.verify();
    return { ok: true, message: "Signed in; ready to send." };
  } catch (error) {
    return {
      ok: false,
      ...describeConnectionFailure(error, { protocol: "SMTP", host: server.host, port: server.port }),
    };
  } finally {
    transporter.close();
  }
}

export async function checkMailboxConnection(
  imap: MailServer,
  smtp: MailServer,
  folders: FoldersToCheck,
): Promise<ConnectionCheck> {
  const [imapResult, smtpResult] = await Promise.all([checkImap(imap, folders), checkSmtp(smtp)]);
  return { imap: imapResult, smtp: smtpResult };
}
