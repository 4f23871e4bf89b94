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

/** Every connected mailbox with its channel's name and how many messages it could not file,
 *  for Settings > Jobs. */
export function listMailboxIntakes() {
  return db.channelMailbox.findMany({
    orderBy: { createdAt: "asc" },
    select: {
      ...viewSelect,
      channel: { select: { name: true, address: true, _count: { select: { mailboxSkipped: true } } } },
    },
  });
}

export type SkippedMessageView = Awaited<ReturnType<typeof listSkippedMessages>>["latest"][number];

/** The messages intake could not file (newest first, the latest `take`) and how many in all. */
export async function listSkippedMessages(channelId: string, take = 20) {
  const [latest, total] = await Promise.all([
    db.mailboxSkippedMessage.findMany({
      where: { channelId },
      orderBy: [{ createdAt: "desc" }, { uid: "desc" }],
      take,
      select: { id: true, subject: true, fromAddress: true, sizeBytes: true, detail: true, createdAt: true },
    }),
    db.mailboxSkippedMessage.count({ where: { channelId } }),
  ]);
  return { latest, total };
}
