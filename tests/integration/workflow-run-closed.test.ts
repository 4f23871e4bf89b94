// The seeded Support Pipeline's Closed status runs "Ticket closed" to the contact and an
// internal notification to the owner (SPEC §5), through the engine and the jobs queue; every
// outcome is on the timeline (SPEC §7); a disabled workflow or a ticket that left the status
// of an unenrol-on-leave workflow stops cleanly.
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { changeTicket } from "@/lib/tickets/change-ticket";
import { aTicket, seededPipeline, ticketRow } from "../support/engine-fixtures";
import { userIdOf } from "../support/users";
import { drain, outboxOf, resetClock, stepEntries, useCaptureMail } from "./workflow-run-fixtures";
import { newId } from "@/lib/db/ids";

let support: Awaited<ReturnType<typeof seededPipeline>>;
let agentId: string;
let closedWorkflowId: string;
beforeAll(async () => {
  useCaptureMail();
  support = await seededPipeline();
  agentId = await userIdOf("AGENT");
  closedWorkflowId = (
    await db.workflow.findFirstOrThrow({ where: { statusId: support.status("Closed"), kind: "STATUS_ACTIONS" } })
  ).id;
});
beforeEach(async () => {
  resetClock();
  await db.workflow.update({ where: { id: closedWorkflowId }, data: { enabled: true, unenrollOnLeave: false } });
});

const close = (ticketId: string) =>
  changeTicket(ticketId, {
    kind: "status_change",
    toStatusId: support.status("Closed"),
    cause: { kind: "user", userId: agentId },
  });

describe("a ticket entering Closed in the Support Pipeline", () => {
  it("emails the contact 'Ticket closed' and notifies the owner, with timeline entries, then completes", async () => {
    const ticket = await aTicket("Waiting on us", { ownerId: agentId, subject: "Printer on fire" });
    await db.message.create({
      data: {
        id: newId(),
        threadId: ticket.threadId,
        messageId: "<first@customer.example>",
        direction: "INBOUND",
        fromEmail: ticket.contactEmail,
        text: "help",
      },
    });
    await close(ticket.id);
    resetClock();
    const ran = await drain();
    expect(ran.map((r) => r.result.outcome)).toEqual(["succeeded", "succeeded"]);

    const outbox = await outboxOf(ticket.id);
    expect(outbox).toHaveLength(2);
    const [toContact, toOwner] = outbox;
    expect(toContact).toMatchObject({
      toEmail: ticket.contactEmail,
      subject: "Your request has been resolved: Printer on fire",
      inReplyTo: "<first@customer.example>",
      transport: "capture",
      fromEmail: '"Acme Support" <support@acme.example>',
    });
    expect(toContact!.text).toContain(`We have closed ticket #${ticket.id}`);
    expect(toContact!.text).toContain("Hi Casey Contact");
    expect(toOwner).toMatchObject({ toEmail: "agent@example.com", subject: "Ticket closed: Printer on fire" });
    expect(toOwner!.text).toBe("Printer on fire was closed. Priority: Medium.");

    // the email joins the ticket's thread, so a reply to it is a reply on the ticket
    const outbound = await db.message.findUniqueOrThrow({ where: { messageId: toContact!.messageId } });
    expect(outbound).toMatchObject({
      threadId: ticket.threadId,
      direction: "OUTBOUND",
      sentFrom: null,
      inReplyTo: "<first@customer.example>",
    });

    const entries = await stepEntries(ticket.id);
    expect(entries.map((e) => [e.kind, e.summary])).toEqual([
      ["action_sent", `Email "Ticket closed" sent to ${ticket.contactEmail}.`],
      ["action_sent", 'Internal notification "Ticket closed: Printer on fire" sent to Alex Agent.'],
      ["workflow_completed", 'Workflow "Support Pipeline: Closed" completed.'],
    ]);
    expect(entries.every((e) => e.ruleName === "Support Pipeline: Closed" && e.depth === 1)).toBe(true);
    const enrollment = await db.workflowEnrollment.findFirstOrThrow({ where: { ticketId: ticket.id } });
    expect(enrollment).toMatchObject({ state: "COMPLETED", currentActionId: null });
    expect((await ticketRow(ticket.id)).closeDate).not.toBeNull();
  });

  it("skips the owner notification (and says why) when the ticket has no owner", async () => {
    const ticket = await aTicket("New");
    await close(ticket.id);
    resetClock();
    await drain();
    expect((await outboxOf(ticket.id)).map((m) => m.toEmail)).toEqual([ticket.contactEmail]);
    const entries = await stepEntries(ticket.id);
    expect(entries.map((e) => e.kind)).toEqual(["action_sent", "action_skipped", "workflow_completed"]);
    expect(entries[1]).toMatchObject({
      summary: "Skipped: the ticket has no owner to notify.",
      detail: { reason: "no_recipients", actionType: "send_internal_email" },
    });
  });

  it("sends nothing and unenrols when the workflow was turned off before its step ran", async () => {
    const ticket = await aTicket("New", { ownerId: agentId });
    await close(ticket.id);
    await db.workflow.update({ where: { id: closedWorkflowId }, data: { enabled: false } });
    resetClock();
    await drain();
    expect(await outboxOf(ticket.id)).toEqual([]);
    expect((await stepEntries(ticket.id)).map((e) => [e.kind, e.summary])).toEqual([
      ["workflow_unenrolled", 'Unenrolled: workflow "Support Pipeline: Closed" was turned off.'],
    ]);
    expect(await db.workflowEnrollment.findFirstOrThrow({ where: { ticketId: ticket.id } })).toMatchObject({
      state: "UNENROLLED",
    });
  });

  it("unenrols a ticket that left the status when the workflow unenrols on leave, and not otherwise", async () => {
    await db.workflow.update({ where: { id: closedWorkflowId }, data: { unenrollOnLeave: true } });
    const left = await aTicket("New", { ownerId: agentId });
    await close(left.id);
    await changeTicket(left.id, {
      kind: "status_change",
      toStatusId: support.status("Waiting on us"),
      cause: { kind: "user", userId: agentId },
    });
    resetClock();
    await drain();
    expect(await outboxOf(left.id)).toEqual([]);
    expect((await stepEntries(left.id))[0]).toMatchObject({
      kind: "workflow_unenrolled",
      summary: expect.stringContaining('now "Waiting on us"'),
    });

    await db.workflow.update({ where: { id: closedWorkflowId }, data: { unenrollOnLeave: false } });
    const stays = await aTicket("New", { ownerId: agentId });
    await close(stays.id);
    await changeTicket(stays.id, {
      kind: "status_change",
      toStatusId: support.status("Waiting on us"),
      cause: { kind: "user", userId: agentId },
    });
    resetClock();
    await drain();
    expect(await outboxOf(stays.id)).toHaveLength(2);
  });
});
