import { describe, expect, it } from "vitest";
import { customerReplyTrigger, emailSentTrigger, isTicketThreadForReplyTrigger } from "./email-triggers";
import type { MessageReceived } from "./happenings";
import { RULE } from "./rule-names";
import {
  aPipeline,
  aReply,
  anEmailSent,
  aTicket,
  byRule,
  CLOSED,
  NEW,
  WAITING_ON_CONTACT,
  WAITING_ON_US,
} from "./test-fixtures";

const triggerA = aPipeline({ automation: { emailSentTrigger: { enabled: true, statusId: WAITING_ON_CONTACT.id } } });
const triggerB = aPipeline({ automation: { customerReplyTrigger: { enabled: true, statusId: WAITING_ON_US.id } } });

const replyTrigger = (...args: Parameters<typeof customerReplyTrigger> extends [...infer A, Date] ? A : never) =>
  customerReplyTrigger(...args, new Date("2025-03-02T00:00:00Z"));

describe("trigger A, an email is sent to a customer (SPEC §4)", () => {
  it("moves the ticket when a user emails the contact from the ticket record", () => {
    expect(emailSentTrigger(triggerA, anEmailSent())).toEqual({
      kind: "move",
      to: WAITING_ON_CONTACT,
      ruleName: RULE.emailSentTrigger,
    });
  });

  it("also fires for an email sent through the API on a user's behalf", () => {
    expect(emailSentTrigger(triggerA, anEmailSent({ cause: { kind: "api", userId: "us-1" } })).kind).toBe("move");
  });

  it("does not fire when unchecked", () => {
    expect(emailSentTrigger(aPipeline(), anEmailSent())).toMatchObject({ kind: "keep", reason: "trigger_off" });
  });

  it("does not fire for emails sent from the contact record", () => {
    expect(emailSentTrigger(triggerA, anEmailSent({ sentFrom: "contact" }))).toMatchObject({
      kind: "keep",
      reason: "sent_from_contact_record",
    });
  });

  it("never fires for a personal-inbox email", () => {
    expect(emailSentTrigger(triggerA, anEmailSent({ sentFrom: "personal_inbox" }))).toMatchObject({
      reason: "personal_inbox",
    });
  });

  it("never fires for a forwarded email", () => {
    expect(emailSentTrigger(triggerA, anEmailSent({ forwarded: true }))).toMatchObject({ reason: "forwarded" });
  });

  it("does not fire for automated emails (status actions' own 'Ticket closed' email)", () => {
    expect(emailSentTrigger(triggerA, anEmailSent({ cause: byRule(1) }))).toMatchObject({
      reason: "sent_by_automation",
    });
  });

  it("reports a target status that is not set or no longer in the pipeline", () => {
    const unset = aPipeline({ automation: { emailSentTrigger: { enabled: true, statusId: null } } });
    const deleted = aPipeline({ automation: { emailSentTrigger: { enabled: true, statusId: "st-gone" } } });
    for (const pipeline of [unset, deleted]) {
      expect(emailSentTrigger(pipeline, anEmailSent())).toEqual({
        kind: "keep",
        reason: "trigger_misconfigured",
        ruleName: RULE.emailSentTrigger,
      });
    }
  });
});

describe("trigger B, a customer replies to an email (SPEC §4)", () => {
  it("moves the ticket when the contact replies on the thread the ticket came from", () => {
    expect(replyTrigger(aTicket(), triggerB, aReply())).toEqual({
      kind: "move",
      to: WAITING_ON_US,
      ruleName: RULE.customerReplyTrigger,
    });
  });

  it("does not fire when unchecked", () => {
    expect(replyTrigger(aTicket(), aPipeline(), aReply())).toMatchObject({ reason: "trigger_off" });
  });

  it("does not fire for a reply on another thread of a never-reopened ticket", () => {
    const other = aReply({ threadId: "th-other", threadCreatedAt: new Date("2025-04-01T00:00:00Z") });
    expect(replyTrigger(aTicket(), triggerB, other)).toMatchObject({ reason: "not_ticket_thread" });
  });

  it("after a reopen, counts replies on threads created since the reopen", () => {
    const ticket = aTicket({ reopenedAt: new Date("2025-04-01T00:00:00Z"), statusId: WAITING_ON_CONTACT.id });
    const newThread = aReply({ threadId: "th-new", threadCreatedAt: new Date("2025-04-02T00:00:00Z") });
    expect(replyTrigger(ticket, triggerB, newThread)).toMatchObject({ kind: "move", to: WAITING_ON_US });
  });

  it("after a reopen, still ignores threads created before it", () => {
    const ticket = aTicket({ reopenedAt: new Date("2025-04-01T00:00:00Z") });
    const oldThread = aReply({ threadId: "th-old", threadCreatedAt: new Date("2025-03-15T00:00:00Z") });
    expect(replyTrigger(ticket, triggerB, oldThread)).toMatchObject({ reason: "not_ticket_thread" });
  });

  it("treats a thread created at the very instant of the reopen as new", () => {
    const at = new Date("2025-04-01T00:00:00Z");
    expect(
      isTicketThreadForReplyTrigger(aTicket({ reopenedAt: at }), aReply({ threadId: "x", threadCreatedAt: at })),
    ).toBe(true);
  });

  it("treats a ticket without an origin thread as having no reply thread until reopened", () => {
    expect(isTicketThreadForReplyTrigger(aTicket({ originThreadId: null }), aReply())).toBe(false);
  });
});

describe("always: messages that never change status (SPEC §4)", () => {
  const both = aPipeline({
    automation: {
      emailSentTrigger: { enabled: true, statusId: WAITING_ON_CONTACT.id },
      customerReplyTrigger: { enabled: true, statusId: WAITING_ON_US.id },
    },
  });
  const cases: [string, Partial<MessageReceived>, string][] = [
    ["a forwarded email", { forwarded: true }, "forwarded"],
    ["a reply to a forwarded email", { inReplyToForwarded: true }, "reply_to_forwarded"],
    ["a message from someone other than the contact", { fromContact: false }, "not_from_contact"],
    ["an out-of-office auto-reply", { autoReply: true }, "auto_reply"],
  ];
  for (const [what, overrides, reason] of cases) {
    it(`${what} does not move an open ticket`, () => {
      expect(replyTrigger(aTicket(), both, aReply(overrides))).toEqual({ kind: "keep", reason, ruleName: null });
    });
    it(`${what} does not reopen a closed ticket`, () => {
      const closed = aTicket({ statusId: CLOSED.id });
      expect(replyTrigger(closed, both, aReply(overrides))).toMatchObject({ kind: "keep", reason });
    });
  }
});

describe("always: a contact's reply on a closed ticket reopens it (SPEC §4)", () => {
  const closed = aTicket({ statusId: CLOSED.id, closeDate: "2025-03-02" });
  const reopen = { kind: "move", to: NEW, ruleName: RULE.reopenOnCustomerReply };

  it("moves it to the first open status with both checkboxes off", () => {
    expect(replyTrigger(closed, aPipeline(), aReply())).toEqual(reopen);
  });

  it("moves it to the first open status even when trigger B targets another status", () => {
    expect(replyTrigger(closed, triggerB, aReply())).toEqual(reopen);
  });

  it("applies to any existing thread of the ticket, not only the origin thread", () => {
    expect(replyTrigger(closed, aPipeline(), aReply({ threadId: "th-other" }))).toEqual(reopen);
  });

  it("follows display order to find the first open status", () => {
    const reordered = aPipeline({ statuses: [CLOSED, { ...WAITING_ON_US, displayOrder: -1 }, NEW] });
    expect(replyTrigger(closed, reordered, aReply())).toMatchObject({ to: { id: WAITING_ON_US.id } });
  });

  it("reports a pipeline without any open status", () => {
    expect(replyTrigger(closed, aPipeline({ statuses: [CLOSED] }), aReply())).toEqual({
      kind: "keep",
      reason: "no_open_status",
      ruleName: RULE.reopenOnCustomerReply,
    });
  });
});
