// SPEC §4 end to end through POST /api/v1/events: trigger A (email sent from the ticket record),
// trigger B (the contact's reply on the ticket's thread; any new thread after a reopen), the
// "always" rules, and a reply on a closed ticket reopening it.
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import {
  aTicket,
  channelNamed,
  seededPipeline,
  ticketRow,
  timelineOf,
  unique,
  type TicketFixture,
} from "../support/engine-fixtures";
import { emailEvent, messageEvent, postEvent } from "../support/events";
import { setTriggerSwitches } from "../support/automate";

let support: Awaited<ReturnType<typeof seededPipeline>>;
let channelId: string;
beforeAll(async () => {
  support = await seededPipeline();
  channelId = (await channelNamed("Support inbox")).id;
});

afterEach(async () => {
  // The seeded settings: both triggers on.
  await setTriggerSwitches(support.id, { emailSentTrigger: true, customerReplyTrigger: true });
});

const statusOf = async (ticket: TicketFixture) => (await ticketRow(ticket.id)).statusId;
const sent = (ticket: TicketFixture, data: Record<string, unknown> = {}) =>
  postEvent(
    emailEvent({ ticketId: ticket.id, contactEmail: ticket.contactEmail, threadKey: ticket.threadKey, ...data }),
  );
const reply = (ticket: TicketFixture, data: Record<string, unknown> = {}) =>
  postEvent(messageEvent({ channelId, threadKey: ticket.threadKey, from: { email: ticket.contactEmail }, ...data }));

describe("trigger A: an email is sent to a customer", () => {
  it("moves the ticket when the email is sent from the ticket record, naming the trigger and the event", async () => {
    const ticket = await aTicket("New");
    const result = await sent(ticket);
    expect(result.status).toBe(200);
    expect(await statusOf(ticket)).toBe(support.status("Waiting on contact"));
    const moved = (await timelineOf(ticket.id)).find((e) => e.kind === "status_changed");
    expect(moved).toMatchObject({ ruleName: "email_sent_trigger", eventId: result.body.eventId });
    const message = await db.message.findFirstOrThrow({ where: { threadId: ticket.threadId } });
    expect(message).toMatchObject({ direction: "OUTBOUND", sentFrom: "TICKET", fromEmail: "agent@example.com" });
    expect(message.userId).toEqual(expect.any(String));
  });

  it.each([
    ["sent from the contact record", { sentFrom: "contact" }, "sent_from_contact_record"],
    ["sent from a personal inbox", { sentFrom: "personal_inbox" }, "personal_inbox"],
    ["forwarded from the ticket record", { forwarded: true }, "forwarded"],
  ])("does not move the ticket for an email %s", async (_label, data, reason) => {
    const ticket = await aTicket("New");
    const result = await sent(ticket, data);
    expect(result.body.effects).toEqual([expect.objectContaining({ type: "keep_status", reason })]);
    expect(await statusOf(ticket)).toBe(support.status("New"));
    expect(await db.message.count({ where: { threadId: ticket.threadId } })).toBe(1);
  });

  it("attaches a ticketless thread to the ticket an email on it is about", async () => {
    const ticket = await aTicket("New");
    const inbox = await channelNamed("Support inbox");
    await db.channel.update({ where: { id: inbox.id }, data: { createsTickets: false } });
    const first = messageEvent({ channelId: inbox.id, from: { email: ticket.contactEmail } });
    await postEvent(first).finally(() =>
      db.channel.update({ where: { id: inbox.id }, data: { createsTickets: true } }),
    );
    await sent(ticket, { threadKey: first.data.threadKey });
    expect((await db.thread.findUniqueOrThrow({ where: { threadKey: first.data.threadKey } })).ticketId).toBe(
      ticket.id,
    );
    expect(await statusOf(ticket)).toBe(support.status("Waiting on contact"));
  });

  it("does not count a reply on a Messenger conversation: trigger A counts emails only", async () => {
    const ticket = await aTicket("New");
    const messenger = await channelNamed("Facebook Messenger");
    const first = messageEvent({ channelId: messenger.id, from: { email: ticket.contactEmail } });
    await postEvent(first);
    const result = await sent(ticket, { threadKey: first.data.threadKey });
    expect(result.body.effects).toEqual([expect.objectContaining({ type: "keep_status", reason: "not_email" })]);
    expect(await statusOf(ticket)).toBe(support.status("New"));
  });

  it("does not move the ticket when the trigger is unchecked", async () => {
    await setTriggerSwitches(support.id, { emailSentTrigger: false });
    const ticket = await aTicket("New");
    await sent(ticket);
    expect(await statusOf(ticket)).toBe(support.status("New"));
  });
});

describe("trigger B: a customer replies to an email", () => {
  it("moves the ticket on the contact's reply on the thread it was created from", async () => {
    const ticket = await aTicket("Waiting on contact");
    const result = await reply(ticket);
    expect(result.body.ticketId).toBe(ticket.id);
    expect(await statusOf(ticket)).toBe(support.status("Waiting on us"));
    expect((await timelineOf(ticket.id)).find((e) => e.kind === "status_changed")).toMatchObject({
      ruleName: "customer_reply_trigger",
      eventId: result.body.eventId,
      actorUserId: null,
    });
  });

  it("does not move it on a reply on another thread of the ticket", async () => {
    const ticket = await aTicket("Waiting on contact");
    const otherThread = unique("other-thread");
    await sent(ticket, { threadKey: otherThread, sentFrom: "contact" });
    const result = await reply(ticket, { threadKey: otherThread });
    expect(result.body.effects).toEqual([
      expect.objectContaining({ type: "keep_status", reason: "not_ticket_thread" }),
    ]);
    expect(await statusOf(ticket)).toBe(support.status("Waiting on contact"));
  });

  it("counts replies on a new thread once the ticket was closed and reopened", async () => {
    const ticket = await aTicket("Closed");
    await reply(ticket); // reopens into New
    const newThread = unique("after-reopen");
    await sent(ticket, { threadKey: newThread, sentFrom: "contact" });
    await reply(ticket, { threadKey: newThread });
    expect(await statusOf(ticket)).toBe(support.status("Waiting on us"));
  });

  it.each([
    ["a forwarded email", { forwarded: true }, "forwarded"],
    [
      "an email from someone who is not the contact",
      { from: { email: "colleague@customer.example" } },
      "not_from_contact",
    ],
  ])("does not move the ticket for %s", async (_label, data, reason) => {
    const ticket = await aTicket("Waiting on contact");
    const result = await reply(ticket, data);
    expect(result.body.effects).toEqual([expect.objectContaining({ type: "keep_status", reason })]);
    expect(await statusOf(ticket)).toBe(support.status("Waiting on contact"));
  });

  it("does not move the ticket for a reply to a forwarded email", async () => {
    const ticket = await aTicket("Waiting on contact");
    const forwardedId = `<${unique("fwd")}@acme.example>`;
    await sent(ticket, { messageId: forwardedId, forwarded: true });
    const result = await reply(ticket, { inReplyTo: forwardedId });
    expect(result.body.effects).toEqual([
      expect.objectContaining({ type: "keep_status", reason: "reply_to_forwarded" }),
    ]);
    expect(await statusOf(ticket)).toBe(support.status("Waiting on contact"));
  });

  it("does not move the ticket when the trigger is unchecked", async () => {
    await setTriggerSwitches(support.id, { customerReplyTrigger: false });
    const ticket = await aTicket("Waiting on contact");
    await reply(ticket);
    expect(await statusOf(ticket)).toBe(support.status("Waiting on contact"));
  });

  it("treats another email from the contact (a new thread) as a new conversation, not a reply", async () => {
    const ticket = await aTicket("Waiting on contact");
    const result = await postEvent(messageEvent({ channelId, from: { email: ticket.contactEmail } }));
    expect(result.body.ticketId).not.toBe(ticket.id);
    expect(await statusOf(ticket)).toBe(support.status("Waiting on contact"));
  });
});

describe("a reply on a closed ticket", () => {
  it("moves it to the pipeline's first open status and keeps the close date, even with trigger B off", async () => {
    await setTriggerSwitches(support.id, { customerReplyTrigger: false });
    const ticket = await aTicket("Closed", { closeDate: new Date("2026-01-15"), closeDateSetBy: "automation" });
    const result = await reply(ticket);
    const row = await ticketRow(ticket.id);
    expect(row.statusId).toBe(support.status("New"));
    expect(row.closeDate?.toISOString().slice(0, 10)).toBe("2026-01-15");
    expect(row.reopenedAt).not.toBeNull();
    expect(result.body.effects).toContainEqual(
      expect.objectContaining({ type: "set_status", ruleName: "reopen_on_customer_reply" }),
    );
  });

  it("stays closed when the reply is forwarded", async () => {
    const ticket = await aTicket("Closed");
    await reply(ticket, { forwarded: true });
    expect(await statusOf(ticket)).toBe(support.status("Closed"));
  });
});
