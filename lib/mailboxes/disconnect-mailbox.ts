// Disconnects a channel's mailbox: its settings and sealed passwords are deleted (the tickets and
// messages filed from it stay); History says who did it.
import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordChanges, type ChangeActor } from "@/lib/history/record-change";
import { channelScope } from "@/lib/channels/update-channel";

export async function disconnectMailbox(actor: ChangeActor, channelId: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const { count } = await tx.channelMailbox.deleteMany({ where: { channelId } });
    if (count === 0) throw new AppError("NOT_FOUND", "This channel has no connected mailbox.");
    await tx.mailboxSkippedMessage.deleteMany({ where: { channelId } });
    await recordChanges(tx, actor, {
      scope: channelScope(channelId),
      entityType: "channel_mailbox",
      entityId: channelId,
      changes: [{ field: "connected", before: true, after: false }],
    });
  });
}
