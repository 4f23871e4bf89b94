// A ticket made by hand has no thread. Its first automated email to the contact ("Ticket
// received", the New status's action) starts one: recorded as an OUTBOUND message with the
// Message-ID it was sent with, made the ticket's origin thread by the engine, so the contact's
// reply (In-Reply-To that Message-ID, over SMTP) lands on the ticket and trigger B moves it.
// A step re-run after a crash starts one thread, not two.
import crypto from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { createTicketAction } from "@/lib/tickets/actions";
import { RULE } from "@/lib/automation";
import { db, dbHandle } from "@/lib/db";
import { runDueJobs } from "@/lib/jobs";
import { RUN_WORKFLOW_STEP } from "@/lib/workflows/run";
import { seededPipeline, ticketRow } from "../support/engine-fixtures";
import { actAs } from "../support/users";
import {
  advanceClock,
  aWorkflow,
  clock,
  crashingBeforeCompletion,
  drain,
  outboxOf,
  resetClock,
  TEST_RETRY,
  useCaptureMail,
} from "./workflow-run-fixtures";
import { INBOX, useInboundSmtp } from "../support/inbound-smtp";
import { newId } from "@/lib/db/ids";

const smtp = useInboundSmtp({ maxBytes: 64 * 1024 });
let support: Awaited<ReturnType<typeof seededPipeline>>;

beforeAll(async () => {
  useCaptureMail();
  support = await seededPipeline();
  await actAs("AGENT");
});

/** The New ticket form: the ticket enters "New", whose status action sends "Ticket received". */
async function ticketByHand() {
  const contactEmail = `${crypto.randomUUID().slice(0, 8)}@customer.example`;
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
  resetClock(); // its first step job is due at the database's now
  return { id: created.data.id, contactEmail };
}

async function threadsOf(ticketId: string) {
  return db.thread.findMany({ where: { ticketId }, include: { messages: { orderBy: { createdAt: "asc" } } } });
}

describe("an automated email to a ticket made by hand", () => {
  it("starts the ticket's origin thread; the contact's reply by In-Reply-To lands there and trigger B moves the ticket", async () => {
    const bystander = await aWorkflow([
      { action: { type: "create_task", title: "Never", notes: "", assignTo: "owner" } },
    ]);
    const ticket = await ticketByHand();
    expect(await threadsOf(ticket.id)).toEqual([]);
    await drain();

    const [sent, ...more] = await outboxOf(ticket.id);
    expect(more).toEqual([]);
    expect(sent).toMatchObject({ toEmail: ticket.contactEmail, subject: "We received your request: Call back" });
    const [thread, ...others] = await threadsOf(ticket.id);
    expect(others).toEqual([]);
    expect(thread).toMatchObject({ threadKey: sent!.messageId, subject: sent!.subject });
    expect(thread!.messages).toEqual([
      expect.objectContaining({
        messageId: sent!.messageId,
        direction: "OUTBOUND",
        sentFrom: null,
        toEmail: ticket.contactEmail,
      }),
    ]);
    // The origin thread, and nothing else: an automated email is not trigger A, and the fixture's workflow enrols nothing.
    expect(await ticketRow(ticket.id)).toMatchObject({ originThreadId: thread!.id, statusId: support.status("New") });
    expect(await db.workflowEnrollment.count({ where: { workflowId: bystander.id } })).toBe(0);

    const replyId = `<${crypto.randomUUID()}@customer.example>`;
    await smtp.client.send({
      from: ticket.contactEmail,
      to: INBOX,
      subject: `Re: ${sent!.subject}`,
      text: "Thanks!",
      messageId: replyId,
      inReplyTo: sent!.messageId,
      references: [sent!.messageId],
    });
    expect(await db.message.findUniqueOrThrow({ where: { messageId: replyId } })).toMatchObject({
      threadId: thread!.id,
      direction: "INBOUND",
    });
    expect(await db.ticket.count({ where: { originThreadId: thread!.id } })).toBe(1);
    expect(await ticketRow(ticket.id)).toMatchObject({ statusId: support.status("Waiting on us") });
    const moved = await db.timelineEntry.findFirstOrThrow({ where: { ticketId: ticket.id, kind: "status_changed" } });
    expect(moved.ruleName).toBe(RULE.customerReplyTrigger);
  });

  it("does not replace an origin thread the ticket got first", async () => {
    const ticket = await ticketByHand();
    const earlier = await db.thread.create({
      data: { id: newId(), threadKey: `<${crypto.randomUUID()}@acme.example>`, ticketId: ticket.id },
    });
    await db.ticket.update({ where: { id: ticket.id }, data: { originThreadId: earlier.id } });
    await drain();
    const [sent] = await outboxOf(ticket.id);
    expect(sent!.inReplyTo).toBeNull(); // the earlier thread has no messages to reply to
    expect((await threadsOf(ticket.id)).map((t) => [t.id, t.messages.map((m) => m.messageId)])).toEqual([
      [earlier.id, [sent!.messageId]],
    ]);
    expect((await ticketRow(ticket.id)).originThreadId).toBe(earlier.id);
  });
});

describe("a step re-run after a crash", () => {
  it("sends the email once and starts one thread", async () => {
    const ticket = await ticketByHand();
    const [first] = await runDueJobs({
      handle: dbHandle(),
      handlers: { [RUN_WORKFLOW_STEP]: crashingBeforeCompletion() },
      now: clock.now,
      retry: TEST_RETRY,
      random: () => 1,
    });
    expect(first?.result.outcome).toBe("retry");
    expect(await outboxOf(ticket.id)).toHaveLength(1);
    expect(await threadsOf(ticket.id)).toEqual([]); // nothing of the step committed
    advanceClock(1_000);
    await drain();
    const [sent, ...more] = await outboxOf(ticket.id);
    expect(more).toEqual([]);
    const threads = await threadsOf(ticket.id);
    expect(threads.map((t) => [t.threadKey, t.messages.length])).toEqual([[sent!.messageId, 1]]);
    expect((await ticketRow(ticket.id)).originThreadId).toBe(threads[0]!.id);
  });
});
