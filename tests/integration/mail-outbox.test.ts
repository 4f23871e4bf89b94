// Outgoing mail: the capture transport's Outbox, idempotency by key, SMTP, the deliver_email job.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db, dbHandle } from "@/lib/db";
import { enqueueJob, runDueJobs } from "@/lib/jobs";
import { jobHandlers } from "@/lib/job-handlers";
import { createMailTransport, listOutbox, messageIdFor, sendMail, useMailTransport } from "@/lib/mail";
import { startSmtpSink, type SmtpSink } from "../support/smtp";

const message = {
  to: "customer@example.org",
  from: "Support <support@acme.test>",
  subject: "Ticket received",
  text: "We got your message.",
};

beforeAll(() => useMailTransport(createMailTransport({})));
afterAll(() => useMailTransport(undefined));
beforeEach(async () => {
  await db.outboxEmail.deleteMany();
  await db.job.deleteMany();
});

describe("the capture transport", () => {
  it("stores the message in the Outbox with a Message-ID derived from the idempotency key", async () => {
    const ticket = await db.ticket.findFirstOrThrow({ select: { id: true } });
    const sent = await sendMail({
      ...message,
      inReplyTo: "abc@mail.example.org",
      ticketId: ticket.id,
      idempotencyKey: "k-1",
    });
    expect(sent).toEqual({ messageId: messageIdFor("k-1", message.from), transport: "capture", duplicate: false });
    expect(sent.messageId).toMatch(/^<tf\.[0-9a-f]{40}@acme\.test>$/);
    const [row] = await listOutbox({ limit: 10 });
    expect(row).toMatchObject({
      messageId: sent.messageId,
      inReplyTo: "<abc@mail.example.org>",
      fromEmail: message.from,
      toEmail: message.to,
      subject: message.subject,
      text: message.text,
      transport: "capture",
      ticketId: ticket.id,
    });
  });

  it("stores one message when the same idempotency key is sent twice", async () => {
    const first = await sendMail({ ...message, idempotencyKey: "same" });
    const second = await sendMail({ ...message, text: "a retry", idempotencyKey: "same" });
    expect(second).toEqual({ ...first, duplicate: true });
    expect(await db.outboxEmail.count()).toBe(1);
    await sendMail({ ...message, idempotencyKey: "different" });
    expect(await db.outboxEmail.count()).toBe(2);
  });

  it("lists the Outbox newest first, optionally for one ticket", async () => {
    const ticket = await db.ticket.findFirstOrThrow({ select: { id: true } });
    for (const n of [1, 2, 3]) {
      await sendMail({
        ...message,
        subject: `#${n}`,
        ticketId: n === 2 ? undefined : ticket.id,
        idempotencyKey: `list-${n}`,
      });
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    expect((await listOutbox({ limit: 10 })).map((row) => row.subject)).toEqual(["#3", "#2", "#1"]);
    expect((await listOutbox({ limit: 1 })).map((row) => row.subject)).toEqual(["#3"]);
    expect((await listOutbox({ limit: 10, ticketId: ticket.id })).map((row) => row.subject)).toEqual(["#3", "#1"]);
  });
});

describe("the deliver_email job", () => {
  it("sends through the transport once, even when an earlier attempt sent before it could complete", async () => {
    const ticket = await db.ticket.findFirstOrThrow({ select: { id: true } });
    const { id } = await enqueueJob(db, { type: "deliver_email", payload: message, ticketId: ticket.id });
    // an earlier attempt handed the message over, then its worker died before recording completion
    await sendMail({ ...message, idempotencyKey: `job:${id}` });
    const [ran] = await runDueJobs({ handle: dbHandle(), handlers: jobHandlers, now: new Date(Date.now() + 10) });
    expect(ran?.result.outcome).toBe("succeeded");
    expect(await db.outboxEmail.count()).toBe(1);

    const { id: secondId } = await enqueueJob(db, { type: "deliver_email", payload: message, ticketId: ticket.id });
    await runDueJobs({ handle: dbHandle(), handlers: jobHandlers, now: new Date(Date.now() + 10) });
    const rows = await listOutbox();
    expect(rows.map((row) => row.jobId)).toEqual([secondId, null]);
  });

  it("fails a job whose payload is not an email, without retrying", async () => {
    const { id } = await enqueueJob(db, { type: "deliver_email", payload: { to: "x@example.org" } });
    await runDueJobs({ handle: dbHandle(), handlers: jobHandlers, now: new Date(Date.now() + 10) });
    const job = await db.job.findUniqueOrThrow({ where: { id: id! } });
    expect(job.state).toBe("FAILED");
    expect(job.lastError).toMatch(/invalid payload: from: .*subject: .*text: /);
  });
});

describe("the SMTP transport", () => {
  let server: SmtpSink;
  beforeAll(async () => (server = await startSmtpSink()));
  afterAll(() => server.close());

  it("sends over SMTP, records the message as smtp, and does not resend the same key", async () => {
    const smtp = createMailTransport({ smtpUrl: server.url });
    try {
      const first = await sendMail(
        { ...message, inReplyTo: "<root@example.org>", references: ["<root@example.org>"], idempotencyKey: "smtp-1" },
        { transport: smtp },
      );
      const again = await sendMail({ ...message, idempotencyKey: "smtp-1" }, { transport: smtp });
      expect(first).toMatchObject({ transport: "smtp", duplicate: false });
      expect(again).toEqual({ ...first, duplicate: true });
      expect(server.messages).toHaveLength(1);
      expect(server.messages[0]).toMatchObject({
        messageId: first.messageId,
        inReplyTo: "<root@example.org>",
        subject: "Ticket received",
      });
      expect(await db.outboxEmail.findFirstOrThrow()).toMatchObject({ messageId: first.messageId, transport: "smtp" });
    } finally {
      smtp.transporter.close();
    }
  });
});
