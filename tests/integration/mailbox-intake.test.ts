// Issue 18 item 2/4/5: a team inbox reading its own mailbox on a real Dovecot (127.0.0.1): new
// mail filed once through the SMTP path (a ticket, a reply threads), old mail left alone, \Seen
// after filing; restart, a crash mid-batch, two instances, UIDVALIDITY change, the server going
// away and coming back, a wrong password — never twice, never skipped, never a silent stop.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { listMailboxIntakes, listSkippedMessages } from "@/lib/mailboxes/mailbox-view";
import { requestImport } from "@/lib/mailboxes/request-import";
import { startMailboxIntake, type IntakeOptions, type MailboxIntake } from "@/lib/mailboxes/intake/supervisor";
import { startDovecot, type Dovecot } from "../support/dovecot";
import {
  ADMIN,
  connectMailbox,
  inboxChannelId,
  mailboxSettings,
  messageCount,
  newMessageId,
  rawEmail,
  useServerSecret,
  waitFor,
} from "../support/mailboxes";

let dovecot: Dovecot;
let channelId: string;
const running: MailboxIntake[] = [];
const OLD = newMessageId();

const FAST: IntakeOptions = { scanMs: 100, pollMs: 300, renewMs: 200, leaseMs: 1_500, retryDelayMs: () => 200 };

function intake(options: IntakeOptions = {}): MailboxIntake {
  const started = startMailboxIntake({ ...FAST, ...options });
  running.push(started);
  return started;
}

const mailbox = () => db.channelMailbox.findUniqueOrThrow({ where: { channelId } });
const reading = () => waitFor("the mailbox to be read", async () => (await mailbox()).intakeState === "idle");
const filed = (messageId: string) => waitFor(`message ${messageId}`, async () => (await messageCount(messageId)) > 0);

async function seenFlags(): Promise<Map<number, boolean>> {
  const client = await dovecot.client();
  const flags = new Map<number, boolean>();
  const lock = await client.getMailboxLock("INBOX");
  try {
    for await (const m of client.fetch("1:*", { uid: true, flags: true }))
      flags.set(m.uid, m.flags?.has("\\Seen") ?? false);
  } finally {
    lock.release();
    await client.logout();
  }
  return flags;
}

beforeAll(async () => {
  useServerSecret();
  dovecot = await startDovecot();
  channelId = await inboxChannelId();
  await dovecot.deliver(rawEmail({ messageId: OLD, subject: "Old mail from last year" }));
  await connectMailbox(mailboxSettings(channelId, dovecot, 2525));
});
afterEach(async () => {
  await Promise.all(running.splice(0).map((i) => i.stop()));
});
afterAll(() => dovecot?.dispose());

describe("mailbox intake", () => {
  it("files new mail once as a ticket, threads the reply, leaves older mail alone and marks filed mail \\Seen", async () => {
    intake();
    await reading();
    const first = newMessageId();
    const uid = await dovecot.deliver(rawEmail({ messageId: first, subject: "Printer on fire" }));
    await filed(first);
    const message = await db.message.findUniqueOrThrow({ where: { messageId: first }, include: { thread: true } });
    const ticket = await db.ticket.findUniqueOrThrow({ where: { id: message.thread.ticketId! } });
    expect(ticket).toMatchObject({ subject: "Printer on fire", source: "EMAIL" });
    expect(message.thread.channelId).toBe(channelId);

    const reply = newMessageId();
    await dovecot.deliver(
      rawEmail({ messageId: reply, subject: "Re: Printer on fire", inReplyTo: first, text: "Still burning." }),
    );
    await filed(reply);
    const replied = await db.message.findUniqueOrThrow({ where: { messageId: reply }, include: { thread: true } });
    expect(replied.thread.ticketId).toBe(ticket.id);

    expect(await messageCount(OLD)).toBe(0);
    await waitFor("\\Seen on the filed message", async () => (await seenFlags()).get(uid) === true);
    const flags = await seenFlags();
    expect(flags.get(1)).toBe(false); // the old message is left as it was
    expect(await messageCount(first)).toBe(1);
  });

  it("after a restart files what arrived meanwhile, once", async () => {
    const first = intake();
    await reading();
    await first.stop();
    const ids = [newMessageId(), newMessageId()];
    for (const id of ids) await dovecot.deliver(rawEmail({ messageId: id, subject: "While we were down" }));
    intake();
    for (const id of ids) await filed(id);
    await new Promise((r) => setTimeout(r, 700)); // a few more passes
    for (const id of ids) expect(await messageCount(id)).toBe(1);
  });

  it("after a crash mid-batch, another instance takes over when the lease expires: nothing twice, nothing skipped", async () => {
    const first = intake();
    await reading();
    await first.stop();
    const ids = [newMessageId(), newMessageId(), newMessageId()];
    for (const id of ids) await dovecot.deliver(rawEmail({ messageId: id, subject: "Batch" }));
    let filedSoFar = 0;
    const crashing = intake({
      // The second message is filed, then the process "dies" before its cursor moves.
      afterFiled: async () => {
        if (++filedSoFar === 2) {
          crashing.readers.get(channelId)?.crash();
          await new Promise(() => {});
        }
      },
    });
    await waitFor("two filed", async () => filedSoFar === 2);
    expect((await mailbox()).leaseHolder).toMatch(new RegExp(`^${crashing.instance}`));
    await crashing.stop().catch(() => {});
    running.splice(running.indexOf(crashing), 1);
    const successor = intake({ instance: "successor" });
    for (const id of ids) await filed(id);
    expect((await mailbox()).leaseHolder).toMatch(/^successor#/);
    for (const id of ids) expect(await messageCount(id)).toBe(1);
    await waitFor("all \\Seen", async () =>
      [...(await seenFlags()).entries()].every(([uid, seen]) => uid === 1 || seen),
    );
    await successor.stop();
  });

  it("with two instances, exactly one reads the mailbox and each message is filed once", async () => {
    const a = intake({ instance: "a" });
    const b = intake({ instance: "b" });
    await reading();
    const ids = Array.from({ length: 4 }, newMessageId);
    for (const id of ids) await dovecot.deliver(rawEmail({ messageId: id, subject: "Two instances" }));
    for (const id of ids) await filed(id);
    expect(a.readers.size + b.readers.size).toBe(1);
    for (const id of ids) expect(await messageCount(id)).toBe(1);
  });

  it("survives the server going away, says so on the channel, and re-syncs a renumbered folder (UIDVALIDITY) without duplicates", async () => {
    intake();
    await reading();
    const before = (await mailbox()).uidValidity;
    const total = await db.message.count();
    dovecot.stop();
    await waitFor("the failure on the channel", async () => (await mailbox()).intakeState === "failing");
    expect((await mailbox()).lastError).toMatch(
      /IMAP 127\.0\.0\.1:\d+: (the connection was lost|could not connect|the server closed the connection)/,
    );
    dovecot.renumber();
    await dovecot.start();
    await reading();
    expect((await mailbox()).uidValidity).not.toBe(before);
    const after = newMessageId();
    await dovecot.deliver(rawEmail({ messageId: after, subject: "After the renumbering" }));
    await filed(after);
    expect(await db.message.count()).toBe(total + 1);
    expect((await mailbox()).failures).toBe(0);
  });

  it("a wrong password: the channel says authentication failed and retries with backoff", async () => {
    // The provider changes the password and ends the sessions signed in with the old one (a
    // session that stays signed in keeps reading, as IMAP allows): every reader must sign in again.
    dovecot.setPassword("rotated-by-the-provider");
    dovecot.stop();
    await dovecot.start();
    try {
      intake();
      const failing = await waitFor("the failure", async () => {
        const row = await mailbox();
        return row.intakeState === "failing" && row.lastError ? row : null;
      });
      expect(failing.lastError).toBe(
        `IMAP 127.0.0.1:${dovecot.port}: the server refused the user name or password (authentication failed).`,
      );
      expect(failing.nextAttemptAt).not.toBeNull();
      await waitFor("a second attempt", async () => (await mailbox()).failures >= 2);
    } finally {
      dovecot.setPassword("imap-secret-1");
    }
    await reading();
  });

  it("a message over the size limit is not filed but listed on the channel and in Settings > Jobs; intake goes on", async () => {
    intake({ maxBytes: 4_000 });
    await reading();
    const big = newMessageId();
    const after = newMessageId();
    await dovecot.deliver(rawEmail({ messageId: big, subject: "Scanned contract", text: "x".repeat(6_000) }));
    await dovecot.deliver(rawEmail({ messageId: after, subject: "A small one" }));
    await filed(after);
    expect(await messageCount(big)).toBe(0);
    const skipped = await listSkippedMessages(channelId);
    expect(skipped.total).toBe(1);
    expect(skipped.latest[0]).toMatchObject({
      subject: "Scanned contract",
      fromAddress: "casey@customer.example",
      detail: "Not filed: 6 KB is over the 4 KB limit for incoming mail.",
    });
    const [listed] = (await listMailboxIntakes()).filter((m) => m.channelId === channelId);
    expect(listed!.channel._count.mailboxSkipped).toBe(1);
    expect((await mailbox()).intakeState).toBe("idle"); // not a failure: the mailbox is read on
  });

  it("imports the mail that was there before only when asked, in the background, counting progress", async () => {
    intake();
    await reading();
    expect(await messageCount(OLD)).toBe(0);
    await requestImport(ADMIN, channelId);
    const done = await waitFor("the import to finish", async () => {
      const row = await mailbox();
      return row.importState === "done" ? row : null;
    });
    expect(await messageCount(OLD)).toBe(1);
    expect(done.importTotal).toBeGreaterThan(1);
    expect(done.importDone).toBe(done.importTotal);
    expect(
      await db.settingsChange.findFirst({ where: { entityId: channelId, field: "importExistingMail" } }),
    ).toMatchObject({ actorName: ADMIN.name, after: "requested" });
  });
});
