// A ticket made by hand has no thread it was created from. The first email sent to its contact
// from the ticket record starts that thread, so the contact's reply on it counts as "a customer
// replies to an email" (SPEC §4 trigger B, and the workflow trigger of the same name).
import crypto from "node:crypto";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { createTicketAction } from "@/lib/tickets/actions";
import { sendContactEmailAction } from "@/lib/composer/actions";
import { sendTicketEmailAction } from "@/lib/composer/actions";
import { RULE } from "@/lib/automation";
import { db } from "@/lib/db";
import { channelNamed, seededPipeline, ticketRow, unique } from "../support/engine-fixtures";
import { messageEvent, postEvent } from "../support/events";
import { actAs } from "../support/users";
import { aTriggerWorkflow, enrolledEntry, removeTriggerWorkflows } from "./trigger-workflow-fixtures";

let support: Awaited<ReturnType<typeof seededPipeline>>;
let inbox: Awaited<ReturnType<typeof channelNamed>>;
beforeAll(async () => {
  support = await seededPipeline();
  inbox = await channelNamed("Support inbox");
  await actAs("AGENT");
});
afterEach(() => removeTriggerWorkflows());

async function ticketByHand() {
  const contactEmail = `${unique("casey")}@customer.example`.toLowerCase();
  const created = await createTicketAction({
    pipelineId: support.id,
    statusId: support.status("New"),
    subject: "Call back",
    description: "",
    contactEmail,
    priority: "MEDIUM",
    ownerId: null,
  });
  if (!created.ok) throw new Error(created.error.message);
  return { id: created.data.id, contactEmail };
}

const email = { subject: "About your call", text: "Here is what we found." };
const replyOn = (threadKey: string, contactEmail: string) =>
  postEvent(messageEvent({ channelId: inbox.id, threadKey, from: { email: contactEmail } }));

describe("the origin thread of a ticket made by hand", () => {
  it("is the thread of the first email from the ticket record; the contact's reply on it moves the ticket (trigger B) and enrols", async () => {
    const workflow = await aTriggerWorkflow("CUSTOMER_REPLY");
    const ticket = await ticketByHand();
    expect((await ticketRow(ticket.id)).originThreadId).toBeNull();
    const sent = await sendTicketEmailAction({
      ticketId: ticket.id,
      sendKey: crypto.randomUUID(),
      threadId: null,
      ...email,
    });
    if (!sent.ok) throw new Error(sent.error.message);
    const thread = await db.thread.findFirstOrThrow({ where: { ticketId: ticket.id } });
    expect(await ticketRow(ticket.id)).toMatchObject({
      originThreadId: thread.id,
      statusId: support.status("Waiting on contact"),
    });

    const second = await sendTicketEmailAction({
      ticketId: ticket.id,
      sendKey: crypto.randomUUID(),
      threadId: null,
      ...email,
    });
    expect(second.ok).toBe(true);
    expect((await ticketRow(ticket.id)).originThreadId).toBe(thread.id);

    const reply = await replyOn(thread.threadKey, ticket.contactEmail);
    expect(await ticketRow(ticket.id)).toMatchObject({ statusId: support.status("Waiting on us") });
    const moved = await db.timelineEntry.findFirstOrThrow({
      where: { ticketId: ticket.id, kind: "status_changed", eventId: reply.body.eventId },
    });
    expect(moved.ruleName).toBe(RULE.customerReplyTrigger);
    expect(await enrolledEntry(ticket.id, workflow.id)).toMatchObject({
      ruleName: RULE.customerReplyWorkflowTrigger,
      eventId: reply.body.eventId,
    });
  });

  it("is not set by an email from the contact record: a reply on that thread leaves the ticket where it is", async () => {
    const workflow = await aTriggerWorkflow("CUSTOMER_REPLY");
    const ticket = await ticketByHand();
    const { contactId } = await ticketRow(ticket.id);
    const sent = await sendContactEmailAction({
      contactId: contactId!,
      ticketId: ticket.id,
      sendKey: crypto.randomUUID(),
      threadId: null,
      ...email,
    });
    if (!sent.ok) throw new Error(sent.error.message);
    expect((await ticketRow(ticket.id)).originThreadId).toBeNull();
    const thread = await db.thread.findFirstOrThrow({ where: { ticketId: ticket.id } });
    const reply = await replyOn(thread.threadKey, ticket.contactEmail);
    expect(reply.body.effects).toContainEqual(
      expect.objectContaining({ type: "keep_status", reason: "not_ticket_thread" }),
    );
    expect(await ticketRow(ticket.id)).toMatchObject({ statusId: support.status("New"), originThreadId: null });
    expect(await enrolledEntry(ticket.id, workflow.id)).toBeNull();
  });
});
