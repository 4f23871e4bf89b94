// "Connect a mailbox" on a team email channel (issue 18 item 1): the form's fields, shared by the
// browser form and the server. Passwords are write-only: an empty one on an already connected
// mailbox keeps the stored password (it is never sent back to the browser).
import { z } from "zod";

export const MAIL_SECURITY = ["tls", "starttls", "none"] as const;
export type MailSecurity = (typeof MAIL_SECURITY)[number];
export const MAIL_SECURITY_LABEL: Record<MailSecurity, string> = {
  tls: "TLS (implicit, e.g. 993 / 465)",
  starttls: "STARTTLS (e.g. 143 / 587)",
  none: "None (this machine only)",
};

export const AFTER_FILING = ["seen", "move"] as const;
export const AFTER_FILING_LABEL: Record<(typeof AFTER_FILING)[number], string> = {
  seen: "Mark as read (\\Seen)",
  move: "Move to a folder",
};

const LOOPBACK = new Set(["localhost", "127.0.0.1", "::1", "[::1]"]);
/** Without TLS a password crosses the network in clear: allowed only to this machine. */
export const isLoopbackHost = (host: string) => LOOPBACK.has(host.toLowerCase()) || /^127\.\d+\.\d+\.\d+$/.test(host);

const HOST =
  /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$|^\[?[0-9a-f:.]+\]?$/i;

const ZHost = z
  .string()
  .trim()
  .min(1, "Enter the server's host name")
  .regex(HOST, "Enter a host name such as imap.example.com (no scheme, port or path)");
const ZPort = z
  .number({ error: "Enter a port number" })
  .int("Enter a whole port number")
  .min(1, "Ports run from 1 to 65535")
  .max(65_535, "Ports run from 1 to 65535");
const ZUser = z.string().trim().min(1, "Enter the user name (often the full email address)").max(320);
const ZPassword = z.string().max(1000, "At most 1000 characters");
const ZFolder = z
  .string()
  .trim()
  .min(1, "Enter a folder name")
  .max(200, "At most 200 characters")
  .regex(/^[^\r\n\0]+$/, "A folder name is one line");

export const ZMailboxSettings = z
  .object({
    channelId: z.string().min(1).max(100),
    /** The mailbox version the form read; null when connecting a mailbox for the first time. */
    expectedVersion: z.number().int().min(1).nullable(),
    imapHost: ZHost,
    imapPort: ZPort,
    imapSecurity: z.enum(MAIL_SECURITY),
    imapUser: ZUser,
    imapPassword: ZPassword,
    folder: ZFolder,
    afterFiling: z.enum(AFTER_FILING),
    moveToFolder: z.string().trim().max(200).nullable(),
    smtpHost: ZHost,
    smtpPort: ZPort,
    smtpSecurity: z.enum(MAIL_SECURITY),
    /** The SMTP user name and password are the IMAP ones. */
    smtpSameCredentials: z.boolean(),
    smtpUser: z.string().trim().max(320),
    smtpPassword: ZPassword,
    /** Where sent replies are appended; empty: the mailbox's \Sent folder. */
    sentFolder: z.string().trim().max(200).nullable(),
  })
  .superRefine((input, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
    const connecting = input.expectedVersion === null;
    if (connecting && !input.imapPassword) issue("imapPassword", "Enter the mailbox password (or app password)");
    if (input.imapSecurity === "none" && !isLoopbackHost(input.imapHost))
      issue("imapSecurity", "Without TLS the password would cross the network in clear: choose TLS or STARTTLS");
    if (input.smtpSecurity === "none" && !isLoopbackHost(input.smtpHost))
      issue("smtpSecurity", "Without TLS the password would cross the network in clear: choose TLS or STARTTLS");
    if (input.afterFiling === "move") {
      if (!input.moveToFolder) issue("moveToFolder", "Enter the folder filed messages are moved to");
      else if (input.moveToFolder === input.folder) issue("moveToFolder", "Choose a folder other than the one read");
    }
    if (!input.smtpSameCredentials) {
      if (!input.smtpUser) issue("smtpUser", "Enter the SMTP user name");
      if (connecting && !input.smtpPassword) issue("smtpPassword", "Enter the SMTP password");
    }
  });
export type TMailboxSettings = z.infer<typeof ZMailboxSettings>;
export type TMailboxSettingsInput = z.input<typeof ZMailboxSettings>;

export const ZMailboxRef = z.object({ channelId: z.string().min(1).max(100) });
