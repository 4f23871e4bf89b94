// The "Connect a mailbox" form's starting values: the stored settings (never the passwords), or
// sensible defaults for a new connection. Free of server imports.
import type { TMailboxSettingsInput } from "./schemas";

export interface MailboxSettingsView {
  version: number;
  imapHost: string;
  imapPort: number;
  imapSecurity: string;
  imapUser: string;
  folder: string;
  afterFiling: string;
  moveToFolder: string | null;
  smtpHost: string;
  smtpPort: number;
  smtpSecurity: string;
  smtpUser: string;
  sentFolder: string | null;
}

type Security = TMailboxSettingsInput["imapSecurity"];
const security = (value: string): Security => (value === "starttls" || value === "none" ? value : "tls");

export function defaultMailboxValues(channelId: string, mailbox: MailboxSettingsView | null): TMailboxSettingsInput {
  if (!mailbox) {
    return {
      channelId,
      expectedVersion: null,
      imapHost: "",
      imapPort: 993,
      imapSecurity: "tls",
      imapUser: "",
      imapPassword: "",
      folder: "INBOX",
      afterFiling: "seen",
      moveToFolder: null,
      smtpHost: "",
      smtpPort: 587,
      smtpSecurity: "starttls",
      smtpSameCredentials: true,
      smtpUser: "",
      smtpPassword: "",
      sentFolder: null,
    };
  }
  return {
    channelId,
    expectedVersion: mailbox.version,
    imapHost: mailbox.imapHost,
    imapPort: mailbox.imapPort,
    imapSecurity: security(mailbox.imapSecurity),
    imapUser: mailbox.imapUser,
    imapPassword: "",
    folder: mailbox.folder,
    afterFiling: mailbox.afterFiling === "move" ? "move" : "seen",
    moveToFolder: mailbox.moveToFolder,
    smtpHost: mailbox.smtpHost,
    smtpPort: mailbox.smtpPort,
    smtpSecurity: security(mailbox.smtpSecurity),
    smtpSameCredentials: mailbox.smtpUser === mailbox.imapUser,
    smtpUser: mailbox.smtpUser,
    smtpPassword: "",
    sentFolder: mailbox.sentFolder,
  };
}
