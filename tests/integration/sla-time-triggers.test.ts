// SPEC §9 "SLA first reply / close is due soon" and "… is overdue" workflow triggers on durable
// timers, with the test clock (no sleeping): the timers are written with the new ticket (or the
// reopen) that starts the clock, fire once each through the worker's claim, are cancelled when
// the target is met, restart with a reopen for close, follow the workflow's trigger when it is
// saved, are in the dry run, and the timeline says which rule fired and why in the account's zone.
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { loadActiveUser } from "@/lib/auth/current-user";
import { dryRunTicket } from "@/lib/automate/dry-run";
import { saveSlaAction } from "@/lib/automate/time-settings-actions";
import { updateWorkflowSettingsAction } from "@/lib/automate/workflow-editor-actions";
import { defaultBusinessHours } from "@/lib/business-hours/week";
import { db } from "@/lib/db";
import { deletePipelineAction } from "@/lib/pipelines/actions";
import { saveBusinessHours } from "@/lib/sla/save-business-hours";
import { changeTicket } from "@/lib/tickets/change-ticket";
import { createTicket } from "@/lib/tickets/create-ticket";
import { createTimeTriggerBatchHandler } from "@/lib/time-trigger-batch";
import { TIME_TRIGGER_JOB } from "@/lib/workflows/run";
import { seededPipeline } from "../support/engine-fixtures";
import { newPipeline, statusOf } from "../support/pipelines";
import { expectFailure, expectOk, setPlan } from "../support/status-actions";
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
const handlers = { ...testHandlers, [TIME_TRIGGER_JOB]: createTimeTriggerBatchHandler({ now: () => clock.now }) };
const run = () => drain({ handlers });

let support: Awaited<ReturnType<typeof seededPipeline>>;
let superAdmin: { id: string; name: string };
beforeAll(async () => {
  useCaptureMail();
  support = await seededPipeline();
  superAdmin = { id: await userIdOf("SUPER_ADMIN"), name: "Super Admin" };
  await db.account.updateMany({ data: { timeZone: "Europe/Berlin" } });
});
beforeEach(() => resetClock());
afterEach(async () => {
  await setPlan("ENTERPRISE");
  await db.workflow.updateMany({ where: { kind: "CUSTOM" }, data: { enabled: false } });
  await db.pipelineSla.deleteMany();
});

const actor = () => ({ ...superAdmin, role: "SUPER_ADMIN" as const, active: true });

async function saveSla(sla: { firstReply: string | null; close: string | null; businessHours: boolean }) {
  await actAs("ACCOUNT_ADMIN");
  const version = (await db.pipelineAutomation.findUnique({ where: { pipelineId: support.id } }))?.version ?? 0;
  expectOk(await saveSlaAction({ pipelineId: support.id, expectedVersion: version, sla }));
}

async function settings(workflowId: string, patch: Record<string, unknown>) {
  const w = await db.workflow.findUniqueOrThrow({ where: { id: workflowId } });
  return {
    workflowId,
    expectedVersion: w.version,
    name: w.name,
    description: w.description,
    enabled: true,
    timeZone: "",
    unenrollOnLeave: false,
    reenrollment: true,
    trigger: "SLA_OVERDUE",
    statusId: null,
    enrollmentFilterGroups: [],
    ...patch,
  } as Parameters<typeof updateWorkflowSettingsAction>[0];
}

/** A custom workflow "SLA <target> is due soon / overdue" that sets a priority, saved in the editor. */
async function slaWorkflow(trigger: "SLA_DUE_SOON" | "SLA_OVERDUE", slaTarget: "firstReply" | "close") {
  const priority = trigger === "SLA_DUE_SOON" ? "HIGH" : "URGENT";
  const workflow = await aWorkflow([{ action: { type: "set_property", property: "priority", value: priority } }]);
  await actAs("SUPER_ADMIN");
  expectOk(await updateWorkflowSettingsAction(await settings(workflow.id, { trigger, slaTarget })));
  return workflow.id;
}

async function newTicket(now = clock.now) {
  const user = (await loadActiveUser(await userIdOf("AGENT")))!;
  const input = {
    pipelineId: support.id,
    statusId: support.status("New"),
    subject: "Where is my parcel?",
    description: "",
    contactEmail: "sla-timers@customer.example",
    priority: "LOW" as const,
    ownerId: null,
  };
  return (await createTicket(user, input, now)).id;
}

const move = async (ticketId: string, label: string) =>
  changeTicket(
    ticketId,
    { kind: "status_change", toStatusId: support.status(label), cause: { kind: "user", userId: superAdmin.id } },
    { now: clock.now },
  );

const replyFromRecord = async (ticketId: string) =>
  changeTicket(
    ticketId,
    {
      kind: "email_sent",
      sentFrom: "ticket",
      forwarded: false,
      channelType: "TEAM_EMAIL",
      threadId: null,
      cause: { kind: "user", userId: await userIdOf("AGENT") },
    },
    { now: clock.now },
  );

const timersOf = (ticketId: string, workflowId: string) =>
  db.job.findMany({
    where: { ticketId, type: TIME_TRIGGER_JOB, payload: { path: ["workflowId"], equals: workflowId } },
    orderBy: { createdAt: "asc" },
  });
const enrollmentsOf = (ticketId: string, workflowId: string) =>
  db.workflowEnrollment.findMany({ where: { ticketId, workflowId }, orderBy: { createdAt: "asc" } });
const priorityOf = async (ticketId: string) =>
  (await db.ticket.findUniqueOrThrow({ where: { id: ticketId } })).priority;

describe("SLA first reply is due soon / overdue", () => {
  it("writes both timers with the new ticket; each fires once, at 80 % and at the due time", async () => {
    await saveSla({ firstReply: "PT4H", close: null, businessHours: false });
    const soonId = await slaWorkflow("SLA_DUE_SOON", "firstReply");
    const overdueId = await slaWorkflow("SLA_OVERDUE", "firstReply");
    const created = clock.now;
    const ticketId = await newTicket();
    const row = await db.ticket.findUniqueOrThrow({ where: { id: ticketId } });
    expect((await timersOf(ticketId, soonId)).map((t) => [t.state, t.runAt])).toEqual([
      ["PENDING", row.slaFirstReplyDueSoonAt],
    ]);
    expect(row.slaFirstReplyDueSoonAt).toEqual(new Date(created.getTime() + 3.2 * HOUR));
    expect((await timersOf(ticketId, overdueId)).map((t) => [t.state, t.runAt])).toEqual([
      ["PENDING", row.slaFirstReplyDueAt],
    ]);

    advanceClock(3 * HOUR);
    await run();
    expect(await enrollmentsOf(ticketId, soonId)).toHaveLength(0);

    advanceClock(0.25 * HOUR);
    await run();
    await run();
    expect(await enrollmentsOf(ticketId, soonId)).toHaveLength(1);
    expect(await enrollmentsOf(ticketId, overdueId)).toHaveLength(0);
    expect(await priorityOf(ticketId)).toBe("HIGH");

    advanceClock(HOUR);
    await run();
    await run();
    const [soon] = await enrollmentsOf(ticketId, soonId);
    const overdue = await enrollmentsOf(ticketId, overdueId);
    expect(overdue).toHaveLength(1);
    expect(soon!.occurrenceKey).toBe(`sla:firstReply:${created.toISOString()}`);
    expect(overdue[0]!.occurrenceKey).toBe(soon!.occurrenceKey);
    expect(await priorityOf(ticketId)).toBe("URGENT");
    expect((await timersOf(ticketId, soonId)).map((t) => t.state)).toEqual(["SUCCEEDED"]);
    expect((await timersOf(ticketId, overdueId)).map((t) => t.state)).toEqual(["SUCCEEDED"]);

    const entries = await db.timelineEntry.findMany({
      where: { ticketId, kind: "workflow_enrolled", ruleName: { startsWith: "sla_" } },
      orderBy: { createdAt: "asc" },
    });
    expect(entries.map((e) => e.ruleName)).toEqual(["sla_due_soon_trigger", "sla_overdue_trigger"]);
    expect(entries[0]!.summary).toMatch(
      /the SLA first reply is due soon \(clock started \d{4}-\d\d-\d\d \d\d:\d\d Europe\/Berlin\)/,
    );
    expect(entries[1]!.summary).toMatch(/the SLA first reply is overdue/);
  });

  it("a first reply from the ticket record before the due time cancels both; nothing fires", async () => {
    await saveSla({ firstReply: "PT4H", close: null, businessHours: false });
    const soonId = await slaWorkflow("SLA_DUE_SOON", "firstReply");
    const overdueId = await slaWorkflow("SLA_OVERDUE", "firstReply");
    const ticketId = await newTicket();
    advanceClock(HOUR);
    await replyFromRecord(ticketId);
    expect((await timersOf(ticketId, soonId)).map((t) => t.state)).toEqual(["CANCELLED"]);
    expect((await timersOf(ticketId, overdueId)).map((t) => t.state)).toEqual(["CANCELLED"]);
    advanceClock(10 * HOUR);
    await run();
    expect(await enrollmentsOf(ticketId, soonId)).toHaveLength(0);
    expect(await enrollmentsOf(ticketId, overdueId)).toHaveLength(0);
    expect(await priorityOf(ticketId)).toBe("LOW");
  });
});

describe("SLA time to close is overdue", () => {
  it("closing meets it (cancelled); a reopen restarts the clock and its new timer fires once", async () => {
    await saveSla({ firstReply: null, close: "PT2H", businessHours: false });
    const overdueId = await slaWorkflow("SLA_OVERDUE", "close");
    const ticketId = await newTicket();
    advanceClock(HOUR);
    await move(ticketId, "Closed");
    expect((await timersOf(ticketId, overdueId)).map((t) => t.state)).toEqual(["CANCELLED"]);
    advanceClock(2 * HOUR);
    await run();
    expect(await enrollmentsOf(ticketId, overdueId)).toHaveLength(0);

    const reopenedAt = clock.now;
    await move(ticketId, "New");
    const timers = await timersOf(ticketId, overdueId);
    expect(timers.map((t) => [t.state, t.runAt])).toEqual([
      ["CANCELLED", expect.any(Date)],
      ["PENDING", new Date(reopenedAt.getTime() + 2 * HOUR)],
    ]);
    advanceClock(2 * HOUR + 1_000);
    await run();
    await run();
    const enrollments = await enrollmentsOf(ticketId, overdueId);
    expect(enrollments.map((e) => e.occurrenceKey)).toEqual([`sla:close:${reopenedAt.toISOString()}`]);
    expect(await priorityOf(ticketId)).toBe("URGENT");
  });

  it("the dry run shows what would fire and when: a reopen's new timer, and closing cancelling the pending one", async () => {
    await saveSla({ firstReply: null, close: "PT2H", businessHours: false });
    const overdueId = await slaWorkflow("SLA_OVERDUE", "close");
    const ticketId = await newTicket();
    const closing = await dryRunTicket(
      ticketId,
      { type: "ticket.updated", data: { statusId: support.status("Closed") } },
      actor(),
      clock.now,
    );
    expect(closing.ok && closing.timers.find((t) => t.workflowId === overdueId)).toMatchObject({
      state: "would_cancel",
      verdict: expect.stringContaining("would not fire: the SLA clock stops"),
    });
    const staying = await dryRunTicket(
      ticketId,
      { type: "ticket.updated", data: { priority: "MEDIUM" } },
      actor(),
      clock.now,
    );
    expect(staying.ok && staying.timers.find((t) => t.workflowId === overdueId)).toMatchObject({
      state: "pending",
      dueAtLocal: expect.stringMatching(/Europe\/Berlin$/),
      verdict: expect.stringContaining("the SLA time to close is overdue"),
    });

    await move(ticketId, "Closed");
    advanceClock(HOUR);
    const reopening = await dryRunTicket(
      ticketId,
      { type: "ticket.updated", data: { statusId: support.status("New") } },
      actor(),
      clock.now,
    );
    expect(reopening.ok && reopening.timers.find((t) => t.workflowId === overdueId)).toMatchObject({
      state: "would_start",
      dueAt: new Date(clock.now.getTime() + 2 * HOUR).toISOString(),
      verdict: expect.stringContaining("the SLA time to close is overdue"),
    });
    expect((await timersOf(ticketId, overdueId)).map((t) => t.state)).toEqual(["CANCELLED"]);
  });
});

describe("the workflow's SLA trigger when it is saved", () => {
  it("gives tickets whose clock runs a timer (not those already past it), and keeps it across saves", async () => {
    await saveSla({ firstReply: "PT4H", close: null, businessHours: false });
    const running = await newTicket();
    const late = await newTicket(new Date(clock.now.getTime() - 5 * HOUR));
    const workflowId = await slaWorkflow("SLA_OVERDUE", "firstReply");
    const row = await db.ticket.findUniqueOrThrow({ where: { id: running } });
    expect((await timersOf(running, workflowId)).map((t) => [t.state, t.runAt])).toEqual([
      ["PENDING", row.slaFirstReplyDueAt],
    ]);
    expect(await timersOf(late, workflowId)).toEqual([]);
    expectOk(
      await updateWorkflowSettingsAction(
        await settings(workflowId, { name: "Overdue first replies", trigger: "SLA_OVERDUE", slaTarget: "firstReply" }),
      ),
    );
    expect((await timersOf(running, workflowId)).map((t) => t.state)).toEqual(["PENDING"]);
    expectOk(
      await updateWorkflowSettingsAction(await settings(workflowId, { trigger: "SLA_OVERDUE", slaTarget: "close" })),
    );
    expect((await timersOf(running, workflowId)).map((t) => t.state)).toEqual(["CANCELLED"]);
  });

  it("refuses an SLA trigger without its target, naming the field", async () => {
    const workflow = await aWorkflow([{ action: { type: "set_property", property: "priority", value: "HIGH" } }]);
    await actAs("SUPER_ADMIN");
    const refused = expectFailure(
      await updateWorkflowSettingsAction(await settings(workflow.id, { trigger: "SLA_DUE_SOON" })),
      "BAD_REQUEST",
      400,
    );
    expect(refused.issues.map((i) => i.path)).toEqual([["slaTarget"]]);
  });
});

describe("SLA timers counted in business hours", () => {
  it("are due at the ticket's own due times, and a business-hours change moves both alike", async () => {
    const berlin = defaultBusinessHours("Europe/Berlin");
    await saveBusinessHours(superAdmin, { ...berlin, holidays: [] });
    await saveSla({ firstReply: "PT4H", close: null, businessHours: true });
    const soonId = await slaWorkflow("SLA_DUE_SOON", "firstReply");
    const overdueId = await slaWorkflow("SLA_OVERDUE", "firstReply");
    // Friday 15:00 in Berlin: 2 h that day, then Monday from 09:00.
    clock.now = new Date("2031-01-10T14:00:00Z");
    const ticketId = await newTicket();
    const runAt = async (workflowId: string) => (await timersOf(ticketId, workflowId))[0]!.runAt;
    let row = await db.ticket.findUniqueOrThrow({ where: { id: ticketId } });
    expect(row.slaFirstReplyDueAt).toEqual(new Date("2031-01-13T10:00:00Z"));
    expect(await runAt(overdueId)).toEqual(row.slaFirstReplyDueAt);
    expect(await runAt(soonId)).toEqual(row.slaFirstReplyDueSoonAt);

    await saveBusinessHours(superAdmin, { ...berlin, holidays: ["2031-01-13"] });
    row = await db.ticket.findUniqueOrThrow({ where: { id: ticketId } });
    expect(row.slaFirstReplyDueAt).toEqual(new Date("2031-01-14T10:00:00Z"));
    expect(await runAt(overdueId)).toEqual(row.slaFirstReplyDueAt);
    expect(await runAt(soonId)).toEqual(row.slaFirstReplyDueSoonAt);
    await db.businessHours.deleteMany();
  });
});

describe("tickets moved to another pipeline (its pipeline deleted)", () => {
  it("leave their old pipeline's SLA timers; the destination's SLA workflows time their running clocks", async () => {
    const other = await newPipeline();
    await actAs("ACCOUNT_ADMIN");
    expectOk(
      await saveSlaAction({
        pipelineId: other.id,
        expectedVersion: (await db.pipelineAutomation.findUnique({ where: { pipelineId: other.id } }))?.version ?? 0,
        sla: { firstReply: "PT4H", close: null, businessHours: false },
      }),
    );
    const { id: leaving } = await aWorkflow(
      [{ action: { type: "set_property", property: "priority", value: "HIGH" } }],
      { pipelineId: other.id },
    );
    await actAs("SUPER_ADMIN");
    expectOk(
      await updateWorkflowSettingsAction(await settings(leaving, { trigger: "SLA_OVERDUE", slaTarget: "firstReply" })),
    );
    const arriving = await slaWorkflow("SLA_OVERDUE", "firstReply"); // on the Support Pipeline
    const user = (await loadActiveUser(await userIdOf("AGENT")))!;
    const { id: ticketId } = await createTicket(
      user,
      {
        pipelineId: other.id,
        statusId: statusOf(other, "New"),
        subject: "Moved with its clock",
        description: "",
        contactEmail: "sla-moved@customer.example",
        priority: "LOW",
        ownerId: null,
      },
      clock.now,
    );
    const dueAt = (await db.ticket.findUniqueOrThrow({ where: { id: ticketId } })).slaFirstReplyDueAt;
    expect((await timersOf(ticketId, leaving)).map((t) => t.state)).toEqual(["PENDING"]);
    expect(await timersOf(ticketId, arriving)).toEqual([]);

    await actAs("SUPER_ADMIN");
    expectOk(await deletePipelineAction({ pipelineId: other.id, moveToStatusId: support.status("New") }));
    expect((await timersOf(ticketId, leaving)).map((t) => t.state)).toEqual(["CANCELLED"]);
    expect((await timersOf(ticketId, arriving)).map((t) => [t.state, t.runAt])).toEqual([["PENDING", dueAt]]);
    await db.ticket.deleteMany({ where: { id: ticketId } });
  });
});
