// SPEC §2 end to end through POST /api/v1/events: a new conversation on a channel that creates
// tickets becomes a ticket (contact, thread, message, status actions); on one that does not,
// the message is stored without a ticket.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { channelNamed, jobsOf, rowCounts, seededPipeline, timelineOf, unique } from "../support/engine-fixtures";
import { messageEvent, postEvent } from "../support/events";

let support: Awaited<ReturnType<typeof seededPipeline>>;
beforeAll(async () => {
  support = await seededPipeline();
});

describe("message.received on a new thread", () => {
  it("creates a ticket in the channel's pipeline and status, with contact, origin thread and message", async () => {
    const { id: channelId } = await channelNamed("Support inbox");
    const email = `${unique("new")}@Customer.Example`;
    const event = messageEvent({ channelId, from: { email, name: "Nora New" }, subject: "Broken login" });
    const result = await postEvent(event);
    expect(result.status).toBe(200);
    expect(result.body).toMatchObject({ eventId: event.id, duplicate: false, ticketId: expect.any(String) });
    expect(result.body.effects[0]).toMatchObject({
      type: "create_ticket",
      statusId: support.status("New"),
      source: "EMAIL",
    });

    const ticket = await db.ticket.findUniqueOrThrow({
      where: { id: result.body.ticketId },
      include: { contact: true, threads: { include: { messages: true } } },
    });
    expect(ticket).toMatchObject({
      subject: "Broken login",
      pipelineId: support.id,
      statusId: support.status("New"),
      source: "EMAIL",
      channelId,
      version: 1,
      closeDate: null,
    });
    expect(ticket.contact).toMatchObject({ email: email.toLowerCase(), name: "Nora New" });
    expect(ticket.threads).toHaveLength(1);
    expect(ticket.originThreadId).toBe(ticket.threads[0]!.id);
    expect(ticket.threads[0]!.messages).toMatchObject([
      { messageId: event.data.messageId, direction: "INBOUND", fromEmail: email.toLowerCase(), forwarded: false },
    ]);
    const timeline = await timelineOf(ticket.id);
    expect(timeline.map((e) => e.kind)).toEqual(["ticket_created", "workflow_enrolled"]);
    expect(timeline[0]).toMatchObject({ ruleName: "channel_ticket_creation", eventId: event.id });
  });

  it("starts the status's actions: the 'Ticket received' workflow is enrolled with a job, in the same transaction", async () => {
    const { id: channelId } = await channelNamed("Support inbox");
    const result = await postEvent(messageEvent({ channelId }));
    const enrollment = await db.workflowEnrollment.findFirstOrThrow({ where: { ticketId: result.body.ticketId } });
    const [job] = await jobsOf(result.body.ticketId);
    expect(job).toMatchObject({
      type: "run_workflow_step",
      state: "PENDING",
      enrollmentId: enrollment.id,
      causeEventId: expect.any(String),
      payload: expect.objectContaining({ enrollmentId: enrollment.id, workflowId: enrollment.workflowId, depth: 1 }),
    });
  });

  it("finds an existing contact by email, whatever its case", async () => {
    const { id: channelId } = await channelNamed("Support inbox");
    const contact = await db.contact.findFirstOrThrow({ orderBy: { email: "asc" } });
    const before = await rowCounts();
    const result = await postEvent(messageEvent({ channelId, from: { email: contact.email.toUpperCase() } }));
    expect((await db.ticket.findUniqueOrThrow({ where: { id: result.body.ticketId } })).contactId).toBe(contact.id);
    expect((await rowCounts()).contacts).toBe(before.contacts);
  });

  it("stores the message without a ticket on a channel whose ticket creation is off", async () => {
    const { id: channelId } = await channelNamed("Facebook Messenger");
    const before = await rowCounts();
    const event = messageEvent({ channelId });
    const result = await postEvent(event);
    expect(result.status).toBe(200);
    expect(result.body).toMatchObject({
      ticketId: null,
      effects: [
        {
          type: "store_without_ticket",
          reason: "ticket_creation_off",
          explanation: expect.stringMatching(/turned off/),
        },
      ],
    });
    const thread = await db.thread.findUniqueOrThrow({
      where: { threadKey: event.data.threadKey },
      include: { messages: true },
    });
    expect(thread).toMatchObject({ ticketId: null, channelId });
    expect(thread.messages).toHaveLength(1);
    const after = await rowCounts();
    expect(after.tickets).toBe(before.tickets);
    expect(after.jobs).toBe(before.jobs);
  });

  it("stops creating tickets once a channel's creation is turned off, and resumes when turned on", async () => {
    const { id: channelId } = await channelNamed("Billing inbox");
    await db.channel.update({ where: { id: channelId }, data: { createsTickets: false } });
    expect((await postEvent(messageEvent({ channelId }))).body.ticketId).toBeNull();
    await db.channel.update({ where: { id: channelId }, data: { createsTickets: true } });
    expect((await postEvent(messageEvent({ channelId }))).body.ticketId).toEqual(expect.any(String));
  });

  it("stores a follow-up on a ticketless thread on that thread, still without a ticket", async () => {
    const { id: channelId } = await channelNamed("Facebook Messenger");
    const first = messageEvent({ channelId });
    await postEvent(first);
    const result = await postEvent(messageEvent({ channelId, threadKey: first.data.threadKey, from: first.data.from }));
    expect(result.body).toMatchObject({ ticketId: null, effects: [] });
    expect(await db.message.count({ where: { thread: { threadKey: first.data.threadKey } } })).toBe(2);
  });

  it("takes the source from the channel type (a form creates a FORM ticket in its pipeline)", async () => {
    const form = await channelNamed("Refund request form");
    const result = await postEvent(
      messageEvent({ channelId: form.id, subject: null, text: "Refund order 42\nThanks" }),
    );
    const ticket = await db.ticket.findUniqueOrThrow({ where: { id: result.body.ticketId } });
    expect(ticket).toMatchObject({
      source: "FORM",
      pipelineId: form.pipelineId,
      statusId: form.statusId,
      subject: "Refund order 42",
    });
  });
});
