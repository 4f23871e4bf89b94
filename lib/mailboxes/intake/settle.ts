// After filing, what the admin chose (issue 18 item 2): flag \Seen, or move to a folder.
import "server-only";
import type { ImapFlow } from "imapflow";

export interface SettleTarget {
  client: ImapFlow;
  afterFiling: "seen" | "move";
  moveToFolder: string | null;
}

/** `uids` is an IMAP UID set ("7", "3:9"); UIDs no longer in the folder are ignored by the server. */
export async function settleUids(target: SettleTarget, uids: string): Promise<void> {
  if (target.afterFiling === "move" && target.moveToFolder) {
    await target.client.messageMove(uids, target.moveToFolder, { uid: true });
  } else {
    await target.client.messageFlagsAdd(uids, ["\\Seen"], { uid: true });
  }
}
