// The intake's rows: the lease (one instance reads a mailbox at a time: issue 18 item 4), the
// cursor (written only while holding the lease) and the state shown on the channel and in
// Settings > Jobs. Raw SQL: each step is one conditional statement, the database's clock decides.
import "server-only";
import { dbHandle } from "@/lib/db";
import { oneRow, rows, sql, utc } from "@/lib/db/sql";
import type { StoredCursor } from "./cursor";

const NOW = sql`(statement_timestamp() AT TIME ZONE 'UTC')`;
const later = (ms: number) => sql`(${NOW} + ${ms} * interval '1 millisecond')`;
const run = () => dbHandle().sql;

/** Mailboxes some instance should be reading: unleased (or lease expired) and not backing off. */
export async function mailboxesToRead(): Promise<string[]> {
  const found = await rows<{ channelId: string }>(
    run(),
    sql`SELECT "channelId" FROM "ChannelMailbox"
        WHERE ("leaseHolder" IS NULL OR "leaseUntil" < ${NOW})
          AND ("nextAttemptAt" IS NULL OR "nextAttemptAt" <= ${NOW})
        ORDER BY "channelId"`,
  );
  return found.map((r) => r.channelId);
}

/** Takes or renews the lease; the mailbox's version when held, null when another instance holds it. */
export async function holdLease(channelId: string, holder: string, leaseMs: number): Promise<number | null> {
  const row = await oneRow<{ version: number }>(
    run(),
    sql`UPDATE "ChannelMailbox" SET "leaseHolder" = ${holder}, "leaseUntil" = ${later(leaseMs)}
        WHERE "channelId" = ${channelId}
          AND ("leaseHolder" IS NULL OR "leaseHolder" = ${holder} OR "leaseUntil" < ${NOW})
        RETURNING version`,
  );
  return row?.version ?? null;
}

export async function releaseLease(channelId: string, holder: string): Promise<void> {
  await run().query(
    `UPDATE "ChannelMailbox" SET "leaseHolder" = NULL, "leaseUntil" = NULL
     WHERE "channelId" = $1 AND "leaseHolder" = $2`,
    [channelId, holder],
  );
}

export async function readCursor(channelId: string): Promise<StoredCursor | null> {
  const row = await oneRow<{
    uidValidity: string | null;
    filedUid: string;
    settledUid: string;
    startUid: string;
    since: number | null;
  }>(
    run(),
    sql`SELECT "uidValidity"::text AS "uidValidity", "filedUid"::text AS "filedUid",
               "settledUid"::text AS "settledUid", "intakeStartUid"::text AS "startUid",
               (extract(epoch FROM "intakeSince") * 1000)::float8 AS since
        FROM "ChannelMailbox" WHERE "channelId" = ${channelId}`,
  );
  if (!row) return null;
  return {
    uidValidity: row.uidValidity === null ? null : BigInt(row.uidValidity),
    filedUid: BigInt(row.filedUid),
    settledUid: BigInt(row.settledUid),
    startUid: BigInt(row.startUid),
    intakeSince: row.since === null ? null : new Date(row.since),
  };
}

/** Writes the cursor if this holder still holds the lease; false: it was lost (stop reading). */
export async function writeCursor(channelId: string, holder: string, cursor: StoredCursor): Promise<boolean> {
  const written = await rows(
    run(),
    sql`UPDATE "ChannelMailbox"
        SET "uidValidity" = ${cursor.uidValidity === null ? null : String(cursor.uidValidity)}::bigint,
            "filedUid" = ${String(cursor.filedUid)}::bigint, "settledUid" = ${String(cursor.settledUid)}::bigint,
            "intakeStartUid" = ${String(cursor.startUid)}::bigint,
            "intakeSince" = ${cursor.intakeSince ? utc(cursor.intakeSince) : null}
        WHERE "channelId" = ${channelId} AND "leaseHolder" = ${holder}
        RETURNING 1`,
  );
  return written.length === 1;
}

/** Connected and reading: "idle" (the server pushes new mail) or "polling". */
export async function recordReading(channelId: string, holder: string, state: "idle" | "polling"): Promise<void> {
  await run().query(
    `UPDATE "ChannelMailbox" SET "intakeState" = $3, failures = 0, "lastError" = NULL, "nextAttemptAt" = NULL,
            "lastSyncAt" = (statement_timestamp() AT TIME ZONE 'UTC')
     WHERE "channelId" = $1 AND "leaseHolder" = $2`,
    [channelId, holder, state],
  );
}

/** A failed connection or sync: the reason, the next attempt after the backoff; the lease is let go
 *  so whichever instance is free then tries again. Returns the failure count. */
export async function recordFailure(
  channelId: string,
  holder: string,
  message: string,
  delayMs: (failures: number) => number,
): Promise<number> {
  const row = await oneRow<{ failures: number }>(
    run(),
    sql`SELECT failures FROM "ChannelMailbox" WHERE "channelId" = ${channelId}`,
  );
  const failures = (row?.failures ?? 0) + 1;
  await run().query(
    `UPDATE "ChannelMailbox" SET "intakeState" = 'failing', failures = $3, "lastError" = $4,
            "nextAttemptAt" = (statement_timestamp() AT TIME ZONE 'UTC') + $5 * interval '1 millisecond',
            "leaseHolder" = NULL, "leaseUntil" = NULL
     WHERE "channelId" = $1 AND ("leaseHolder" = $2 OR "leaseHolder" IS NULL)`,
    [channelId, holder, failures, message.slice(0, 1000), delayMs(failures)],
  );
  return failures;
}
