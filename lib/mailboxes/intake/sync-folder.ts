// One pass over the folder being read (issue 18 item 2), on a connection whose folder is open:
// settle what was filed but not yet flagged/moved, then file each new message in UID order,
// advancing the cursor after each (file → cursor → flag). A crash anywhere leaves either a
// message filed but not in the cursor (met again: a duplicate by Message-ID, nothing twice), or
// in the cursor but not flagged (settled next pass): nothing twice, nothing skipped.
import "server-only";
import type { ImapFlow } from "imapflow";
import { startSync, uidRangeAfter, uidsToFile, type StoredCursor } from "./cursor";
import { fileMessage, type Deliver } from "./file-message";
import { readCursor, writeCursor } from "./intake-store";
import { settleUids } from "./settle";
import { readableSize, recordSkipped, type SkipReason } from "./skipped-messages";

export interface SyncContext {
  client: ImapFlow;
  channelId: string;
  holder: string;
  afterFiling: "seen" | "move";
  moveToFolder: string | null;
  /** Larger messages are skipped (as the SMTP server refuses them with 552). */
  maxBytes: number;
  deliver?: Deliver;
  /** Tests: called after a message is filed, before the cursor moves (a crash point). */
  afterFiled?: (uid: bigint) => Promise<void>;
}

export class LeaseLostError extends Error {
  constructor() {
    super("Another instance took over reading this mailbox.");
    this.name = "LeaseLostError";
  }
}

async function save(ctx: SyncContext, cursor: StoredCursor): Promise<void> {
  if (!(await writeCursor(ctx.channelId, ctx.holder, cursor))) throw new LeaseLostError();
}

export type UidOutcome = "filed" | "duplicate" | "skipped" | "gone";

/** Downloads and files one message; one over the size limit or that cannot be stored is skipped
 *  and listed on the channel (intake/skipped-messages.ts). */
export async function fileUid(ctx: SyncContext, uid: bigint): Promise<UidOutcome> {
  const meta = await ctx.client.fetchOne(String(uid), { uid: true, size: true, envelope: true }, { uid: true });
  if (!meta) return "gone"; // expunged meanwhile
  const skipped = (reason: SkipReason, detail: string) =>
    recordSkipped({
      channelId: ctx.channelId,
      uidValidity: BigInt(ctx.client.mailbox ? ctx.client.mailbox.uidValidity : 0n),
      uid,
      messageId: meta.envelope?.messageId ?? null,
      subject: meta.envelope?.subject ?? null,
      from: meta.envelope?.from?.[0]?.address ?? null,
      sizeBytes: meta.size ?? 0,
      reason,
      detail,
    }).then(() => "skipped" as const);
  if ((meta.size ?? 0) > ctx.maxBytes)
    return skipped(
      "too_large",
      `Not filed: ${readableSize(meta.size ?? 0)} is over the ${readableSize(ctx.maxBytes)} limit for incoming mail.`,
    );
  const message = await ctx.client.fetchOne(String(uid), { uid: true, source: true }, { uid: true });
  if (!message || !message.source) return "gone";
  const outcome = await fileMessage(ctx.channelId, message.source, ctx.deliver);
  await ctx.afterFiled?.(uid);
  if (typeof outcome === "object") return skipped("unparsable", `Not filed: ${outcome.unparsable}`);
  return outcome;
}

async function uidsIn(client: ImapFlow, range: string): Promise<bigint[]> {
  const found = await client.search({ uid: range }, { uid: true });
  return (found || []).map((uid) => BigInt(uid));
}

/** After a UIDVALIDITY change: the messages received since intake began, each once. */
async function resync(ctx: SyncContext, since: Date, below: bigint): Promise<number> {
  const found = await ctx.client.search({ since }, { uid: true });
  let filed = 0;
  for (const uid of uidsToFile((found || []).map(BigInt), 0n, below - 1n)) {
    const meta = await ctx.client.fetchOne(String(uid), { uid: true, internalDate: true }, { uid: true });
    const received = meta && meta.internalDate ? new Date(meta.internalDate) : null;
    if (received && received < since) continue; // SINCE is by day: earlier that day is old mail
    if ((await fileUid(ctx, uid)) === "filed") filed += 1;
    await settleUids(ctx, String(uid));
  }
  return filed;
}

/** One pass; returns how many messages were filed (duplicates not counted). */
export async function syncFolder(ctx: SyncContext, now = new Date()): Promise<number> {
  const mailbox = ctx.client.mailbox;
  if (!mailbox) throw new Error("syncFolder: no folder is open");
  const stored = await readCursor(ctx.channelId);
  if (!stored) throw new LeaseLostError(); // disconnected meanwhile
  const folder = { uidValidity: BigInt(mailbox.uidValidity), uidNext: BigInt(mailbox.uidNext) };
  const start = startSync(stored, folder, now);
  let cursor = start.cursor;
  let filed = 0;
  if (start.kind !== "continue") await save(ctx, cursor);
  if (start.kind === "resync") {
    filed += await resync(ctx, start.since, folder.uidNext);
    cursor = { ...cursor, filedUid: folder.uidNext - 1n, settledUid: folder.uidNext - 1n };
    await save(ctx, cursor);
  }
  const unsettled = uidRangeAfter(cursor.settledUid, cursor.filedUid);
  if (unsettled) {
    await settleUids(ctx, unsettled);
    cursor = { ...cursor, settledUid: cursor.filedUid };
    await save(ctx, cursor);
  }
  for (const uid of uidsToFile(await uidsIn(ctx.client, uidRangeAfter(cursor.filedUid, null)!), cursor.filedUid)) {
    if ((await fileUid(ctx, uid)) === "filed") filed += 1;
    cursor = { ...cursor, filedUid: uid };
    await save(ctx, cursor);
    await settleUids(ctx, String(uid));
    cursor = { ...cursor, settledUid: uid };
    await save(ctx, cursor);
  }
  return filed;
}
