// The events benchmarks' ceiling: the essentials of the event transaction in raw SQL, in the
// product's shape (lib/events/ingest-event.ts): BEGIN; one statement that claims the event's
// idempotency key and, once claimed, locks and reads the ticket; one statement with the writes
// (bump the ticket, insert a job); COMMIT. Over raw pg that is four round trips (pg sends one
// statement at a time); the endpoint sends BEGIN with its first statement and COMMIT with its
// last (lib/db/pg-transaction.ts), two. `pipelinedPgTransaction` runs the ceiling that way too,
// for a comparison of the two (bench/cpu-split.ts, bench/PROFILE.md). The job row is
// written already finished: no worker has a handler for it, and a worker sharing the database
// (the as-shipped server's, the drain's) would otherwise claim and fail each one.
import type pg from "pg";
import { newId } from "@/lib/db/ids";
import type { DbHandle } from "@/lib/db/open";
import { inTransaction } from "@/lib/db/pg-transaction";
import { lastStatementOf } from "@/lib/db/sql";
import type { BenchTicket } from "./event-fixtures";
import type { FetchHandler } from "./http-load";

export function ceilingHandler(transaction: DbHandle["transaction"], tickets: BenchTicket[][]): FetchHandler {
  const ids = tickets.flat().map((t) => t.id);
  let next = 0;
  return async (request) => {
    const event = JSON.parse(await request.text()) as { id: string };
    const ticketId = ids[next++ % ids.length];
    await transaction(async (tx) => {
      const [ticket] = await tx.query<{ version: number }>(
        `WITH claim AS (
           INSERT INTO "IngestedEvent" (id, "eventKey", type, "occurredAt", result) VALUES ($1, $2, 'bench', now(), '{}')
           ON CONFLICT ("eventKey") DO NOTHING RETURNING 1)
         SELECT t.version FROM "Ticket" t WHERE t.id = $3 AND EXISTS (SELECT 1 FROM claim) FOR UPDATE OF t`,
        [newId(), event.id, ticketId],
      );
      if (!ticket) return;
      await lastStatementOf(tx).query(
        `WITH ticket AS (UPDATE "Ticket" SET version = version + 1, "updatedAt" = now() WHERE id = $1 RETURNING 1)
         INSERT INTO "Job" (id, type, payload, state, "updatedAt") VALUES ($2, 'bench', '{}', 'SUCCEEDED', now())`,
        [ticketId, newId()],
      );
    });
    return Response.json({ eventId: event.id, duplicate: false });
  };
}

export function rawPgTransaction(pool: pg.Pool): DbHandle["transaction"] {
  return async (fn) => {
    const client = await pool.connect();
    try {
      await client.query("BEGIN");
      const result = await fn({
        exec: async (text) => void (await client.query(text)),
        query: async (text, params) => (await client.query(text, params)).rows,
      });
      await client.query("COMMIT");
      return result;
    } finally {
      client.release();
    }
  };
}

/** The product's own transaction over pg: BEGIN and COMMIT travel with the two statements. */
export function pipelinedPgTransaction(pool: pg.Pool): DbHandle["transaction"] {
  return (fn) => inTransaction(pool, fn);
}
