// "Import existing mail" asked for: the reader holding the mailbox files the older messages in the
// background (intake/import-existing.ts); History records who asked.
import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordChanges, type ChangeActor } from "@/lib/history/record-change";
import { channelScope } from "@/lib/channels/update-channel";
import { wakeMailboxIntake } from "./intake/wake";

export async function requestImport(actor: ChangeActor, channelId: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const mailbox = await tx.channelMailbox.findUnique({
      where: { channelId },
      select: { importState: true, uidValidity: true },
    });
    if (!mailbox) throw new AppError("NOT_FOUND", "This channel has no connected mailbox.");
    if (mailbox.uidValidity === null)
      throw new AppError("CONFLICT", "The mailbox has not been read yet: import once it is connected.");
    if (mailbox.importState === "requested" || mailbox.importState === "running")
      throw new AppError("CONFLICT", "An import of existing mail is already under way.");
    await tx.channelMailbox.update({
      where: { channelId },
      data: { importState: "requested", importDone: 0, importTotal: 0, importedUid: 0, importUpTo: null },
    });
    await recordChanges(tx, actor, {
      scope: channelScope(channelId),
      entityType: "channel_mailbox",
      entityId: channelId,
      changes: [{ field: "importExistingMail", before: mailbox.importState, after: "requested" }],
    });
  });
  wakeMailboxIntake();
}
