// The folder sent replies are appended to: the one the admin named, else the mailbox's special-use
// \Sent folder (RFC 6154), else none (Gmail and Microsoft 365 file SMTP-sent mail there themselves).
import "server-only";
import type { ImapFlow } from "imapflow";

export async function sentFolderOf(client: ImapFlow, named: string | null): Promise<string | null> {
  const folders = await client.list();
  if (named) return folders.some((f) => f.path === named) ? named : null;
  return folders.find((f) => f.specialUse === "\\Sent")?.path ?? null;
}
