// "Import existing mail" (issue 18 item 2): the messages that were in the folder before intake
// began, filed in the background in small batches between passes (new mail is not held up), with
// progress on the channel. Same filing path and idempotency as new mail; resumes where it stopped.
import "server-only";
import { dbHandle } from "@/lib/db";
import { oneRow, rows, sql } from "@/lib/db/sql";
import { uidsToFile } from "./cursor";
import { fileUid, LeaseLostError, type SyncContext } from "./sync-folder";
import { settleUids } from "./settle";

interface ImportRow {
  importState: string;
  upTo: string | null;
  importedUid: string;
  startUid: string;
}

async function update(ctx: SyncContext, set: ReturnType<typeof sql>): Promise<void> {
  const done = await rows(
    dbHandle().sql,
    sql`UPDATE "ChannelMailbox" SET ${set} WHERE "channelId" = ${ctx.channelId} AND "leaseHolder" = ${ctx.holder} RETURNING 1`,
  );
  if (done.length !== 1) throw new LeaseLostError();
}

async function begin(ctx: SyncContext, upTo: bigint): Promise<void> {
  const found = upTo > 0n ? await ctx.client.search({ uid: `1:${upTo}` }, { uid: true }) : [];
  const total = (found || []).length;
  await update(
    ctx,
    sql`"importState" = 'running', "importUpTo" = ${String(upTo)}::bigint, "importedUid" = 0,
        "importTotal" = ${total}, "importDone" = 0`,
  );
}

/** Files the next batch of old mail, if an import is asked for or running. True: more to do. */
export async function importBatch(ctx: SyncContext, batchSize = 25): Promise<boolean> {
  const row = await oneRow<ImportRow>(
    dbHandle().sql,
    sql`SELECT "importState", "importUpTo"::text AS "upTo", "importedUid"::text AS "importedUid",
               "intakeStartUid"::text AS "startUid"
        FROM "ChannelMailbox" WHERE "channelId" = ${ctx.channelId}`,
  );
  if (!row || (row.importState !== "requested" && row.importState !== "running")) return false;
  if (row.importState === "requested") {
    await begin(ctx, BigInt(row.startUid)); // the mail that was there when intake began, not what came since
    return true;
  }
  const upTo = BigInt(row.upTo ?? "0");
  const after = BigInt(row.importedUid);
  const found = after < upTo ? await ctx.client.search({ uid: `${after + 1n}:${upTo}` }, { uid: true }) : [];
  const batch = uidsToFile((found || []).map(BigInt), after, upTo).slice(0, batchSize);
  if (batch.length === 0) {
    await update(ctx, sql`"importState" = 'done', "importedUid" = ${String(upTo)}::bigint`);
    return false;
  }
  for (const uid of batch) {
    await fileUid(ctx, uid);
    await settleUids(ctx, String(uid));
    await update(ctx, sql`"importedUid" = ${String(uid)}::bigint, "importDone" = "importDone" + 1`);
  }
  return true;
}
