// Issue 18 item 3: an email from a team inbox with a connected mailbox goes out through that
// mailbox's SMTP server (signed in with its credentials) and lands in its Sent folder over IMAP;
// an inbox without one keeps the global transport.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { sendMail } from "@/lib/mail/send-mail";
import { setSenderResolver } from "@/lib/mail/sender-transport";
import { closeMailboxPools, installMailboxSending } from "@/lib/mailboxes/sending/mailbox-sender";
import { createMailTransport, useMailTransport } from "@/lib/mail/transport";
import { startDovecot, type Dovecot } from "../support/dovecot";
import { connectMailbox, inboxChannelId, mailboxSettings, useServerSecret } from "../support/mailboxes";
import { startSubmissionServer } from "../support/submission-server";

let dovecot: Dovecot;
let smtp: Awaited<ReturnType<typeof startSubmissionServer>>;

beforeAll(async () => {
  useServerSecret();
  useMailTransport(createMailTransport({})); // the global transport: capture
  installMailboxSending(); // as lib/mailboxes/start.ts and scripts/worker.ts do
  dovecot = await startDovecot();
  smtp = await startSubmissionServer(dovecot.user, dovecot.password);
  await connectMailbox(mailboxSettings(await inboxChannelId("Support inbox"), dovecot, smtp.port));
});
afterAll(async () => {
  useMailTransport(undefined);
  setSenderResolver(undefined);
  closeMailboxPools();
  await smtp?.close();
  dovecot?.dispose();
});

async function sentFolderMessageIds(): Promise<string[]> {
  const client = await dovecot.client();
  const ids: string[] = [];
  const lock = await client.getMailboxLock("Sent");
  try {
    if ((client.mailbox && client.mailbox.exists) || 0) {
      for await (const m of client.fetch("1:*", { envelope: true }))
        if (m.envelope?.messageId) ids.push(m.envelope.messageId);
    }
  } finally {
    lock.release();
    await client.logout();
  }
  return ids;
}

describe("sending through the connected mailbox", () => {
  it("sends a reply from the team inbox through the mailbox's SMTP and keeps a copy in Sent", async () => {
    const sent = await sendMail({
      from: '"Avery Admin" <support@acme.example>',
      replyTo: "support@acme.example",
      to: "casey@customer.example",
      subject: "Re: Printer on fire",
      text: "We are on it.",
      idempotencyKey: "mailbox-sending-1",
    });
    expect(sent).toMatchObject({ transport: "smtp", duplicate: false });
    expect(smtp.received).toHaveLength(1);
    expect(smtp.received[0]).toMatchObject({ subject: "Re: Printer on fire", messageId: sent.messageId });
    expect(await sentFolderMessageIds()).toContain(sent.messageId);
    expect(await db.outboxEmail.findUniqueOrThrow({ where: { messageId: sent.messageId } })).toMatchObject({
      transport: "smtp",
    });
    // The same key again sends nothing (the Outbox knows it).
    expect(
      await sendMail({
        from: '"Avery Admin" <support@acme.example>',
        to: "casey@customer.example",
        subject: "Re: Printer on fire",
        text: "We are on it.",
        idempotencyKey: "mailbox-sending-1",
      }),
    ).toMatchObject({ duplicate: true });
    expect(smtp.received).toHaveLength(1);
  });

  it("an inbox without a connected mailbox keeps the global transport", async () => {
    const sent = await sendMail({
      from: '"Avery Admin" <billing@acme.example>',
      to: "casey@customer.example",
      subject: "Your refund",
      text: "Done.",
      idempotencyKey: "mailbox-sending-2",
    });
    expect(sent.transport).toBe("capture");
    expect(smtp.received).toHaveLength(1);
  });

  it("a refused SMTP login fails the send (deliver_email retries it with backoff)", async () => {
    closeMailboxPools();
    await smtp.close();
    smtp = await startSubmissionServer(dovecot.user, "rotated-by-the-provider");
    await db.channelMailbox.updateMany({ data: { smtpPort: smtp.port, version: { increment: 1 } } });
    await expect(
      sendMail({
        from: "support@acme.example",
        to: "casey@customer.example",
        subject: "Hello",
        text: "Hi",
        idempotencyKey: "mailbox-sending-3",
      }),
    ).rejects.toMatchObject({ code: "EAUTH" });
  });
});
