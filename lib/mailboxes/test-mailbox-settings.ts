// "Test connection" with what the form holds (saved or not): passwords left empty are the stored ones.
import "server-only";
import { db } from "@/lib/db";
import { passwordsFor } from "./mailbox-passwords";
import { checkMailboxConnection, type ConnectionCheck } from "./test-connection";
import type { TMailboxSettings } from "./schemas";

export async function testMailboxSettings(input: TMailboxSettings): Promise<ConnectionCheck> {
  const stored = await db.channelMailbox.findUnique({
    where: { channelId: input.channelId },
    select: { channelId: true, imapPassword: true, smtpPassword: true },
  });
  const passwords = passwordsFor(input, stored);
  return checkMailboxConnection(
    {
      host: input.imapHost,
      port: input.imapPort,
      security: input.imapSecurity,
      user: input.imapUser,
      password: passwords.imap,
    },
    {
      host: input.smtpHost,
      port: input.smtpPort,
      security: input.smtpSecurity,
      user: passwords.smtpUser,
      password: passwords.smtp,
    },
    {
      folder: input.folder,
      moveToFolder: input.afterFiling === "move" ? input.moveToFolder : null,
      sentFolder: input.sentFolder || null,
    },
  );
}
