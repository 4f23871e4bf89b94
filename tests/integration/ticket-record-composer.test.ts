import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { sendTicketEmailAction } from "@/lib/composer/actions";
import { sendContactEmailAction } from "@/lib/composer/actions";
import { getTicketRecord } from "@/lib/tickets/ticket-record";
import { ticketComposerTriggerNotes } from "@/lib/tickets/trigger-note";
import { actAs } from "../support/users";
import { channelNamed } from "../support/engine-fixtures";
import { setPlan } from "../support/status-actions";
import {
  deliverQueuedEmails,
  outgoingMessages,
  sendKey,
  ticketState,
  ticketWithThread,
} from "./ticket-record-fixtures";

const email = { subject: "About your request", text: "We are on it." };

beforeAll(async () => {
  await actAs("AGENT");
});

describe("the ticket record's composer (SPEC §4 trigger A)", () => {
  it("records the email as sent from the ticket, moves the ticket when the trigger is on, and delivers it to the Outbox", async () => {
    const { ticket, contact, pipeline } = await ticketWithThread("Support Pipeline", "New");
    const result = await sendTicketEmailAction({ ticketId: ticket.id, sendKey: sendKey(), threadId: null, ...email });
    expect(result).toMatchObject({ ok: true, data: { duplicate: false } });
    const after = await ticketState(ticket.id);
    expect(after).toMatchObject({ statusId: pipeline.status("Waiting on contact"), version: 2, statusEntries: 1 });
    const entry = await db.timelineEntry.findFirstOrThrow({ where: { ticketId: ticket.id, kind: "status_changed" } });
    expect(entry.ruleName).toBe("email_sent_trigger");

    const [message] = await outgoingMessages(ticket.id);
    expect(message).toMatchObject({
      sentFrom: "TICKET",
      fromEmail: "agent@example.com",
      toEmail: contact.email,
      forwarded: false,
    });
    const job = await db.job.findFirstOrThrow({ where: { ticketId: ticket.id, type: "deliver_email" } });
    expect(job.state).toBe("PENDING");
    await deliverQueuedEmails();
    const outbox = await db.outboxEmail.findUniqueOrThrow({ where: { messageId: message!.messageId } });
    expect(outbox).toMatchObject({ toEmail: contact.email, subject: email.subject, ticketId: ticket.id });
  });

  it("leaves the status alone when the pipeline's trigger is off (the email still goes out)", async () => {
    const { ticket, pipeline } = await ticketWithThread("Billing & Refunds", "Received");
    expect(
      await sendTicketEmailAction({ ticketId: ticket.id, sendKey: sendKey(), threadId: null, ...email }),
    ).toMatchObject({ ok: true });
    expect(await ticketState(ticket.id)).toMatchObject({
      statusId: pipeline.status("Received"),
      version: 1,
      statusEntries: 0,
    });
    expect(await outgoingMessages(ticket.id)).toHaveLength(1);
    expect(await db.job.count({ where: { ticketId: ticket.id, type: "deliver_email" } })).toBe(1);
  });

  it("replies on the ticket's thread, pointing at its last message", async () => {
    const { ticket, thread } = await ticketWithThread("Billing & Refunds", "Received");
    expect(
      await sendTicketEmailAction({ ticketId: ticket.id, sendKey: sendKey(), threadId: thread.id, ...email }),
    ).toMatchObject({ ok: true });
    const [message] = await outgoingMessages(ticket.id);
    expect(message!.threadId).toBe(thread.id);
    const job = await db.job.findFirstOrThrow({ where: { ticketId: ticket.id, type: "deliver_email" } });
    expect(job.payload).toMatchObject({ inReplyTo: thread.threadKey, messageId: message!.messageId });
  });

  it("sends once when the same form is submitted twice", async () => {
    const { ticket } = await ticketWithThread("Support Pipeline", "New");
    const key = sendKey();
    const first = await sendTicketEmailAction({ ticketId: ticket.id, sendKey: key, threadId: null, ...email });
    const again = await sendTicketEmailAction({ ticketId: ticket.id, sendKey: key, threadId: null, ...email });
    expect(first).toMatchObject({ ok: true, data: { duplicate: false } });
    expect(again).toMatchObject({ ok: true, data: { duplicate: true } });
    expect(await outgoingMessages(ticket.id)).toHaveLength(1);
    expect(await db.job.count({ where: { ticketId: ticket.id, type: "deliver_email" } })).toBe(1);
    expect((await ticketState(ticket.id)).version).toBe(2);
  });

  it("refuses an empty message, a thread of another ticket, and anonymous senders", async () => {
    const { ticket } = await ticketWithThread("Support Pipeline", "New");
    const other = await ticketWithThread("Support Pipeline", "New");
    expect(
      await sendTicketEmailAction({ ticketId: ticket.id, sendKey: sendKey(), threadId: null, subject: " ", text: "" }),
    ).toMatchObject({
      ok: false,
      error: {
        status: 400,
        issues: [expect.objectContaining({ path: ["subject"] }), expect.objectContaining({ path: ["text"] })],
      },
    });
    expect(
      await sendTicketEmailAction({ ticketId: ticket.id, sendKey: sendKey(), threadId: other.thread.id, ...email }),
    ).toMatchObject({ ok: false, error: { status: 400, issues: [expect.objectContaining({ path: ["threadId"] })] } });
    await actAs(null);
    expect(
      await sendTicketEmailAction({ ticketId: ticket.id, sendKey: sendKey(), threadId: null, ...email }),
    ).toMatchObject({ ok: false, error: { status: 401 } });
    await actAs("AGENT");
    expect(await outgoingMessages(ticket.id)).toHaveLength(0);
    expect(await ticketState(ticket.id)).toMatchObject({ version: 1 });
  });
});

// Issue 14: the note beside the record's composer says what the engine will do with this send:
// below Starter trigger A does not run, and it counts emails only (the conversation replied on).
describe("the ticket record composer's note tells what sending does to the status", () => {
  afterEach(() => setPlan("ENTERPRISE"));

  const notesOf = async (ticketId: string) => ticketComposerTriggerNotes((await getTicketRecord(ticketId))!);
  it("on Enterprise, an email reply moves the ticket and the note says so, for the thread and a new conversation", async () => {
    const { ticket, thread, pipeline } = await ticketWithThread("Support Pipeline", "New");
    const notes = await notesOf(ticket.id);
    const moves = "Sending moves this ticket to “Waiting on contact” (“An email is sent to a customer”).";
    expect(notes).toEqual({ newConversation: moves, byThread: { [thread.id]: moves } });
    await sendTicketEmailAction({ ticketId: ticket.id, sendKey: sendKey(), threadId: thread.id, ...email });
    expect(await ticketState(ticket.id)).toMatchObject({ statusId: pipeline.status("Waiting on contact") });
  });

  it("below Starter, the note says trigger A needs the Starter plan, and sending keeps the status", async () => {
    await setPlan("FREE");
    const { ticket, thread, pipeline } = await ticketWithThread("Support Pipeline", "New");
    const notes = await notesOf(ticket.id);
    const keeps = "“An email is sent to a customer” needs the Starter plan: sending keeps the status.";
    expect(notes).toEqual({ newConversation: keeps, byThread: { [thread.id]: keeps } });
    expect(
      await sendTicketEmailAction({ ticketId: ticket.id, sendKey: sendKey(), threadId: null, ...email }),
    ).toMatchObject({ ok: true });
    expect(await ticketState(ticket.id)).toMatchObject({ statusId: pipeline.status("New"), statusEntries: 0 });
  });

  it.each([
    ["Website chat", "Chat"],
    ["Facebook Messenger", "Facebook Messenger"],
    ["WhatsApp", "WhatsApp"],
    ["Refund request form", "Form"],
  ])(
    "replying on a %s conversation: the note says it keeps the status (emails only), and it does",
    async (channelName, medium) => {
      const { ticket, thread, pipeline } = await ticketWithThread("Support Pipeline", "New");
      await db.thread.update({ where: { id: thread.id }, data: { channelId: (await channelNamed(channelName)).id } });
      const notes = await notesOf(ticket.id);
      expect(notes.byThread[thread.id]).toBe(
        `Replying on a ${medium} conversation keeps the status: “An email is sent to a customer” counts emails only.`,
      );
      // A new conversation is an email: that one would move the ticket.
      expect(notes.newConversation).toBe(
        "Sending moves this ticket to “Waiting on contact” (“An email is sent to a customer”).",
      );
      expect(
        await sendTicketEmailAction({ ticketId: ticket.id, sendKey: sendKey(), threadId: thread.id, ...email }),
      ).toMatchObject({ ok: true });
      expect(await ticketState(ticket.id)).toMatchObject({ statusId: pipeline.status("New"), statusEntries: 0 });
    },
  );
});

describe("the contact record's composer", () => {
  it("never triggers the ticket status automation, even about that ticket with trigger A on", async () => {
    const { ticket, contact, pipeline } = await ticketWithThread("Support Pipeline", "New");
    const result = await sendContactEmailAction({
      contactId: contact.id,
      ticketId: ticket.id,
      sendKey: sendKey(),
      threadId: null,
      ...email,
    });
    expect(result).toMatchObject({ ok: true });
    expect(await ticketState(ticket.id)).toMatchObject({
      statusId: pipeline.status("New"),
      version: 1,
      statusEntries: 0,
    });
    const [message] = await outgoingMessages(ticket.id);
    expect(message).toMatchObject({ sentFrom: "CONTACT", toEmail: contact.email });
    await deliverQueuedEmails();
    expect(await db.outboxEmail.count({ where: { messageId: message!.messageId } })).toBe(1);
  });

  it("emails a contact about nothing in particular, and refuses a ticket of another contact", async () => {
    const { contact } = await ticketWithThread("Support Pipeline", "New");
    const other = await ticketWithThread("Support Pipeline", "New");
    expect(
      await sendContactEmailAction({ contactId: contact.id, sendKey: sendKey(), threadId: null, ...email }),
    ).toMatchObject({ ok: true });
    expect(
      await db.message.count({ where: { thread: { contactId: contact.id, ticketId: null }, sentFrom: "CONTACT" } }),
    ).toBe(1);
    expect(
      await sendContactEmailAction({
        contactId: contact.id,
        ticketId: other.ticket.id,
        sendKey: sendKey(),
        threadId: null,
        ...email,
      }),
    ).toMatchObject({ ok: false, error: { status: 400, issues: [expect.objectContaining({ path: ["ticketId"] })] } });
    expect(await ticketState(other.ticket.id)).toMatchObject({ version: 1, statusEntries: 0 });
  });
});
