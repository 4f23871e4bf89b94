// Real email in and out on 127.0.0.1: a customer's email to the team inbox creates a ticket, the
// agent's reply from the ticket record reaches the (sink) mail server threaded, the customer's
// reply threads back and moves the ticket (SPEC §4), and a refusing server makes the send retry.
import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import { sendTicketEmailAction } from "@/lib/composer/actions";
import { db, dbHandle } from "@/lib/db";
import { runDueJobs } from "@/lib/jobs";
import { jobHandlers } from "@/lib/job-handlers";
import { pipelineNamed } from "../support/automate";
import { actAs } from "../support/users";
import { INBOX, newMessageId, useInboundSmtp } from "../support/inbound-smtp";

const smtp = useInboundSmtp({ sink: true });

const later = () => new Date(Date.now() + 60 * 60_000);
const runJobs = (now = new Date()) => runDueJobs({ handle: dbHandle(), handlers: jobHandlers, now });

async function ticketOfMessage(messageId: string) {
  const message = await db.message.findUniqueOrThrow({
    where: { messageId },
    select: { thread: { select: { id: true, ticketId: true } } },
  });
  return db.ticket.findUniqueOrThrow({
    where: { id: message.thread.ticketId! },
    include: { contact: true, status: true },
  });
}

async function agentReply(ticketId: string, threadId: string, subject: string) {
  await actAs("AGENT");
  const sent = await sendTicketEmailAction({
    ticketId,
    threadId,
    subject,
    text: "Thanks, we are on it.",
    sendKey: crypto.randomUUID(),
  });
  if (!sent.ok) throw new Error(sent.error.message);
  return (sent.data as { messageId: string }).messageId;
}

describe("a conversation over SMTP", () => {
  it("creates the ticket, sends the agent's reply threaded from the inbox, and the customer's replies move it (§4)", async () => {
    const pipeline = await pipelineNamed("Support Pipeline");
    const from = `${crypto.randomUUID().slice(0, 8)}@customer.example`;
    const first = newMessageId();
    await smtp.client.send({
      from: `Casey Customer <${from}>`,
      to: INBOX,
      subject: "Printer on fire",
      text: "It smokes.",
      messageId: first,
    });

    const ticket = await ticketOfMessage(first);
    expect(ticket).toMatchObject({
      subject: "Printer on fire",
      source: "EMAIL",
      statusId: pipeline.status("New"),
      contact: { email: from, name: "Casey Customer" },
    });
    const origin = await db.thread.findUniqueOrThrow({ where: { id: ticket.originThreadId! } });
    expect(origin.threadKey).toBe(first);

    const replyId = await agentReply(ticket.id, origin.id, "Re: Printer on fire");
    await runJobs();
    const delivered = smtp.sink.messages.find((m) => m.messageId === replyId);
    expect(delivered).toBeDefined();
    expect(delivered!.from?.value[0]).toMatchObject({ address: INBOX, name: expect.any(String) });
    expect(delivered!.replyTo?.value[0]?.address).toBe(INBOX);
    expect(delivered!.to).toMatchObject({ value: [{ address: from }] });
    expect(delivered!.subject).toBe("Re: Printer on fire");
    expect(delivered!.inReplyTo).toBe(first);
    expect([delivered!.references].flat()).toEqual([first]);
    expect((await db.ticket.findUniqueOrThrow({ where: { id: ticket.id } })).statusId).toBe(
      pipeline.status("Waiting on contact"),
    ); // trigger A

    const answer = newMessageId();
    await smtp.client.send({
      from,
      to: INBOX,
      subject: "Re: Printer on fire",
      text: "Still smoking.",
      messageId: answer,
      inReplyTo: replyId,
      references: [first, replyId],
    });
    expect((await db.message.findUniqueOrThrow({ where: { messageId: answer } })).threadId).toBe(origin.id);
    expect((await db.ticket.findUniqueOrThrow({ where: { id: ticket.id } })).statusId).toBe(
      pipeline.status("Waiting on us"),
    ); // trigger B

    await db.ticket.update({ where: { id: ticket.id }, data: { statusId: pipeline.status("Closed") } });
    const afterClose = newMessageId();
    await smtp.client.send({
      from,
      to: INBOX,
      subject: "Re: Printer on fire",
      text: "It is back.",
      messageId: afterClose,
      inReplyTo: answer,
      references: [first, replyId, answer],
    });
    expect((await db.ticket.findUniqueOrThrow({ where: { id: ticket.id } })).statusId).toBe(pipeline.status("New")); // reopened
    expect(await db.ticket.count({ where: { contact: { email: from } } })).toBe(1);
  });

  it("retries a reply the mail server refuses (550, then 421), with each attempt on the ticket's timeline", async () => {
    const first = newMessageId();
    await smtp.client.send({
      from: `${crypto.randomUUID().slice(0, 8)}@customer.example`,
      to: INBOX,
      subject: "Refund",
      text: "Please.",
      messageId: first,
    });
    const ticket = await ticketOfMessage(first);
    await runJobs(); // the ticket's own automation (e.g. "Ticket received"), so only the reply is left
    smtp.sink.refuseWith = 550;
    const replyId = await agentReply(ticket.id, ticket.originThreadId!, "Re: Refund");
    await runJobs();
    smtp.sink.refuseWith = 421;
    await runJobs(later());
    const job = await db.job.findFirstOrThrow({ where: { dedupeKey: `deliver_email:${replyId}` } });
    expect(job).toMatchObject({ state: "PENDING", attempts: 2, lastError: expect.stringContaining("421") });
    const entries = await db.timelineEntry.findMany({
      where: { ticketId: ticket.id, jobId: job.id },
      orderBy: { createdAt: "asc" },
    });
    expect(entries.map((e) => [e.kind, e.eventId])).toEqual([
      ["action_retried", job.causeEventId],
      ["action_retried", job.causeEventId],
    ]);
    expect(entries[0]!.summary).toMatch(/^Email to .* will be retried \(attempt 1 of 5\): .*550/);
    expect(smtp.sink.messages.some((m) => m.messageId === replyId)).toBe(false);

    smtp.sink.refuseWith = null;
    await runJobs(new Date(Date.now() + 24 * 60 * 60_000));
    expect(await db.job.findUniqueOrThrow({ where: { id: job.id } })).toMatchObject({
      state: "SUCCEEDED",
      attempts: 3,
    });
    expect(smtp.sink.messages.filter((m) => m.messageId === replyId)).toHaveLength(1);
  });

  it("a reply refused on every attempt is one line on the timeline, the job stays FAILED", async () => {
    const first = newMessageId();
    await smtp.client.send({
      from: `${crypto.randomUUID().slice(0, 8)}@customer.example`,
      to: INBOX,
      subject: "Lost",
      text: "Help.",
      messageId: first,
    });
    const ticket = await ticketOfMessage(first);
    await runJobs();
    smtp.sink.refuseWith = 550;
    const replyId = await agentReply(ticket.id, ticket.originThreadId!, "Re: Lost");
    for (let day = 0; day < 5; day++) await runJobs(new Date(Date.now() + day * 24 * 60 * 60_000));
    smtp.sink.refuseWith = null;
    const job = await db.job.findFirstOrThrow({ where: { dedupeKey: `deliver_email:${replyId}` } });
    expect(job).toMatchObject({ state: "FAILED", attempts: 5 });
    const failures = await db.timelineEntry.findMany({
      where: { ticketId: ticket.id, kind: { in: ["action_failed", "job_failed"] } },
    });
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatchObject({
      kind: "action_failed",
      jobId: job.id,
      summary: expect.stringMatching(/could not be sent \(attempt 5 of 5\): .*550/),
    });
  });
});
