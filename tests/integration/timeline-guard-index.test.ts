// The loop guard's hourly count of a ticket's automated changes runs in every change of the
// ticket (lib/tickets/ticket-snapshot.ts): it is answered from the partial index
// "TimelineEntry_automated_changes_idx", which holds only the rows it counts, not by reading every
// timeline entry of the ticket's last hour. Checked on the plan with sequential scans
// discouraged, so that a table this small still shows which index is used.
import { describe, expect, it } from "vitest";
import { dbHandle } from "@/lib/db";
import { rows, sql } from "@/lib/db/sql";
import { heldPipelines, ticketSnapshotSql } from "@/lib/tickets/ticket-snapshot";

describe("the loop guard's count in a ticket's snapshot", () => {
  it("reads the ticket's automated changes from the partial index", async () => {
    const plan = await dbHandle().transaction(async (tx) => {
      await tx.exec("SET LOCAL enable_seqscan = off");
      const snapshot = ticketSnapshotSql(sql`${"any-ticket"}`, { now: new Date(), lock: false, held: heldPipelines() });
      return rows<Record<string, unknown>>(tx, sql`EXPLAIN (FORMAT JSON) ${snapshot}`);
    });
    expect(JSON.stringify(plan)).toContain("TimelineEntry_automated_changes_idx");
  });
});
