import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { calendarDateIn } from "@/lib/automation";
import { testAutomationAction } from "@/lib/automate/test-automation-action";
import type { TTestAutomation } from "@/lib/automate/test-automation";
import { actAs } from "../support/users";
import { ticketWithThread } from "./ticket-record-fixtures";

async function rowCounts() {
  const [tickets, timeline, enrollments, jobs, messages, events] = await Promise.all([
    db.ticket.count(),
    db.timelineEntry.count(),
    db.workflowEnrollment.count(),
    db.job.count(),
    db.message.count(),
    db.ingestedEvent.count(),
  ]);
  return { tickets, timeline, enrollments, jobs, messages, events };
}

async function dryRun(ticketId: string, event: TTestAutomation["event"]) {
  const before = await rowCounts();
  const result = await testAutomationAction({ ticketId, event });
  expect(await rowCounts()).toEqual(before);
  if (!result.ok) throw new Error(result.error.message);
  return result.data;
}

beforeAll(async () => {
  await actAs("AGENT");
});

describe("the Test automation panel (a dry run: nothing written)", () => {
  it("a move to Closed: the status, today's close date and the Closed actions that would run", async () => {
    const { ticket, pipeline } = await ticketWithThread("Support Pipeline", "New");
    const view = await dryRun(ticket.id, { type: "ticket.updated", data: { statusId: pipeline.status("Closed") } });
    expect(view).toMatchObject({
      ok: true,
      status: { before: "New", after: "Closed" },
      closeDate: { before: null, after: calendarDateIn(new Date(), "Europe/Berlin") },
    });
    const actions = view.ok ? view.wouldRun.flatMap((w) => w.actions.map((a) => a.description)) : [];
    expect(actions).toContain("Send email: Ticket closed");
    expect((await db.ticket.findUniqueOrThrow({ where: { id: ticket.id } })).version).toBe(1);
  });

  it("an email sent from the ticket record: trigger A's status", async () => {
    const { ticket } = await ticketWithThread("Support Pipeline", "New");
    expect(await dryRun(ticket.id, { type: "email.sent", data: { sentFrom: "ticket" } })).toMatchObject({
      ok: true,
      status: { before: "New", after: "Waiting on contact" },
    });
  });

  it("an email on a ticket without a thread: says a new thread would become its origin thread", async () => {
    const { ticket } = await ticketWithThread("Support Pipeline", "New");
    await db.ticket.update({ where: { id: ticket.id }, data: { originThreadId: null } });
    const view = await dryRun(ticket.id, { type: "email.sent", data: { sentFrom: "ticket" } });
    expect(view.ok && view.notes).toEqual([
      expect.stringContaining(
        "would start a new thread with the contact, and it would become the ticket's origin thread",
      ),
    ]);
    await db.ticket.update({ where: { id: ticket.id }, data: { originThreadId: ticket.originThreadId } });
    expect(await dryRun(ticket.id, { type: "email.sent", data: { sentFrom: "ticket" } })).toMatchObject({
      ok: true,
      notes: [],
    });
  });

  it("a customer reply and a forwarded email on the ticket's thread, with the reason it stays", async () => {
    const { ticket, thread } = await ticketWithThread("Support Pipeline", "Waiting on contact");
    expect(await dryRun(ticket.id, { type: "message.received", data: { threadKey: thread.threadKey } })).toMatchObject({
      ok: true,
      status: { after: "Waiting on us" },
    });
    const forwarded = await dryRun(ticket.id, {
      type: "message.received",
      data: { threadKey: thread.threadKey, forwarded: true },
    });
    expect(forwarded).toMatchObject({
      ok: true,
      status: { before: "Waiting on contact", after: "Waiting on contact" },
    });
    expect(forwarded.ok && forwarded.reasons).toEqual([
      expect.stringContaining("forwarded emails never change the status"),
    ]);
  });

  it("says when close-date automation is off, and refuses what the engine refuses", async () => {
    const { ticket, pipeline } = await ticketWithThread("Billing & Refunds", "Received");
    await db.pipelineAutomation.update({ where: { pipelineId: pipeline.id }, data: { closeDateAutomation: false } });
    const view = await dryRun(ticket.id, {
      type: "ticket.updated",
      data: { statusId: pipeline.status("Refund issued") },
    });
    expect(view).toMatchObject({ ok: true, closeDate: { before: null, after: null } });
    expect(view.ok && view.reasons).toContainEqual(expect.stringContaining("close-date automation is off"));
    await db.pipelineAutomation.update({ where: { pipelineId: pipeline.id }, data: { closeDateAutomation: true } });
    const support = await ticketWithThread("Support Pipeline", "New");
    expect(
      await dryRun(ticket.id, { type: "ticket.updated", data: { statusId: support.pipeline.status("Closed") } }),
    ).toMatchObject({ ok: false, message: expect.stringContaining("not in pipeline") });
  });

  it("refuses anonymous users", async () => {
    const { ticket } = await ticketWithThread("Support Pipeline", "New");
    await actAs(null);
    expect(
      await testAutomationAction({ ticketId: ticket.id, event: { type: "email.sent", data: { sentFrom: "ticket" } } }),
    ).toMatchObject({ ok: false, error: { status: 401 } });
    await actAs("AGENT");
  });
});
