// SPEC §9 workflow time triggers on durable timers (issue 17 items 3 and 5), with the test clock
// (no sleeping): "ticket has been in status X for D" is a job row written with the move, fires
// once per stay through the worker's claim, re-entering starts a new clock, leaving cancels it;
// the timers follow the workflow's trigger and the business hours when those change.
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { updateWorkflowSettingsAction } from "@/lib/automate/workflow-editor-actions";
import { updateBusinessHours } from "@/lib/business-hours/update-business-hours";
import { saveAccount } from "@/lib/sla/save-account";
import { defaultBusinessHours } from "@/lib/business-hours/week";
import { changeTicket } from "@/lib/tickets/change-ticket";
import { dryRunTicket } from "@/lib/automate/dry-run";
import { runDueJobs } from "@/lib/jobs";
import { startJobKey } from "@/lib/tickets/workflow-jobs";
import { dbHandle } from "@/lib/db";
import { TIME_TRIGGER_JOB } from "@/lib/workflows/run";
import { createTimeTriggerBatchHandler } from "@/lib/time-trigger-batch";
import { aTicket, seededPipeline } from "../support/engine-fixtures";
import { deleteStatusAction } from "@/lib/pipelines/actions";
import { newPipeline, newTickets, statusOf } from "../support/pipelines";
import { expectFailure, expectOk } from "../support/status-actions";
import { actAs, userIdOf } from "../support/users";
import {
  advanceClock,
  aWorkflow,
  clock,
  drain,
  resetClock,
  stepEntries,
  testHandlers,
  useCaptureMail,
  type ActionSpec,
} from "./workflow-run-fixtures";

const HOUR = 3_600_000;
const handlers = { ...testHandlers, [TIME_TRIGGER_JOB]: createTimeTriggerBatchHandler({ now: () => clock.now }) };
const run = () => drain({ handlers });

let superAdmin: { id: string; name: string };
beforeAll(async () => {
  useCaptureMail();
  superAdmin = { id: await userIdOf("SUPER_ADMIN"), name: "Super Admin" };
});
beforeEach(() => resetClock());

const SET_URGENT: ActionSpec = { action: { type: "set_property", property: "priority", value: "URGENT" } };

/** A custom workflow "in <status> for <amount> <unit>" that sets the priority to Urgent (or does
 *  `actions`), saved in the editor. */
async function stuckWorkflow(
  status: string,
  wait = { amount: 1, unit: "hours" },
  businessHours = false,
  actions: ActionSpec[] = [SET_URGENT],
) {
  const pipeline = await seededPipeline();
  const workflow = await aWorkflow(actions);
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

  it("a burst runs each enrolment's first action in the timers' transaction where safe; others are left to their job", async () => {
    const describe: ActionSpec = { action: { type: "set_property", property: "description", value: "Escalated" } };
    // (Not the priority: earlier tests' workflows on this status set it too, in the same burst.)
    const rename: ActionSpec = { action: { type: "set_property", property: "subject", value: "Escalated" } };
    const inPlace = await stuckWorkflow("Waiting on us", undefined, false, [rename, describe]);
    // An owner set to a user reads the user first: not in the timers' transaction.
    const owner: ActionSpec = { action: { type: "set_property", property: "owner", value: superAdmin.id } };
    const byJob = await stuckWorkflow("Waiting on us", undefined, false, [owner]);
    const tickets = [await aTicket("New"), await aTicket("New")];
    for (const ticket of tickets) await moveTo(ticket.id, "Waiting on us");
    advanceClock(HOUR + 1_000);

    // One claim: the four timers (and those of earlier tests' tickets and workflows), one batch.
    const ran = await runDueJobs({ handle: dbHandle(), handlers, now: clock.now, workerId: "burst" });
    const ours = ran.filter(
      (r) =>
        tickets.some((t) => t.id === r.job.ticketId) &&
        [inPlace, byJob].includes((r.job.payload as { workflowId: string }).workflowId),
    );
    expect(ours.map((r) => [r.job.type, r.result.outcome])).toEqual(
      Array.from({ length: 4 }, () => [TIME_TRIGGER_JOB, "succeeded"]),
    );
    expect(new Set(ran.map((r) => r.job.type))).toEqual(new Set([TIME_TRIGGER_JOB]));
    for (const ticket of tickets) {
      const [enrollment] = await enrollmentsOf(ticket.id, inPlace);
      const startJob = await db.job.findUniqueOrThrow({ where: { dedupeKey: startJobKey(enrollment!.id) } });
      expect(startJob).toMatchObject({ state: "SUCCEEDED", lockedBy: "burst", attempts: 1 });
      const row = await db.ticket.findUniqueOrThrow({ where: { id: ticket.id } });
      expect(row.subject).toBe("Escalated");
      expect(row.description).not.toBe("Escalated");
      expect(row.ownerId).not.toBe(superAdmin.id);
      const done = (await stepEntries(ticket.id)).filter(
        (e) => e.kind === "action_done" && e.detail.workflowId === inPlace,
      );
      expect(done.map((e) => [e.summary, e.jobId])).toEqual([[`Set the ticket's name to "Escalated".`, startJob.id]]);
      // The next action is queued as a job of its own; the other workflow's first action too.
      const next = await db.job.findMany({ where: { enrollmentId: enrollment!.id, state: "PENDING" } });
      expect(next.map((j) => (j.payload as { actionId: string | null }).actionId)).toHaveLength(1);
      const [other] = await enrollmentsOf(ticket.id, byJob);
      expect((await db.job.findMany({ where: { enrollmentId: other!.id } })).map((j) => j.state)).toEqual(["PENDING"]);
    }

    await run();
    for (const ticket of tickets) {
      const row = await db.ticket.findUniqueOrThrow({ where: { id: ticket.id } });
      expect([row.subject, row.description, row.ownerId]).toEqual(["Escalated", "Escalated", superAdmin.id]);
      const entries = (await stepEntries(ticket.id)).filter((e) =>
        [inPlace, byJob].includes(e.detail.workflowId as string),
      );
      expect(entries.filter((e) => e.kind === "action_done")).toHaveLength(3);
      expect(entries.filter((e) => e.kind === "workflow_completed")).toHaveLength(2);
      for (const workflowId of [inPlace, byJob])
        expect((await enrollmentsOf(ticket.id, workflowId)).map((e) => e.state)).toEqual(["COMPLETED"]);
    }
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

  it("a time-zone change moves a pending business-hours timer; one counted around the clock stays", async () => {
    await updateBusinessHours(superAdmin, defaultBusinessHours("UTC"));
    const inHours = await stuckWorkflow("Waiting on contact", { amount: 4, unit: "hours" }, true);
    const aroundTheClock = await stuckWorkflow("Waiting on contact", { amount: 2, unit: "hours" }, false);
    const ticket = await aTicket("New");
    clock.now = new Date("2031-01-10T15:00:00Z"); // a Friday
    await moveTo(ticket.id, "Waiting on contact");
    // 09:00–17:00 UTC: Friday 15:00–17:00, then Monday 09:00 + 2 h.
    expect((await timersOf(ticket.id, inHours))[0]!.runAt).toEqual(new Date("2031-01-13T11:00:00Z"));
    // 09:00–17:00 in New York (14:00–22:00 UTC in January): Friday 10:00 local + 4 h = 14:00 local.
    await updateBusinessHours(superAdmin, defaultBusinessHours("America/New_York"));
    expect((await timersOf(ticket.id, inHours))[0]).toMatchObject({
      state: "PENDING",
      runAt: new Date("2031-01-10T19:00:00Z"),
    });
    expect((await timersOf(ticket.id, aroundTheClock))[0]!.runAt).toEqual(new Date("2031-01-10T17:00:00Z"));
    // Back to UTC: it moves back, and fires once at its due time.
    await updateBusinessHours(superAdmin, defaultBusinessHours("UTC"));
    expect((await timersOf(ticket.id, inHours))[0]!.runAt).toEqual(new Date("2031-01-13T11:00:00Z"));
    clock.now = new Date("2031-01-13T11:00:00Z");
    await run();
    expect(await enrollmentsOf(ticket.id, inHours)).toHaveLength(1);
  });

  it("a time-zone change on Settings > Account moves a pending business-hours timer too", async () => {
    await updateBusinessHours(superAdmin, defaultBusinessHours("UTC"));
    const inHours = await stuckWorkflow("Waiting on contact", { amount: 4, unit: "hours" }, true);
    const ticket = await aTicket("New");
    clock.now = new Date("2031-01-10T15:00:00Z"); // a Friday
    await moveTo(ticket.id, "Waiting on contact");
    expect((await timersOf(ticket.id, inHours))[0]!.runAt).toEqual(new Date("2031-01-13T11:00:00Z"));
    const account = await db.account.findFirstOrThrow();
    const settings = { name: account.name, planTier: account.planTier, expectedVersion: account.version };
    await saveAccount(superAdmin, { ...settings, timeZone: "America/New_York" }, clock.now);
    // 09:00–17:00 in New York (14:00–22:00 UTC in January): Friday 10:00 local + 4 h = 14:00 local.
    expect((await timersOf(ticket.id, inHours))[0]).toMatchObject({
      state: "PENDING",
      runAt: new Date("2031-01-10T19:00:00Z"),
    });
    await updateBusinessHours(superAdmin, defaultBusinessHours("UTC"));
  });

  it("deleting a status moves its tickets: their old stay's timers are cancelled, the destination's start with the move", async () => {
    const pipeline = await newPipeline();
    const [from, to] = [statusOf(pipeline, "Waiting on contact"), statusOf(pipeline, "Waiting on us")];
    const [ticket] = await newTickets(pipeline, "Waiting on contact", 1);
    const timed = async (statusId: string) => {
      const workflow = await aWorkflow([{ action: { type: "set_property", property: "priority", value: "URGENT" } }], {
        pipelineId: pipeline.id,
      });
      await actAs("SUPER_ADMIN");
      expectOk(
        await updateWorkflowSettingsAction(
          await settings(workflow.id, { statusId, wait: { amount: 1, unit: "hours" }, businessHours: false }),
        ),
      );
      return workflow.id;
    };
    const leaving = await timed(from);
    const arriving = await timed(to);
    expect((await timersOf(ticket!.id, leaving)).map((j) => j.state)).toEqual(["PENDING"]);
    expect(await timersOf(ticket!.id, arriving)).toEqual([]);

    expect(await deleteStatusAction({ statusId: from, moveToStatusId: to })).toMatchObject({ ok: true });
    const moved = await db.ticket.findUniqueOrThrow({ where: { id: ticket!.id } });
    expect((await timersOf(ticket!.id, leaving)).map((j) => j.state)).toEqual(["CANCELLED"]);
    expect(await timersOf(ticket!.id, arriving)).toEqual([
      expect.objectContaining({ state: "PENDING", runAt: new Date(moved.lastStatusChangeAt.getTime() + HOUR) }),
    ]);
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
