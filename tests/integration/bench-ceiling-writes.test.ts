// The events bench's ceiling (bench/support/ceiling.ts) is "node:http and raw pg doing the same
// writes as the endpoint" (issue 16): the same events, sent to the endpoint's ingest on one
// database and to the ceiling on a copy of it, leave the same rows behind, table by table, and the
// tickets in the same statuses. When the endpoint's transaction writes more or less, this fails
// until the ceiling follows it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ceilingHandler } from "@/bench/support/ceiling";
import { nextEvent, prepare } from "@/bench/support/event-fixtures";
import { dbHandle } from "@/lib/db";
import type { DbHandle } from "@/lib/db/open";
import { ingestEvent } from "@/lib/events/ingest-event";
import { ZIngestEvent } from "@/lib/events/schemas";
import { openTestDatabase } from "@/tests/support/test-database";

const TABLES = ["Message", "TimelineEntry", "WorkflowEnrollment", "Job", "IngestedEvent", "Ticket", "Thread"];

/** What the events left: row counts per table, the guard's rows, and the tickets' statuses. */
async function footprint(handle: DbHandle) {
  const counts: Record<string, number> = {};
  for (const table of TABLES) {
    const [row] = await handle.sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM "${table}"`);
    counts[table] = row!.n;
  }
  const timeline = await handle.sql.query<{ kind: string; byRule: boolean; n: number }>(
    `SELECT kind, "ruleName" IS NOT NULL AS "byRule", count(*)::int AS n FROM "TimelineEntry" GROUP BY 1, 2 ORDER BY 1, 2`,
  );
  const statuses = await handle.sql.query<{ threadKey: string; label: string; version: number }>(
    `SELECT th."threadKey", s.label, t.version FROM "Ticket" t JOIN "Thread" th ON th.id = t."originThreadId"
     JOIN "PipelineStatus" s ON s.id = t."statusId" ORDER BY 1`,
  );
  const jobs = await handle.sql.query<{ ticketJobs: number; enrolled: number }>(
    `SELECT count("ticketId")::int AS "ticketJobs", count("enrollmentId")::int AS enrolled FROM "Job"`,
  );
  return { counts, timeline, statuses, jobs };
}

describe("the events bench's ceiling", () => {
  let copy: Awaited<ReturnType<typeof openTestDatabase>>;
  beforeAll(async () => {
    copy = await openTestDatabase();
  });
  afterAll(() => copy.dispose());

  it("writes what the endpoint writes for the same events", async () => {
    // Both databases start from the same template: the same tickets and thread keys.
    const tickets = await prepare(dbHandle(), 1, {}, 3);
    await prepare(copy.handle, 1, {}, 3);
    const ceiling = ceilingHandler((fn) => copy.handle.transaction(fn));
    const before = await footprint(dbHandle());
    expect(await footprint(copy.handle)).toEqual(before);

    for (let i = 0; i < 9; i++) {
      const { body } = nextEvent(tickets[0]!, "bench-secret");
      await ingestEvent(ZIngestEvent.parse(JSON.parse(body)), new Date(), { handle: dbHandle() });
      const answer = await ceiling(new Request("http://127.0.0.1/api/v1/events", { method: "POST", body }));
      expect(answer.status).toBe(200);
    }

    const product = await footprint(dbHandle());
    expect(product.counts.Message! - before.counts.Message!).toBe(9);
    expect(product.counts.WorkflowEnrollment! - before.counts.WorkflowEnrollment!).toBeGreaterThanOrEqual(9);
    expect(await footprint(copy.handle)).toEqual(product);
  });
});
