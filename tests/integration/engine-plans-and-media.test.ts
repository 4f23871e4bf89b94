// SPEC §6 plans enforced by the engine, and SPEC §4 "both triggers are about email", end to end
// through POST /api/v1/events: below Starter triggers A and B do not move tickets (the timeline
// says why) while the reopen rule still applies; chat, Messenger, WhatsApp and form messages never
// count as a reply to an email nor reopen a closed ticket.
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import {
  aTicket,
  channelNamed,
  seededPipeline,
  ticketRow,
  timelineOf,
  type TicketFixture,
} from "../support/engine-fixtures";
import { emailEvent, messageEvent, postEvent } from "../support/events";
import { setPlan } from "../support/status-actions";

let support: Awaited<ReturnType<typeof seededPipeline>>;
let inboxId: string;
beforeAll(async () => {
  support = await seededPipeline();
  inboxId = (await channelNamed("Support inbox")).id;
});
afterEach(() => setPlan("ENTERPRISE"));

const statusOf = async (ticket: TicketFixture) => (await ticketRow(ticket.id)).statusId;
const sent = (ticket: TicketFixture) =>
  postEvent(emailEvent({ ticketId: ticket.id, contactEmail: ticket.contactEmail, threadKey: ticket.threadKey }));
const reply = (ticket: TicketFixture, channelId = inboxId) =>
  postEvent(messageEvent({ channelId, threadKey: ticket.threadKey, from: { email: ticket.contactEmail } }));

describe("plans in the engine (SPEC §6)", () => {
  it.each([
    ["trigger A (an email sent from the ticket record)", sent, "email_sent_trigger"],
    ["trigger B (the contact's reply)", (t: TicketFixture) => reply(t), "customer_reply_trigger"],
  ] as const)("on Free, %s does not move the ticket; the timeline says it needs Starter", async (_n, act, rule) => {
    await setPlan("FREE");
    const ticket = await aTicket("New");
    const result = await act(ticket);
    expect(result.status).toBe(200);
    expect(result.body.effects).toContainEqual({ type: "keep_status", reason: "plan_required", ruleName: rule });
    expect(await statusOf(ticket)).toBe(support.status("New"));
    expect(await timelineOf(ticket.id)).toContainEqual(
      expect.objectContaining({
        kind: "automation_skipped",
        ruleName: rule,
        summary: expect.stringContaining("not run: needs the Starter plan"),
      }),
    );
  });

  it("on Starter, the same email moves the ticket", async () => {
    await setPlan("STARTER");
    const ticket = await aTicket("New");
    await sent(ticket);
    expect(await statusOf(ticket)).toBe(support.status("Waiting on contact"));
  });

  it("on Free, a reply on a closed ticket still reopens it (the reopen rule is not a plan feature)", async () => {
    await setPlan("FREE");
    const ticket = await aTicket("Closed");
    await reply(ticket);
    expect(await statusOf(ticket)).toBe(support.status("New"));
    expect((await timelineOf(ticket.id)).map((e) => e.ruleName)).toContain("reopen_on_customer_reply");
  });
});

describe("email triggers are about email (SPEC §4)", () => {
  it.each(["Website chat", "Facebook Messenger", "WhatsApp", "Refund request form"])(
    "a %s message on the ticket's thread is not a customer reply to an email",
    async (channelName) => {
      const channel = await channelNamed(channelName);
      const ticket = await aTicket("New");
      const result = await reply(ticket, channel.id);
      expect(result.body.effects).toEqual([{ type: "keep_status", reason: "not_email", ruleName: null }]);
      expect(await statusOf(ticket)).toBe(support.status("New"));
    },
  );

  it.each(["Website chat", "Facebook Messenger", "WhatsApp", "Refund request form"])(
    "a %s message never reopens a closed ticket",
    async (channelName) => {
      const channel = await channelNamed(channelName);
      const ticket = await aTicket("Closed");
      await reply(ticket, channel.id);
      expect(await statusOf(ticket)).toBe(support.status("Closed"));
      expect(await db.timelineEntry.count({ where: { ticketId: ticket.id, kind: "reopened" } })).toBe(0);
    },
  );

  it("the same reply by email on the team inbox does move it", async () => {
    const ticket = await aTicket("New");
    await reply(ticket);
    expect(await statusOf(ticket)).toBe(support.status("Waiting on us"));
  });
});
