// What the channel page shows of a connected mailbox: settings without passwords, and how intake
// is going (state, last error, next attempt, import progress).
import "server-only";
import { db } from "@/lib/db";

const viewSelect = {
  channelId: true,
  version: true,
  imapHost: true,
  imapPort: true,
  imapSecurity: true,
  imapUser: true,
  folder: true,
  afterFiling: true,
  moveToFolder: true,
  smtpHost: true,
  smtpPort: true,
  smtpSecurity: true,
  smtpUser: true,
  sentFolder: true,
  intakeState: true,
  lastError: true,
  failures: true,
  nextAttemptAt: true,
  lastSyncAt: true,
  importState: true,
  importTotal: true,
  importDone: true,
} as const;

export type MailboxView = NonNullable<Awaited<ReturnType<typeof findMailboxView>>>;

export function findMailboxView(channelId: string) {
  return db.channelMailbox.findUnique({ where: { channelId }, select: viewSelect });
}

/** Every connected mailbox with its channel's name, for Settings > Jobs. */
export function listMailboxIntakes() {
  return db.channelMailbox.findMany({
    orderBy: { createdAt: "asc" },
    select: { ...viewSelect, channel: { select: { name: true, address: true } } },
  });
}
