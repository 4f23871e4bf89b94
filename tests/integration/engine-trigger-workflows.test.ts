// Custom workflows with an event trigger (issue 6) through the one engine: a ticket created (by
// a channel's new conversation, or by hand), an email sent from the ticket record, the
// contact's reply on the ticket's thread. The enrolment and its first step job are written
// with the change; the worker runs the step and the notification reaches the Outbox.
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createTicketAction } from "@/lib/tickets/actions";
import { RULE } from "@/lib/automation";
import { db } from "@/lib/db";
import { aTicket, channelNamed, jobsOf, seededPipeline } from "../support/engine-fixtures";
import { emailEvent, messageEvent, postEvent } from "../support/events";
import { actAs } from "../support/users";
import {
  aTriggerWorkflow,
  enrolledEntry,
  enrollmentsOf,
  notificationsOf,
  removeTriggerWorkflows,
} from "./trigger-workflow-fixtures";
import { drain, resetClock, useCaptureMail } from "./workflow-run-fixtures";

let inbox: Awaited<ReturnType<typeof channelNamed>>;
beforeAll(async () => {
  useCaptureMail();
  inbox = await channelNamed("Support inbox");
  await actAs("AGENT");
});
beforeEach(() => resetClock());
afterEach(() => removeTriggerWorkflows());

const ranFor = async (workflowName: string, ticketId: string) => {
  resetClock();
  await drain();
  return notificationsOf(workflowName).then((emails) =>
    emails.filter((e) => e.ticketId === ticketId).map((e) => e.toEmail),
  );
};

describe("trigger: ticket created", () => {
  it("a new conversation's ticket enrols, with its first step job, and the workflow's email goes out", async () => {
    const workflow = await aTriggerWorkflow("TICKET_CREATED");
    const result = await postEvent(messageEvent({ channelId: inbox.id }));
    const ticketId = result.body.ticketId as string;
    const enrollment = await db.workflowEnrollment.findFirstOrThrow({ where: { ticketId, workflowId: workflow.id } });
    expect(enrollment.state).toBe("ACTIVE");
    expect(await jobsOf(ticketId)).toContainEqual(
      expect.objectContaining({
        type: "run_workflow_step",
        enrollmentId: enrollment.id,
        causeEventId: result.body.eventId,
      }),
    );
    expect(await enrolledEntry(ticketId, workflow.id)).toMatchObject({
      ruleName: RULE.ticketCreatedTrigger,
      eventId: result.body.eventId,
      depth: 1,
      summary: `Enrolled in workflow "${workflow.name}": the ticket was created`,
    });
    expect(result.body.effects).toContainEqual(
      expect.objectContaining({ type: "enroll", workflowId: workflow.id, trigger: "TICKET_CREATED" }),
    );
    expect(await ranFor(workflow.name, ticketId)).toEqual(["agent@example.com"]);
  });

  it("a ticket made with the New ticket form enrols too, credited to the person", async () => {
    const workflow = await aTriggerWorkflow("TICKET_CREATED");
    const support = await seededPipeline();
    const created = await createTicketAction({
      pipelineId: support.id,
      statusId: support.status("Waiting on us"),
      subject: "By hand",
      description: "",
      contactEmail: "",
      priority: "LOW",
      ownerId: null,
    });
    if (!created.ok) throw new Error(created.error.message);
    expect(await enrollmentsOf(created.data.id)).toEqual([{ workflowId: workflow.id, state: "ACTIVE" }]);
    expect(await enrolledEntry(created.data.id, workflow.id)).toMatchObject({
      ruleName: RULE.ticketCreatedTrigger,
      actorUserId: expect.any(String),
      eventId: null,
    });
    expect(await ranFor(workflow.name, created.data.id)).toEqual(["agent@example.com"]);
  });

  it("does not enrol from a workflow of another pipeline, one turned off (silently: a draft), or one whose filters do not match", async () => {
    const billing = await aTriggerWorkflow("TICKET_CREATED", { pipeline: "Billing & Refunds" });
    const off = await aTriggerWorkflow("TICKET_CREATED", { enabled: false });
    const urgentOnly = await aTriggerWorkflow("TICKET_CREATED", {
      enrollmentFilterGroups: [[{ property: "priority", operator: "is", value: "URGENT" }]],
    });
    const ticketId = (await postEvent(messageEvent({ channelId: inbox.id }))).body.ticketId as string;
    const enrolled = (await enrollmentsOf(ticketId)).map((e) => e.workflowId);
    expect(enrolled).not.toContain(billing.id);
    expect(enrolled).not.toContain(off.id);
    expect(enrolled).not.toContain(urgentOnly.id);
    const skipped = await db.timelineEntry.findMany({
      where: { ticketId, kind: "workflow_skipped" },
      select: { summary: true, ruleName: true },
    });
    expect(skipped).toEqual(
      expect.arrayContaining([
        {
          summary: `Workflow "${urgentOnly.name}" did not run: the ticket matches none of the workflow's enrollment filter groups`,
          ruleName: RULE.ticketCreatedTrigger,
        },
      ]),
    );
    expect(skipped.map((entry) => entry.summary).filter((summary) => summary.includes(off.name))).toEqual([]);
    expect(await ranFor(billing.name, ticketId)).toEqual([]);
  });
});

describe("trigger: an email is sent to a customer from the ticket record", () => {
  it("enrols on email.sent from the ticket and runs; an email from the contact record enrols nothing", async () => {
    const workflow = await aTriggerWorkflow("EMAIL_SENT_FROM_TICKET");
    const ticket = await aTicket("New");
    const fromContact = await postEvent(
      emailEvent({
        ticketId: ticket.id,
        contactEmail: ticket.contactEmail,
        threadKey: ticket.threadKey,
        sentFrom: "contact",
      }),
    );
    expect(fromContact.status).toBe(200);
    expect(await enrollmentsOf(ticket.id)).toEqual([]);
    const fromTicket = await postEvent(
      emailEvent({ ticketId: ticket.id, contactEmail: ticket.contactEmail, threadKey: ticket.threadKey }),
    );
    expect(await enrollmentsOf(ticket.id)).toEqual([{ workflowId: workflow.id, state: "ACTIVE" }]);
    expect(await enrolledEntry(ticket.id, workflow.id)).toMatchObject({
      ruleName: RULE.emailSentWorkflowTrigger,
      eventId: fromTicket.body.eventId,
    });
    expect(await ranFor(workflow.name, ticket.id)).toEqual(["agent@example.com"]);
  });
});

describe("trigger: a customer replies to an email", () => {
  const replyOn = (ticket: { threadKey: string; contactEmail: string }, extra: Record<string, unknown> = {}) =>
    postEvent(
      messageEvent({
        channelId: inbox.id,
        threadKey: ticket.threadKey,
        from: { email: ticket.contactEmail },
        ...extra,
      }),
    );

  it("enrols on the contact's reply and runs; a forwarded message does not; re-enrollment off enrols once", async () => {
    const workflow = await aTriggerWorkflow("CUSTOMER_REPLY", { reenrollment: false });
    const ticket = await aTicket("Waiting on contact");
    await replyOn(ticket, { forwarded: true });
    expect(await enrollmentsOf(ticket.id)).toEqual([]);
    const reply = await replyOn(ticket);
    expect(await enrollmentsOf(ticket.id)).toEqual([{ workflowId: workflow.id, state: "ACTIVE" }]);
    expect(await enrolledEntry(ticket.id, workflow.id)).toMatchObject({
      ruleName: RULE.customerReplyWorkflowTrigger,
      eventId: reply.body.eventId,
      summary: `Enrolled in workflow "${workflow.name}": the contact replied on the ticket's thread`,
    });
    expect(await ranFor(workflow.name, ticket.id)).toEqual(["agent@example.com"]);
    const again = await replyOn(ticket);
    expect(again.body.effects).toContainEqual(
      expect.objectContaining({ type: "skip_enrollment", workflowId: workflow.id, reason: "already_enrolled" }),
    );
    expect(await db.workflowEnrollment.count({ where: { ticketId: ticket.id } })).toBe(1);
  });

  it("does not enrol on a message from someone other than the contact", async () => {
    await aTriggerWorkflow("CUSTOMER_REPLY");
    const ticket = await aTicket("Waiting on contact");
    await replyOn(ticket, { from: { email: "colleague@customer.example" } });
    expect(await enrollmentsOf(ticket.id)).toEqual([]);
  });
});
