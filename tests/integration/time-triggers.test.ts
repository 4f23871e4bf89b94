// SPEC §9 workflow time triggers on durable timers (issue 17 items 3 and 5), with the test clock
// (no sleeping): "ticket has been in status X for D" is a job row written with the move, fires
// once per stay through the worker's claim, re-entering starts a new clock, leaving cancels it;
// the timers follow the workflow's trigger and the business hours when those change.
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { updateWorkflowSettingsAction } from "@/lib/automate/workflow-editor-actions";
import { updateBusinessHours } from "@/lib/business-hours/update-business-hours";
import { defaultBusinessHours } from "@/lib/business-hours/week";
import { changeTicket } from "@/lib/tickets/change-ticket";
import { dryRunTicket } from "@/lib/automate/dry-run";
import { createTimeTriggerHandler, TIME_TRIGGER_JOB } from "@/lib/workflows/run";
import { aTicket, seededPipeline } from "../support/engine-fixtures";
import { expectFailure, expectOk } from "../support/status-actions";
import { actAs, userIdOf } from "../support/users";
import {
  advanceClock,
  aWorkflow,
  clock,
  drain,
  resetClock,
  testHandlers,
  useCaptureMail,
} from "./workflow-run-fixtures";

const HOUR = 3_600_000;
const handlers = { ...testHandlers, [TIME_TRIGGER_JOB]: createTimeTriggerHandler({ now: () => clock.now }) };
const run = () => drain({ handlers });

let superAdmin: { id: string; name: string };
beforeAll(async () => {
  useCaptureMail();
  superAdmin = { id: await userIdOf("SUPER_ADMIN"), name: "Super Admin" };
});
beforeEach(() => resetClock());

/** A custom workflow "in <status> for <amount> <unit>" that sets the priority to Urgent, saved in the editor. */
async function stuckWorkflow(status: string, wait = { amount: 1, unit: "hours" }, businessHours = false) {
  const pipeline = await seededPipeline();
  const workflow = await aWorkflow([{ action: { type: "set_property", property: "priority", value: "URGENT" } }]);
  await actAs("SUPER_ADMIN");
  expectOk(
    await updateWorkflowSettingsAction(
      await settings(workflow.id, { statusId: pipeline.status(status), wait, businessHours }),
    ),
  );
  return workflow.id;
}

async function settings(workflowId: string, patch: Record<string, unknown> = {}) {
  const w = await db.workflow.findUniqueOrThrow({ where: { id: workflowId } });
  return {
    workflowId,
    expectedVersion: w.version,
    name: w.name,
    description: w.description,
    enabled: w.enabled,
    timeZone: "",
    unenrollOnLeave: false,
    reenrollment: true,
    trigger: "STATUS_DURATION",
    statusId: w.statusId,
    enrollmentFilterGroups: [],
    ...patch,
  } as Parameters<typeof updateWorkflowSettingsAction>[0];
}

async function moveTo(ticketId: string, status: string) {
  const pipeline = await seededPipeline();
  await changeTicket(
    ticketId,
    { kind: "status_change", toStatusId: pipeline.status(status), cause: { kind: "user", userId: superAdmin.id } },
    { now: clock.now },
  );
}

const timersOf = (ticketId: string, workflowId: string) =>
  db.job.findMany({
    where: { ticketId, type: TIME_TRIGGER_JOB, payload: { path: ["workflowId"], equals: workflowId } },
    orderBy: { createdAt: "asc" },
  });
const enrollmentsOf = (ticketId: string, workflowId: string) =>
  db.workflowEnrollment.findMany({ where: { ticketId, workflowId }, orderBy: { createdAt: "asc" } });

describe("ticket has been in a status for a time", () => {
  it("writes the timer with the move, fires once after the wait, enrols and runs the actions", async () => {
    const workflowId = await stuckWorkflow("Waiting on us");
    const ticket = await aTicket("New");
    const enteredAt = clock.now;
    await moveTo(ticket.id, "Waiting on us");
    const [timer] = await timersOf(ticket.id, workflowId);
    expect(timer).toMatchObject({ state: "PENDING", runAt: new Date(enteredAt.getTime() + HOUR) });

    advanceClock(30 * 60_000);
    await run();
    expect(await enrollmentsOf(ticket.id, workflowId)).toHaveLength(0);

    advanceClock(31 * 60_000);
    await run();
    await run();
    const enrollments = await enrollmentsOf(ticket.id, workflowId);
    expect(enrollments).toHaveLength(1);
    expect(enrollments[0]!.occurrenceKey).toContain(enteredAt.toISOString());
    expect((await db.ticket.findUniqueOrThrow({ where: { id: ticket.id } })).priority).toBe("URGENT");
    const entry = await db.timelineEntry.findFirstOrThrow({
      where: { ticketId: ticket.id, kind: "workflow_enrolled" },
    });
    expect(entry.ruleName).toBe("status_duration_trigger");
    expect(entry.summary).toMatch(/the ticket has been in "Waiting on us" for 1 hour \(since /);
    expect((await timersOf(ticket.id, workflowId)).map((t) => t.state)).toEqual(["SUCCEEDED"]);
  });

  it("leaving cancels the stay's timer; re-entering starts a new clock that enrols once more", async () => {
    const workflowId = await stuckWorkflow("Waiting on contact");
    const ticket = await aTicket("New");
    await moveTo(ticket.id, "Waiting on contact");
    advanceClock(40 * 60_000);
    await moveTo(ticket.id, "New");
    expect((await timersOf(ticket.id, workflowId)).map((t) => t.state)).toEqual(["CANCELLED"]);
    advanceClock(40 * 60_000);
    await run();
    expect(await enrollmentsOf(ticket.id, workflowId)).toHaveLength(0);

    await moveTo(ticket.id, "Waiting on contact");
    advanceClock(HOUR + 1_000);
    await run();
    await moveTo(ticket.id, "New");
    await moveTo(ticket.id, "Waiting on contact");
    advanceClock(HOUR + 1_000);
    await run();
    await run();
    const enrollments = await enrollmentsOf(ticket.id, workflowId);
    expect(enrollments).toHaveLength(2);
    expect(new Set(enrollments.map((e) => e.occurrenceKey)).size).toBe(2);
    expect((await timersOf(ticket.id, workflowId)).map((t) => t.state)).toEqual([
      "CANCELLED",
      "SUCCEEDED",
      "SUCCEEDED",
    ]);
  });

  it("follows the workflow: a longer wait moves the pending timer, turning it off cancels, on again restores it", async () => {
    const workflowId = await stuckWorkflow("Waiting on us", { amount: 2, unit: "hours" });
    const ticket = await aTicket("New");
    const enteredAt = clock.now;
    await moveTo(ticket.id, "Waiting on us");
    expect((await timersOf(ticket.id, workflowId))[0]!.runAt).toEqual(new Date(enteredAt.getTime() + 2 * HOUR));

    expectOk(
      await updateWorkflowSettingsAction(
        await settings(workflowId, {
          statusId: (await seededPipeline()).status("Waiting on us"),
          wait: { amount: 1, unit: "days" },
        }),
      ),
    );
    expect((await timersOf(ticket.id, workflowId))[0]).toMatchObject({
      state: "PENDING",
      runAt: new Date(enteredAt.getTime() + 24 * HOUR),
    });

    const statusId = (await seededPipeline()).status("Waiting on us");
    expectOk(
      await updateWorkflowSettingsAction(
        await settings(workflowId, { statusId, wait: { amount: 1, unit: "days" }, enabled: false }),
      ),
    );
    expect((await timersOf(ticket.id, workflowId))[0]!.state).toBe("CANCELLED");
    expectOk(
      await updateWorkflowSettingsAction(
        await settings(workflowId, { statusId, wait: { amount: 1, unit: "days" }, enabled: true }),
      ),
    );
    expect((await timersOf(ticket.id, workflowId))[0]).toMatchObject({
      state: "PENDING",
      runAt: new Date(enteredAt.getTime() + 24 * HOUR),
    });

    // A ticket that had passed the wait before the trigger was on is not enrolled (no backfill).
    expectOk(
      await updateWorkflowSettingsAction(
        await settings(workflowId, { statusId, wait: { amount: 1, unit: "hours" }, enabled: false }),
      ),
    );
    const early = await aTicket("New");
    clock.now = new Date(Date.now() - 2 * HOUR);
    await moveTo(early.id, "Waiting on us");
    expect(await timersOf(early.id, workflowId)).toEqual([]);
    expectOk(
      await updateWorkflowSettingsAction(
        await settings(workflowId, { statusId, wait: { amount: 1, unit: "hours" }, enabled: true }),
      ),
    );
    expect(await timersOf(early.id, workflowId)).toEqual([]);
  });

  it("counts in business hours, and a business-hours change reschedules the pending timers", async () => {
    await updateBusinessHours(superAdmin, { ...defaultBusinessHours("UTC"), holidays: [] });
    const workflowId = await stuckWorkflow("Waiting on contact", { amount: 4, unit: "hours" }, true);
    const ticket = await aTicket("New");
    clock.now = new Date("2031-01-10T15:00:00Z");
    await moveTo(ticket.id, "Waiting on contact");
    // Friday 15:00–17:00 (2 h), then Monday 09:00 + 2 h.
    expect((await timersOf(ticket.id, workflowId))[0]!.runAt).toEqual(new Date("2031-01-13T11:00:00Z"));
    await updateBusinessHours(superAdmin, { ...defaultBusinessHours("UTC"), holidays: ["2031-01-13"] });
    expect((await timersOf(ticket.id, workflowId))[0]!.runAt).toEqual(new Date("2031-01-14T11:00:00Z"));
    await updateBusinessHours(superAdmin, { ...defaultBusinessHours("UTC"), holidays: [] });
  });

  it("refuses bad settings with the field, and an agent may not set a trigger", async () => {
    const workflow = await aWorkflow([{ action: { type: "set_property", property: "priority", value: "HIGH" } }]);
    await actAs("SUPER_ADMIN");
    const noStatus = await updateWorkflowSettingsAction(
      await settings(workflow.id, { statusId: null, wait: { amount: 1, unit: "hours" } }),
    );
    expectFailure(noStatus, "BAD_REQUEST", 400);
    const tooLong = await updateWorkflowSettingsAction(
      await settings(workflow.id, {
        statusId: (await seededPipeline()).status("New"),
        wait: { amount: 400, unit: "days" },
      }),
    );
    expect(tooLong.ok ? [] : tooLong.error.issues.map((i) => i.path)).toEqual([["wait", "amount"]]);
    await actAs("AGENT");
    expectFailure(
      await updateWorkflowSettingsAction(
        await settings(workflow.id, {
          statusId: (await seededPipeline()).status("New"),
          wait: { amount: 1, unit: "hours" },
        }),
      ),
      "FORBIDDEN",
      403,
    );
  });
});

describe("the dry run (what would fire, and when)", () => {
  it("shows the timer a move would start, the pending one, and that leaving would cancel it; writes nothing", async () => {
    const workflowId = await stuckWorkflow("Waiting on us");
    const pipeline = await seededPipeline();
    const ticket = await aTicket("New");
    const now = new Date();
    const toWaiting = { type: "ticket.updated" as const, data: { statusId: pipeline.status("Waiting on us") } };
    const planned = await dryRunTicket(
      ticket.id,
      toWaiting,
      { ...superAdmin, role: "SUPER_ADMIN" as const, active: true },
      now,
    );
    expect(planned.ok && planned.timers.find((t) => t.workflowId === workflowId)).toMatchObject({
      state: "would_start",
      dueAt: new Date(now.getTime() + HOUR).toISOString(),
      verdict: expect.stringContaining('the ticket has been in "Waiting on us" for 1 hour'),
    });
    expect(await timersOf(ticket.id, workflowId)).toEqual([]);

    await moveTo(ticket.id, "Waiting on us");
    const leaving = await dryRunTicket(
      ticket.id,
      { type: "ticket.updated", data: { statusId: pipeline.status("New") } },
      { ...superAdmin, role: "SUPER_ADMIN" as const, active: true },
    );
    expect(leaving.ok && leaving.timers.find((t) => t.workflowId === workflowId)).toMatchObject({
      state: "would_cancel",
      verdict: "would not fire: the ticket leaves the status",
    });
    const staying = await dryRunTicket(
      ticket.id,
      { type: "ticket.updated", data: { priority: "LOW" } },
      { ...superAdmin, role: "SUPER_ADMIN" as const, active: true },
    );
    expect(staying.ok && staying.timers.find((t) => t.workflowId === workflowId)).toMatchObject({
      state: "pending",
      verdict: expect.stringContaining("Enrolled in workflow"),
    });
  });
});
