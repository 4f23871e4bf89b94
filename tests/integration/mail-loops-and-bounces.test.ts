// Mail that real inboxes receive every day, over real SMTP on 127.0.0.1 (issue 19): a naive
// auto-responder answering every email with a new conversation gets no more than the hourly cap
// over 50 rounds; list mail gets no "Ticket received"; automated emails say they are automated;
// an Exchange out-of-office relayed by a forwarding rule does not reopen a closed ticket; an
// iCloud vacation reply and a German Outlook forward move nothing, a reply quoting a forward
// does; a bounce marks the delivery it returns; raw windows-1252 subjects and Reply-To.
import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import { db, dbHandle } from "@/lib/db";
import { runDueJobs } from "@/lib/jobs";
import { jobHandlers } from "@/lib/job-handlers";
import { pipelineNamed } from "../support/automate";
import { INBOX, newMessageId, someone, useInboundSmtp } from "../support/inbound-smtp";

const smtp = useInboundSmtp({ sink: true });

const runJobs = async () => {
  for (let i = 0; i < 5; i += 1) await runDueJobs({ handle: dbHandle(), handlers: jobHandlers, now: new Date() });
};
const sentTo = (address: string) => smtp.sink.messages.filter((m) => m.to && JSON.stringify(m.to).includes(address));
/** A raw message (CRLF), with the envelope sender a forwarding relay would use. */
const sendRaw = (lines: (string | Buffer)[], envelopeFrom = "relay@forwarder.example") =>
  smtp.client.send({
    envelope: { from: envelopeFrom, to: [INBOX] },
    raw: Buffer.concat(
      lines.map((l) => (typeof l === "string" ? Buffer.from(`${l}\r\n`) : Buffer.concat([l, Buffer.from("\r\n")]))),
    ),
  });

async function ticketOf(messageId: string) {
  const message = await db.message.findUniqueOrThrow({
    where: { messageId },
    include: { thread: { include: { ticket: { include: { contact: true } } } } },
  });
  return { message, ticket: message.thread.ticket };
}

/** A customer's ticket, its Ticket received delivered to the smtp.sink. */
async function openedTicket() {
  const from = someone();
  const first = newMessageId();
  await smtp.client.send({ from, to: INBOX, subject: "Broken login", text: "I cannot log in.", messageId: first });
  await runJobs();
  const { ticket } = await ticketOf(first);
  const received = await db.outboxEmail.findFirstOrThrow({ where: { ticketId: ticket!.id } });
  return { from, first, ticket: ticket!, received };
}

describe("mail loops", () => {
  it("a naive auto-responder answering every email with a new conversation gets at most the cap (50 rounds)", async () => {
    const responder = someone("autoresponder");
    let answered = 0;
    for (let round = 1; round <= 50; round += 1) {
      // It answers what it got; with nothing new it writes anyway (the worst case for us).
      const got = sentTo(responder).length;
      answered = got;
      await smtp.client.send({
        from: responder,
        to: INBOX,
        subject: `Thank you for your message (${round})`,
        text: "We have received your email and will answer soon.",
        messageId: newMessageId(),
      });
      await runJobs();
    }
    const automated = sentTo(responder);
    expect(answered).toBeLessThanOrEqual(5);
    expect(automated).toHaveLength(5);
    const tickets = await db.ticket.findMany({ where: { contact: { email: responder } }, select: { id: true } });
    expect(tickets).toHaveLength(50);
    const skipped = await db.timelineEntry.count({
      where: {
        ticketId: { in: tickets.map((t) => t.id) },
        summary: { contains: `${responder} already got 5 automated emails in the last hour` },
      },
    });
    expect(skipped).toBe(45);
  });

  it("our automated emails say so, and list mail gets none", async () => {
    const { from } = await openedTicket();
    const [received] = sentTo(from);
    expect(received!.headers.get("auto-submitted")).toBe("auto-generated");
    expect(received!.headers.get("x-auto-response-suppress")).toBe("All");

    const list = someone("list");
    const messageId = newMessageId();
    await smtp.client.send({
      from: list,
      to: INBOX,
      subject: "[announce] Release 2.0",
      text: "Hello subscribers",
      messageId,
      headers: { "List-Id": "<announce.lists.example>" },
    });
    await runJobs();
    const { message, ticket } = await ticketOf(messageId);
    expect(message.listMail).toBe(true);
    expect(sentTo(list)).toHaveLength(0);
    const line = await db.timelineEntry.findFirst({
      where: { ticketId: ticket!.id, summary: { contains: "it would answer a mailing-list message" } },
    });
    expect(line).not.toBeNull();
  });
});

describe("automatic replies and forwards on a ticket's thread", () => {
  it("an Exchange out-of-office relayed by a forwarding rule is stored, marked, and does not reopen a closed ticket", async () => {
    const { from, received, ticket } = await openedTicket();
    const support = await pipelineNamed("Support Pipeline");
    await db.ticket.update({ where: { id: ticket.id }, data: { statusId: support.status("Closed") } });
    const outOfOffice = newMessageId();
    await sendRaw([
      `From: Casey <${from}>`,
      `To: ${INBOX}`,
      `Subject: Automatic reply: ${received.subject}`,
      `Message-ID: ${outOfOffice}`,
      `In-Reply-To: ${received.messageId}`,
      "X-Auto-Response-Suppress: All",
      "Content-Type: text/plain; charset=utf-8",
      "",
      "I am out of the office until Monday.",
    ]);
    const { message, ticket: after } = await ticketOf(outOfOffice);
    expect(message.threadId).toBe(ticket.originThreadId);
    expect(message.autoReply).toBe(true);
    expect(after!.statusId).toBe(support.status("Closed"));
  });

  it("an iCloud vacation reply (no RFC 3834 header) and a German Outlook forward move nothing; a reply quoting a forward does", async () => {
    const { from, first, received, ticket } = await openedTicket();
    const support = await pipelineNamed("Support Pipeline");
    const statusBefore = ticket.statusId;
    const vacation = newMessageId();
    await sendRaw([
      `From: ${from}`,
      `To: ${INBOX}`,
      `Subject: Auto reply: ${received.subject}`,
      `Message-ID: ${vacation}`,
      `In-Reply-To: ${received.messageId}`,
      "X-Apple-Action: VACATION",
      "",
      "I am on vacation.",
    ]);
    const forward = newMessageId();
    await sendRaw([
      `From: ${from}`,
      `To: ${INBOX}`,
      "Subject: WG: Broken login",
      `Message-ID: ${forward}`,
      `In-Reply-To: ${first}`,
      "Content-Type: text/plain; charset=utf-8",
      "",
      "Zur Info.",
      "",
      "-----Ursprüngliche Nachricht-----",
      `Von: ${from}`,
      "Gesendet: Montag, 1. Dezember 2026 10:00",
      `An: ${INBOX}`,
      "Betreff: Broken login",
      "",
      "I cannot log in.",
    ]);
    expect((await ticketOf(vacation)).message.autoReply).toBe(true);
    expect((await ticketOf(forward)).message.forwarded).toBe(true);
    expect((await db.ticket.findUniqueOrThrow({ where: { id: ticket.id } })).statusId).toBe(statusBefore);

    const reply = newMessageId();
    await smtp.client.send({
      from,
      to: INBOX,
      // Replying to our email, quoting a history that holds a forward (a reply *to* the forward
      // itself never moves status: SPEC §4).
      subject: `Re: ${received.subject}`,
      inReplyTo: received.messageId,
      references: [first, received.messageId],
      messageId: reply,
      text: `Still broken, see below.\n\nOn Mon, 1 Dec 2026 at 10:05, ${from} wrote:\n> Zur Info.\n>\n> ---------- Forwarded message ---------\n> From: ${from}\n> Date: Mon, Dec 1, 2026 at 10:00 AM\n> Subject: Broken login\n> To: <${INBOX}>\n>\n> I cannot log in.`,
    });
    const { message } = await ticketOf(reply);
    expect(message.forwarded).toBe(false);
    expect(message.newText).toBe("Still broken, see below.");
    expect((await db.ticket.findUniqueOrThrow({ where: { id: ticket.id } })).statusId).toBe(
      support.status("Waiting on us"),
    );
  });
});

describe("bounces", () => {
  it("a DSN naming our email's Message-ID lands on its thread and marks that delivery bounced, with the reason", async () => {
    const { from, received, ticket } = await openedTicket();
    const dsn = newMessageId();
    await sendRaw(
      [
        "From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        `To: ${INBOX}`,
        "Subject: Delivery Status Notification (Failure)",
        `Message-ID: ${dsn}`,
        "MIME-Version: 1.0",
        'Content-Type: multipart/report; report-type=delivery-status; boundary="b1"',
        "",
        "--b1",
        "Content-Type: text/plain; charset=utf-8",
        "",
        `Your message wasn't delivered to ${from} because the address couldn't be found.`,
        "--b1",
        "Content-Type: message/delivery-status",
        "",
        "Reporting-MTA: dns; googlemail.com",
        "",
        `Final-Recipient: rfc822; ${from}`,
        "Action: failed",
        "Status: 5.1.1",
        "Diagnostic-Code: smtp; 550 5.1.1 The email account that you tried to reach does not exist.",
        "--b1",
        "Content-Type: text/rfc822-headers",
        "",
        `From: ${received.fromEmail}`,
        `To: ${from}`,
        `Subject: ${received.subject}`,
        `Message-ID: ${received.messageId}`,
        "--b1--",
      ],
      "",
    );
    const { message, ticket: after } = await ticketOf(dsn);
    expect(message).toMatchObject({ autoReply: true, bounce: true, threadId: ticket.originThreadId });
    expect(after!.statusId).toBe(ticket.statusId);
    const outbox = await db.outboxEmail.findUniqueOrThrow({ where: { id: received.id } });
    expect(outbox.bouncedAt).not.toBeNull();
    expect(outbox.bounceReason).toBe("550 5.1.1 The email account that you tried to reach does not exist.");
    const line = await db.timelineEntry.findFirstOrThrow({ where: { ticketId: ticket.id, kind: "email_bounced" } });
    expect(line.summary).toContain(`to ${from} bounced: 550 5.1.1`);
  });

  it("a Gmail bounce relayed as plain text with a rewritten sender opens no ticket and marks the recent delivery", async () => {
    const { from, received } = await openedTicket();
    const tickets = await db.ticket.count();
    const bounce = newMessageId();
    await sendRaw([
      "From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
      `To: ${INBOX}`,
      "Subject: Delivery Status Notification (Failure)",
      `Message-ID: ${bounce}`,
      `X-Failed-Recipients: ${from}`,
      "Content-Type: text/plain; charset=utf-8",
      "",
      `Delivery to the following recipient failed permanently:`,
      "",
      `     ${from}`,
    ]);
    const { message, ticket } = await ticketOf(bounce);
    expect(message).toMatchObject({ autoReply: true, bounce: true });
    expect(ticket).toBeNull();
    expect(await db.ticket.count()).toBe(tickets);
    expect((await db.outboxEmail.findUniqueOrThrow({ where: { id: received.id } })).bouncedAt).not.toBeNull();
  });
});

describe("addresses and charsets", () => {
  it("decodes a raw 8-bit windows-1252 subject, and files the message under its Reply-To", async () => {
    const messageId = newMessageId();
    const replyTo = someone("reply");
    await sendRaw([
      `From: Shop <noreply-${crypto.randomUUID().slice(0, 6)}@shop.example>`,
      `Reply-To: Jürgen <${replyTo}>`,
      `To: ${INBOX}`,
      Buffer.from("Subject: R\xfcckfrage zu Bestellung \x96 dringend", "latin1"),
      `Message-ID: ${messageId}`,
      "MIME-Version: 1.0",
      "Content-Type: text/plain; charset=windows-1252",
      "Content-Transfer-Encoding: 8bit",
      "",
      Buffer.from("Gr\xfc\xdfe aus K\xf6ln \x80", "latin1"),
    ]);
    const { message, ticket } = await ticketOf(messageId);
    expect(message.subject).toBe("Rückfrage zu Bestellung – dringend");
    expect(message.text).toBe("Grüße aus Köln €");
    expect(ticket!.contact!.email).toBe(replyTo);
    expect(message.fromEmail).toBe(replyTo);
  });

  it("refuses a message with a 200 KB header with a permanent 5xx, not a dropped connection", async () => {
    const huge = `X-Padding: ${"a".repeat(200 * 1024)}`;
    let reply: { response: string } | null = null;
    let code: number | undefined;
    try {
      reply = await sendRaw([`From: ${someone()}`, `To: ${INBOX}`, huge, "Subject: big header", "", "text"]);
    } catch (error) {
      code = (error as { responseCode?: number }).responseCode;
    }
    if (reply) expect(reply.response).toMatch(/^250 /);
    else expect(code).toBeGreaterThanOrEqual(500);
  });
});
