// Every status move cancels the ticket's pending "in status for D" timers in its write statement
// (lib/tickets/timer-writes.ts). It finds them through the ticket's pending jobs
// ("Job_pending_by_ticket_idx"), not through the pending jobs of the whole help desk: by ("state",
// "priority", "runAt") the events bench's moves, each leaving a workflow step pending, read ~5,800
// index entries a move after 11,000 events (bench/PROFILE.md, 5 Dec). The statement runs prepared,
// so it is checked on the generic plan the server settles on, with the table analyzed at 10,000
// pending jobs spread over the tickets and the planner's default costs.
import { describe, expect, it } from "vitest";
import { dbHandle } from "@/lib/db";
import type { SqlFragment } from "@/lib/db/sql";
import { cancelStatusTimersPart } from "@/lib/tickets/timer-writes";
import type { Effect } from "@/lib/automation/effects";

const quoted = (value: unknown) => `'${String(value).replaceAll("'", "''")}'`;

/** The plan a prepared statement runs with once PostgreSQL has switched to its generic plan. */
async function genericPlanOf(statement: SqlFragment): Promise<string> {
  return dbHandle().transaction(async (tx) => {
    await tx.exec(`SET LOCAL plan_cache_mode = force_generic_plan`);
    await tx.exec(`PREPARE timer_cancel_plan AS ${statement.text}`);
    const plan = await tx.query(
      `EXPLAIN (FORMAT JSON) EXECUTE timer_cancel_plan(${statement.values.map(quoted).join(", ")})`,
    );
    await tx.exec(`DEALLOCATE timer_cancel_plan`);
    return JSON.stringify(plan);
  });
}

describe("cancelling a ticket's status timers in a move", () => {
  it("reads the ticket's pending jobs, not every pending job", async () => {
    await dbHandle().sql.query(`
      INSERT INTO "Job" (id, type, payload, state, "runAt", "ticketId", "createdAt", "updatedAt")
      SELECT 'plan-' || g || '-' || t.id, 'workflow_step', '{}', 'PENDING', now(), t.id, now(), now()
      FROM generate_series(1, 10000 / (SELECT count(*) FROM "Ticket")) AS g CROSS JOIN "Ticket" t`);
    await dbHandle().sql.query(`ANALYZE "Job"`);
    const [ticket] = await dbHandle().sql.query<{ id: string }>(`SELECT id FROM "Ticket" LIMIT 1`);

    const moved = [{ type: "set_status", statusId: "s" }] as unknown as Effect[];
    const [cancel] = cancelStatusTimersPart(ticket!.id, moved, new Date());
    const plan = await genericPlanOf(cancel!.statement);
    expect(plan).toContain("Job_pending_by_ticket_idx");
    expect(plan).not.toContain("Job_state_");
  });
});
