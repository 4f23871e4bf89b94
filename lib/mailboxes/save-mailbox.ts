// Connects a mailbox to a team email channel, or changes its settings (issue 18 item 1): version
// check, passwords sealed (AES-256-GCM), History rows in the same transaction (a password change
// is recorded as changed, never its value). Pointing it at another server, user or folder restarts
// intake from "now" (mail already there is imported only when asked).
import "server-only";
import { db } from "@/lib/db";
import { AppError, staleVersionError } from "@/lib/errors";
import { diffFields, recordChanges, type ChangeActor } from "@/lib/history/record-change";
import { channelScope } from "@/lib/channels/update-channel";
import { wakeMailboxIntake } from "./intake/wake";
import { passwordsFor } from "./mailbox-passwords";
import { sealCredential } from "./stored-mailbox";
import type { TMailboxSettings } from "./schemas";

const FIELDS = [
  "imapHost",
  "imapPort",
  "imapSecurity",
  "imapUser",
  "folder",
  "afterFiling",
  "moveToFolder",
  "smtpHost",
  "smtpPort",
  "smtpSecurity",
  "smtpUser",
  "sentFolder",
] as const;

/** Settings that make it another mailbox or folder: the intake cursor starts again. */
const IDENTITY = ["imapHost", "imapPort", "imapUser", "folder"] as const;

const FRESH_INTAKE = {
  uidValidity: null,
  filedUid: 0,
  settledUid: 0,
  intakeStartUid: 0,
  intakeSince: null,
  importState: "none",
  importUpTo: null,
  importedUid: 0,
  importTotal: 0,
  importDone: 0,
} as const;

export async function saveMailbox(actor: ChangeActor, input: TMailboxSettings): Promise<{ version: number }> {
  const saved = await db.$transaction(async (tx) => {
    const channel = await tx.channel.findUnique({ where: { id: input.channelId }, select: { type: true } });
    if (!channel) throw new AppError("NOT_FOUND", "This channel does not exist any more.");
    if (channel.type !== "TEAM_EMAIL")
      throw new AppError("BAD_REQUEST", "Only a team email channel can connect a mailbox.");
    const stored = await tx.channelMailbox.findUnique({ where: { channelId: input.channelId } });
    if ((stored?.version ?? null) !== input.expectedVersion) throw staleVersionError();

    const passwords = passwordsFor(input, stored);
    const data = {
      imapHost: input.imapHost,
      imapPort: input.imapPort,
      imapSecurity: input.imapSecurity,
      imapUser: input.imapUser,
      folder: input.folder,
      afterFiling: input.afterFiling,
      moveToFolder: input.afterFiling === "move" ? input.moveToFolder : null,
      smtpHost: input.smtpHost,
      smtpPort: input.smtpPort,
      smtpSecurity: input.smtpSecurity,
      smtpUser: passwords.smtpUser,
      sentFolder: input.sentFolder || null,
    };
    const sealed = {
      imapPassword: sealCredential(input.channelId, "imapPassword", passwords.imap),
      smtpPassword: sealCredential(input.channelId, "smtpPassword", passwords.smtp),
    };
    // Changed settings are tried at once, not after the backoff of the old ones' failures.
    const retryNow = { intakeState: "connecting", failures: 0, lastError: null, nextAttemptAt: null };
    const moved = stored ? IDENTITY.some((f) => stored[f] !== data[f]) : true;
    if (stored) {
      const { count } = await tx.channelMailbox.updateMany({
        where: { channelId: input.channelId, version: stored.version },
        data: { ...data, ...sealed, ...retryNow, ...(moved ? FRESH_INTAKE : {}), version: { increment: 1 } },
      });
      if (count === 0) throw staleVersionError();
      // Another mailbox or folder: the old one's skipped messages say nothing of it.
      if (moved) await tx.mailboxSkippedMessage.deleteMany({ where: { channelId: input.channelId } });
    } else {
      await tx.channelMailbox.create({ data: { channelId: input.channelId, ...data, ...sealed } });
    }
    const before: Partial<Record<(typeof FIELDS)[number], unknown>> = stored ?? {};
    const changes = [
      ...(stored ? [] : [{ field: "connected", before: false, after: true }]),
      ...diffFields(before, data, FIELDS),
      ...passwordChanges(input, stored !== null),
    ];
    await recordChanges(tx, actor, {
      scope: channelScope(input.channelId),
      entityType: "channel_mailbox",
      entityId: input.channelId,
      changes,
    });
    return { version: (stored?.version ?? 0) + 1 };
  });
  wakeMailboxIntake();
  return saved;
}

/** "changed" when a password was typed: History never holds a password. */
function passwordChanges(input: TMailboxSettings, existed: boolean) {
  const typed = [
    ["imapPassword", input.imapPassword],
    ["smtpPassword", input.smtpSameCredentials ? input.imapPassword : input.smtpPassword],
  ] as const;
  return typed
    .filter(([, value]) => value)
    .map(([field]) => ({ field, before: existed ? "(stored)" : null, after: existed ? "(changed)" : "(stored)" }));
}
