import { describe, expect, it } from "vitest";
import { decide } from "./decide";
import { projectTicket } from "./project-ticket";
import { aPipeline, aTicket, aWorkflow, byUser, CLOSED, ctxAt, effectsOf, WAITING_ON_US } from "./test-fixtures";

describe("projectTicket (the dry run's 'after')", () => {
  it("applies a close: status, close date, time to close, enrolment; one version bump", () => {
    const ticket = aTicket({ version: 4 });
    const pipeline = aPipeline({ statusWorkflows: [aWorkflow()] });
    const ctx = ctxAt("2025-06-10T12:00:00Z");
    const effects = effectsOf(
      decide(ticket, pipeline, { kind: "status_change", toStatusId: CLOSED.id, cause: byUser }, ctx),
    );
    expect(projectTicket(ticket, effects)).toMatchObject({
      statusId: CLOSED.id,
      closeDate: "2025-06-10",
      timeToCloseMs: expect.any(Number),
      enrolledWorkflowIds: ["wf-closed"],
      version: 5,
    });
  });

  it("applies a reopen and a property change", () => {
    const ticket = aTicket({ statusId: CLOSED.id, closeDate: "2025-05-01" });
    const at = new Date("2025-06-10T12:00:00Z");
    const after = projectTicket(ticket, [
      { type: "set_status", statusId: WAITING_ON_US.id, fromStatusId: CLOSED.id, ruleName: null, depth: 0, at },
      { type: "mark_reopened", at },
      { type: "set_property", change: { property: "ownerId", value: "us-9" }, from: null, ruleName: null, depth: 0 },
    ]);
    expect(after).toMatchObject({
      statusId: WAITING_ON_US.id,
      closeDate: "2025-05-01",
      reopenedAt: at,
      ownerId: "us-9",
    });
  });

  it("leaves the ticket (and its version) alone for informational effects", () => {
    const ticket = aTicket();
    expect(projectTicket(ticket, [{ type: "keep_status", reason: "forwarded", ruleName: null }])).toBe(ticket);
  });

  it("does not list a workflow twice when re-enrolled", () => {
    const ticket = aTicket({ enrolledWorkflowIds: ["wf-closed"] });
    const after = projectTicket(ticket, [
      {
        type: "enroll",
        workflowId: "wf-closed",
        workflowName: "x",
        trigger: "STATUS_ENTERED",
        statusId: CLOSED.id,
        depth: 1,
      },
    ]);
    expect(after.enrolledWorkflowIds).toEqual(["wf-closed"]);
  });
});
