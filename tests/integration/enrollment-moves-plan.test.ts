// A workflow step ends its enrolment or moves it to the next action in the step's write statement
// (lib/workflows/run/enrollment-moves.ts). The enrolments are found through the primary key, not
// by reading the whole table: joined on jsonb_to_recordset alone (which the planner takes for 100
// rows) a table of a few thousand enrolments was read in full in every step, a cost that grew
// with every ticket that ever entered a workflow (the events bench, 5 Dec). Checked on the plans
// with the table analyzed at 5,000 enrolments and the planner's default costs.
import { describe, expect, it } from "vitest";
import { dbHandle } from "@/lib/db";
import { rows, sql, type SqlFragment } from "@/lib/db/sql";
import { endsPart, movesParts } from "@/lib/workflows/run/enrollment-moves";
import type { StepBase } from "@/lib/workflows/run/step-context";
import type { ActionNode } from "@/lib/workflows/run/action-tree";

const stepOf = (enrollmentId: string) =>
  ({
    job: { payload: { enrollmentId, workflowId: "w", ticketId: "t", actionId: null, depth: 1, causeEventId: null } },
    now: new Date(),
  }) as unknown as StepBase;

async function planOf(statement: SqlFragment): Promise<string> {
  const plan = await rows<Record<string, unknown>>(dbHandle().sql, sql`EXPLAIN (FORMAT JSON) ${statement}`);
  return JSON.stringify(plan);
}

describe("moving and ending enrolments in a step", () => {
  it("finds the enrolments by their primary key in a table of thousands", async () => {
    await dbHandle().sql.query(`
      INSERT INTO "WorkflowEnrollment" (id, "workflowId", "ticketId", state, "createdAt", "updatedAt")
      SELECT 'plan-' || g, (SELECT id FROM "Workflow" LIMIT 1), (SELECT id FROM "Ticket" LIMIT 1), 'ACTIVE', now(), now()
      FROM generate_series(1, 5000) AS g`);
    await dbHandle().sql.query(`ANALYZE "WorkflowEnrollment"`);

    const [ends] = endsPart([{ step: stepOf("plan-77"), state: "COMPLETED" }]);
    const [moves] = movesParts([
      { step: stepOf("plan-78"), next: { id: "action" } as unknown as ActionNode, runAt: new Date() },
    ]);
    for (const part of [ends!, moves!]) {
      const plan = await planOf(part.statement);
      expect(plan).toContain("WorkflowEnrollment_pkey");
      expect(plan).not.toMatch(/"Node Type":"Seq Scan","[^}]*"Relation Name":"WorkflowEnrollment"/);
    }
  });
});
