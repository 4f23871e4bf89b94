// The inbound SMTP server's refusals and the emails that change nothing: unknown recipient 550,
// over-size 552, unparsable 554 (nothing stored), the same Message-ID twice stored once,
// forwarded mail and auto-replies never moving a ticket, auto-replies never opening one.
import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { resetEnvForTests } from "@/lib/env";
import { startInboundSmtpFromEnv } from "@/lib/mail/inbound/start";
import { aTicket, rowCounts, seededPipeline } from "../support/engine-fixtures";
import { refusal, smtpClient, type SmtpClient } from "../support/smtp";
import { INBOX, newMessageId, someone, useInboundSmtp } from "../support/inbound-smtp";
import { newId } from "@/lib/db/ids";

const MAX_BYTES = 64 * 1024;
const smtp = useInboundSmtp({ maxBytes: MAX_BYTES });

/** A ticket opened by email, and what its contact replies on its thread. */
async function openedTicket() {
  const from = someone();
  const first = newMessageId();
  await smtp.client.send({ from, to: INBOX, subject: "Broken login", text: "I cannot log in.", messageId: first });
  const { thread } = await db.message.findUniqueOrThrow({
    where: { messageId: first },
    select: { thread: { select: { ticketId: true } } },
  });
  const ticket = await db.ticket.findUniqueOrThrow({ where: { id: thread.ticketId! } });
  const reply = (extra: Parameters<SmtpClient["send"]>[0]) =>
    smtp.client.send({
      from,
      to: INBOX,
      subject: "Re: Broken login",
      text: "More.",
      inReplyTo: first,
      references: [first],
      ...extra,
    });
  return { ticket, reply };
}

describe("refusals", () => {
  it("answers 550 for an address no team inbox has", async () => {
    const refused = await refusal(
      smtp.client.send({ from: someone(), to: "nobody@acme.example", subject: "Hi", text: "Hello" }),
    );
    expect(refused).toMatchObject({
      code: 550,
      response: expect.stringContaining("No team inbox has the address <nobody@acme.example>"),
    });
  });

  it("answers 552 for a message over the size limit and 554 for one that does not parse, storing nothing", async () => {
    const before = await rowCounts();
    const big = await refusal(
      smtp.client.send({ from: someone(), to: INBOX, subject: "Logs", text: "x".repeat(MAX_BYTES + 1) }),
    );
    expect(big.code).toBe(552);
    const broken = await refusal(
      smtp.client.send({ envelope: { from: someone(), to: [INBOX] }, raw: "no headers at all, just words\r\n" }),
    );
    expect(broken).toMatchObject({ code: 554, response: expect.stringContaining("no header section") });
    const anonymous = await refusal(
      smtp.client.send({ envelope: { from: someone(), to: [INBOX] }, raw: "Subject: hi\r\n\r\nwho am I?\r\n" }),
    );
    expect(anonymous).toMatchObject({
      code: 554,
      response: expect.stringContaining("no sender address in its From header"),
    });
    expect(await rowCounts()).toEqual(before);
  });
});

describe("what arrives", () => {
  it("files each message of a kept-open connection in the inbox its own RCPT TO named", async () => {
    const messages = [
      { to: INBOX, messageId: newMessageId() },
      { to: "billing@acme.example", messageId: newMessageId() },
      { to: "BILLING@acme.example", messageId: newMessageId() },
      { to: INBOX, messageId: newMessageId() },
    ];
    for (const { to, messageId } of messages) {
      await smtp.client.send({ from: someone(), to, subject: "Which inbox", text: "Hello.", messageId });
    }
    const inboxes = await Promise.all(
      messages.map(async ({ messageId }) => {
        const { thread } = await db.message.findUniqueOrThrow({
          where: { messageId },
          select: { thread: { select: { channel: { select: { address: true } } } } },
        });
        return thread.channel?.address;
      }),
    );
    expect(inboxes).toEqual([INBOX, "billing@acme.example", "billing@acme.example", INBOX]);
  });

  it("stores the same Message-ID delivered twice once", async () => {
    const messageId = newMessageId();
    const mail = { from: someone(), to: INBOX, subject: "Twice", text: "Same message.", messageId };
    await smtp.client.send(mail);
    const before = await rowCounts();
    expect((await smtp.client.send(mail)).response).toContain("already received");
    expect(await rowCounts()).toEqual(before);
    expect(await db.message.count({ where: { messageId } })).toBe(1);
  });

  it("marks a forwarded email on the ticket's thread and leaves the ticket as it was", async () => {
    const { ticket, reply } = await openedTicket();
    const messageId = newMessageId();
    await reply({
      subject: "Fwd: Broken login",
      text: "---------- Forwarded message ----------\nFrom: boss",
      messageId,
    });
    expect(await db.message.findUniqueOrThrow({ where: { messageId } })).toMatchObject({
      forwarded: true,
      autoReply: false,
    });
    expect(await db.ticket.findUniqueOrThrow({ where: { id: ticket.id } })).toMatchObject({
      statusId: ticket.statusId,
      version: ticket.version,
    });
  });

  it("stores auto-replies without moving the ticket or opening one", async () => {
    const { ticket, reply } = await openedTicket();
    const outOfOffice = newMessageId();
    await reply({ subject: "Out of office", messageId: outOfOffice, headers: { "Auto-Submitted": "auto-replied" } });
    expect(await db.message.findUniqueOrThrow({ where: { messageId: outOfOffice } })).toMatchObject({
      autoReply: true,
    });
    expect(await db.ticket.findUniqueOrThrow({ where: { id: ticket.id } })).toMatchObject({
      statusId: ticket.statusId,
      version: ticket.version,
    });

    const tickets = await db.ticket.count();
    const bounce = newMessageId();
    await smtp.client.send({
      envelope: { from: "", to: [INBOX] },
      from: "MAILER-DAEMON@mail.example",
      to: INBOX,
      subject: "Undelivered",
      text: "It bounced.",
      messageId: bounce,
    });
    const stored = await db.message.findUniqueOrThrow({
      where: { messageId: bounce },
      select: { autoReply: true, thread: { select: { ticketId: true } } },
    });
    expect(stored).toEqual({ autoReply: true, thread: { ticketId: null } });
    expect(await db.ticket.count()).toBe(tickets);
  });
});

describe("new text", () => {
  it("stores a reply's new text without the quoted history and signature, and null when all of it is new", async () => {
    const { reply } = await openedTicket();
    const messageId = newMessageId();
    const text =
      "It works now, thanks!\n\nSent from my iPhone\n\nOn Tue, 1 Dec 2026 at 10:00, Support <support@acme.example> wrote:\n> Please try again.";
    await reply({ text, messageId });
    expect(await db.message.findUniqueOrThrow({ where: { messageId }, select: { text: true, newText: true } })).toEqual(
      {
        text,
        newText: "It works now, thanks!",
      },
    );
    const plain = newMessageId();
    await reply({ text: "One more question.", messageId: plain });
    expect((await db.message.findUniqueOrThrow({ where: { messageId: plain } })).newText).toBeNull();
  });
});

describe("threading", () => {
  it("finds the thread of a message an API event recorded without angle brackets", async () => {
    const ticket = await aTicket("New");
    const apiMessageId = `${crypto.randomUUID()}@api.example`;
    await db.message.create({
      data: {
        id: newId(),
        threadId: ticket.threadId,
        messageId: apiMessageId,
        direction: "OUTBOUND",
        fromEmail: INBOX,
        text: "Hi",
      },
    });
    const messageId = newMessageId();
    await smtp.client.send({
      from: ticket.contactEmail,
      to: INBOX,
      subject: "Re: Hi",
      text: "Thanks",
      messageId,
      inReplyTo: `<${apiMessageId}>`,
    });
    expect((await db.message.findUniqueOrThrow({ where: { messageId } })).threadId).toBe(ticket.threadId);
    const pipeline = await seededPipeline();
    expect((await db.ticket.findUniqueOrThrow({ where: { id: ticket.id } })).statusId).toBe(
      pipeline.status("Waiting on us"),
    );
  });
});

describe("from the environment", () => {
  it("stays off unless TICKETFLOW_SMTP_INBOUND_ENABLED, then listens where configured", async () => {
    const globals = globalThis as { ticketflowInboundSmtp?: unknown };
    resetEnvForTests();
    expect(await startInboundSmtpFromEnv()).toBeNull();
    delete globals.ticketflowInboundSmtp;
    Object.assign(process.env, {
      TICKETFLOW_SMTP_INBOUND_ENABLED: "true",
      TICKETFLOW_SMTP_INBOUND_PORT: "0",
      TICKETFLOW_SMTP_INBOUND_HOST: "127.0.0.1",
    });
    resetEnvForTests();
    const server = await startInboundSmtpFromEnv();
    try {
      expect(server?.port).toBeGreaterThan(0);
      const configured = smtpClient(server!.port);
      const messageId = newMessageId();
      await configured.send({
        from: someone(),
        to: INBOX,
        subject: "Via the configured server",
        text: "Hello",
        messageId,
      });
      configured.close();
      expect(await db.message.count({ where: { messageId } })).toBe(1);
    } finally {
      await server?.close();
      delete globals.ticketflowInboundSmtp;
      resetEnvForTests();
    }
  });
});
