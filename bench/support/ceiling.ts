// The events benchmarks' ceiling: the essentials of the event transaction in raw SQL, three
// statements (insert the event with its idempotency key, bump a ticket, insert a job). The job
// row is written already finished: no worker has a handler for it, and a worker sharing the
// database (the as-shipped server's, the drain's) would otherwise claim and fail each one.
import type pg from "pg";
import { newId } from "@/lib/db/ids";
import type { DbHandle } from "@/lib/db/open";
import type { BenchTicket } from "./event-fixtures";
import type { FetchHandler } from "./http-load";

export function ceilingHandler(transaction: DbHandle["transaction"], tickets: BenchTicket[][]): FetchHandler {
  const ids = tickets.flat().map((t) => t.id);
  let next = 0;
  return async (request) => {
    const event = JSON.parse(await request.text()) as { id: string };
    await transaction(async (tx) => {
      await tx.query(
        `INSERT INTO "IngestedEvent" (id, "eventKey", type, "occurredAt", result) VALUES ($1, $2, 'bench', now(), '{}') ON CONFLICT ("eventKey") DO NOTHING`,
        [newId(), event.id],
      );
      await tx.query(`UPDATE "Ticket" SET version = version + 1, "updatedAt" = now() WHERE id = $1`, [
        ids[next++ % ids.length],
      ]);
      await tx.query(
        `INSERT INTO "Job" (id, type, payload, state, "updatedAt") VALUES ($1, 'bench', '{}', 'SUCCEEDED', now())`,
        [newId()],
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
