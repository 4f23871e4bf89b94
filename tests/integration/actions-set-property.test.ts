// SPEC §5 "set/clear a ticket property" through the one engine: a status set by a workflow
// moves the ticket like any move (close date, enrolment one level deeper), and two workflows
// setting each other's status stop at the loop guard, which says so on the timeline (§7).
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { calendarDateIn } from "@/lib/automation";
import { db } from "@/lib/db";
import { changeTicket } from "@/lib/tickets/change-ticket";
import type { TAction } from "@/lib/workflows/action-types/registry";
import { toStoredAction } from "@/lib/workflows/action-types/stored-action";
import { aTicket, seededPipeline, ticketRow } from "../support/engine-fixtures";
import { userIdOf } from "../support/users";
import { aWorkflow, drain, enroll, outboxOf, resetClock, stepEntries, useCaptureMail } from "./workflow-run-fixtures";
import { newId } from "@/lib/db/ids";

let support: Awaited<ReturnType<typeof seededPipeline>>;
let billing: Awaited<ReturnType<typeof seededPipeline>>;
let agentId: string;
beforeAll(async () => {
  useCaptureMail();
  support = await seededPipeline();
  billing = await seededPipeline("Billing & Refunds");
  agentId = await userIdOf("AGENT");
});
beforeEach(() => resetClock());

const setStatus = (statusId: string): TAction => ({ type: "set_property", property: "status", value: statusId });

async function runOn(ticketId: string, ...actions: TAction[]) {
  const workflow = await aWorkflow(actions.map((action) => ({ action })));
  await enroll(ticketId, workflow.id);
  await drain();
  return workflow;
}

describe("set_property status", () => {
  it("moves the ticket through the engine: close date today, the Closed workflow enrolled one level deeper", async () => {
    const ticket = await aTicket("New", { ownerId: agentId });
    const workflow = await runOn(ticket.id, setStatus(support.status("Closed")));
    const row = await ticketRow(ticket.id);
    expect(row.statusId).toBe(support.status("Closed"));
    expect(row.closeDate?.toISOString().slice(0, 10)).toBe(calendarDateIn(new Date(), "Europe/Berlin"));
    expect(row.closeDateSetBy).toBe("automation");
    const moved = await db.timelineEntry.findFirstOrThrow({ where: { ticketId: ticket.id, kind: "status_changed" } });
    expect(moved).toMatchObject({ ruleName: workflow.name, depth: 1 });
    const enrolled = await db.workflowEnrollment.findMany({
      where: { ticketId: ticket.id, workflowId: { not: workflow.id } },
    });
    expect(enrolled).toMatchObject([{ state: "COMPLETED" }]);
    expect((await outboxOf(ticket.id)).map((m) => m.toEmail).sort()).toEqual(
      ["agent@example.com", ticket.contactEmail].sort(),
    );
    expect((await stepEntries(ticket.id))[0]).toMatchObject({
      kind: "action_done",
      summary: 'Moved the ticket to "Closed".',
    });
  });

  it("does not move the ticket to a status of another pipeline, nor 'move' it where it is", async () => {
    const ticket = await aTicket("New");
    await runOn(ticket.id, setStatus(billing.status("Refund issued")), setStatus(support.status("New")));
    expect(await ticketRow(ticket.id)).toMatchObject({ statusId: support.status("New"), version: 1 });
    expect((await stepEntries(ticket.id)).map((e) => e.detail.reason ?? e.kind)).toEqual([
      "unknown_status",
      "unchanged",
      "workflow_completed",
    ]);
  });
});

describe("two workflows setting each other's status", () => {
  const woc = () =>
    db.workflow.findFirstOrThrow({ where: { statusId: support.status("Waiting on contact"), kind: "STATUS_ACTIONS" } });
  const wou = () =>
    db.workflow.findFirstOrThrow({ where: { statusId: support.status("Waiting on us"), kind: "STATUS_ACTIONS" } });
  afterEach(async () => {
    await db.workflowAction.deleteMany({ where: { workflowId: { in: [(await woc()).id, (await wou()).id] } } });
  });

  it("stop at the loop guard, and the timeline says why", async () => {
    await db.workflowAction.create({
      data: {
        id: newId(),
        workflowId: (await woc()).id,
        position: 0,
        ...toStoredAction(setStatus(support.status("Waiting on us"))),
      },
    });
    await db.workflowAction.create({
      data: {
        id: newId(),
        workflowId: (await wou()).id,
        position: 0,
        ...toStoredAction(setStatus(support.status("Waiting on contact"))),
      },
    });
    const ticket = await aTicket("New");
    await changeTicket(ticket.id, {
      kind: "status_change",
      toStatusId: support.status("Waiting on contact"),
      cause: { kind: "user", userId: agentId },
    });
    resetClock();
    await drain();

    const moves = await db.timelineEntry.findMany({
      where: { ticketId: ticket.id, kind: "status_changed" },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    });
    expect(moves.map((m) => m.depth)).toEqual([0, 1, 2, 3, 4]);
    const guard = await db.timelineEntry.findFirstOrThrow({ where: { ticketId: ticket.id, kind: "loop_guard" } });
    expect(guard.summary).toMatch(/loop guard/i);
    const skippedEntry = (await stepEntries(ticket.id)).find((e) => e.kind === "action_skipped");
    expect(skippedEntry).toMatchObject({
      depth: 5,
      detail: { reason: "loop_guard", loopGuard: "depth" },
      summary: expect.stringContaining(
        "Skipped by the loop guard: automation caused by automation reached depth 5 (limit 5)",
      ),
    });
    expect(await db.job.count({ where: { ticketId: ticket.id, state: { not: "SUCCEEDED" } } })).toBe(0);
    expect((await ticketRow(ticket.id)).statusId).toBe(support.status("Waiting on contact"));
  });
});

describe("other properties", () => {
  it("sets priority, owner, name, description and close date through the engine, each on the timeline with the workflow", async () => {
    const ticket = await aTicket("New");
    const workflow = await runOn(
      ticket.id,
      { type: "set_property", property: "priority", value: "urgent" },
      { type: "set_property", property: "owner", value: agentId },
      { type: "set_property", property: "subject", value: "Renamed" },
      { type: "set_property", property: "description", value: "Details" },
      { type: "set_property", property: "closeDate", value: "2030-05-01" },
    );
    expect(await ticketRow(ticket.id)).toMatchObject({
      priority: "URGENT",
      ownerId: agentId,
      subject: "Renamed",
      description: "Details",
      closeDate: new Date("2030-05-01T00:00:00Z"),
      closeDateSetBy: "automation",
      version: 6,
    });
    const changes = await db.timelineEntry.findMany({
      where: { ticketId: ticket.id, kind: "property_changed" },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    });
    expect(changes.map((c) => c.summary)).toEqual([
      `Priority changed from MEDIUM to URGENT by workflow "${workflow.name}"`,
      `Owner changed from none to ${agentId} by workflow "${workflow.name}"`,
      `Name changed from "Fixture ticket" to "Renamed" by workflow "${workflow.name}"`,
      `Description changed by workflow "${workflow.name}"`,
      `Close date changed from none to 2030-05-01 by workflow "${workflow.name}"`,
    ]);
    expect(changes.every((c) => c.ruleName === workflow.name && c.depth === 1)).toBe(true);
    expect(changes.at(-1)!.detail).toEqual({ property: "closeDate", from: null, to: "2030-05-01" });
    const agent = await db.user.findUniqueOrThrow({ where: { id: agentId } });
    expect((await stepEntries(ticket.id)).map((e) => e.summary).slice(1, 3)).toEqual([
      `Set the ticket's owner to ${agent.name}.`,
      `Set the ticket's name to "Renamed".`,
    ]);
  });

  it("clears the description and the close date", async () => {
    const ticket = await aTicket("New", { description: "Old text", closeDate: new Date("2030-01-01T00:00:00Z") });
    await runOn(
      ticket.id,
      { type: "set_property", property: "description", value: null },
      { type: "set_property", property: "closeDate", value: null },
    );
    expect(await ticketRow(ticket.id)).toMatchObject({ description: "", closeDate: null, version: 3 });
    const changes = await db.timelineEntry.findMany({
      where: { ticketId: ticket.id, kind: "property_changed" },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    });
    expect(changes.map((c) => c.summary.replace(/ by workflow.*/, ""))).toEqual([
      "Description cleared",
      "Close date changed from 2030-01-01 to none",
    ]);
  });

  it("is loop-guarded: a workflow at the depth limit changes no name, and the timeline says so", async () => {
    const ticket = await aTicket("New");
    const workflow = await aWorkflow([{ action: { type: "set_property", property: "subject", value: "Never" } }]);
    await enroll(ticket.id, workflow.id, 5);
    await drain();
    expect(await ticketRow(ticket.id)).toMatchObject({ subject: "Fixture ticket", version: 1 });
    const guard = await db.timelineEntry.findFirstOrThrow({ where: { ticketId: ticket.id, kind: "loop_guard" } });
    expect(guard.summary).toMatch(/name not changed to "Never"/);
    expect((await stepEntries(ticket.id))[0]).toMatchObject({
      kind: "action_skipped",
      detail: { reason: "loop_guard", loopGuard: "depth" },
    });
  });

  it("refuses values that are not valid, changing nothing", async () => {
    const ticket = await aTicket("New");
    await runOn(
      ticket.id,
      { type: "set_property", property: "priority", value: "whenever" },
      { type: "set_property", property: "subject", value: "  " },
      { type: "set_property", property: "closeDate", value: "tomorrow" },
      { type: "set_property", property: "owner", value: "no-such-user" },
    );
    expect((await ticketRow(ticket.id)).version).toBe(1);
    expect((await stepEntries(ticket.id)).map((e) => e.detail.reason ?? e.kind)).toEqual([
      "invalid_value",
      "invalid_value",
      "invalid_value",
      "inactive_user",
      "workflow_completed",
    ]);
  });
});
