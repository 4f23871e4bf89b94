// SPEC §4, "Update ticket status based on emails".
// Trigger A: an email sent to the contact from the ticket record moves the ticket.
// Trigger B: the contact's reply on the ticket's own thread moves it (after a reopen,
//   replies on any thread created since also count).
// Always, whatever the checkboxes say:
// - both triggers are about email: a chat, Messenger, WhatsApp or form message never counts,
//   nor reopens a closed ticket through the reopen rule, and trigger A counts emails only;
// - forwarded emails, replies to forwarded emails, emails from a personal inbox and
//   emails that are not a reply on the ticket's thread never change status;
// - a contact's reply on an existing thread of a closed ticket reopens it into the
//   pipeline's first open status; with a reopen window (SPEC §9) and the ticket closed longer
//   ago than it, the reply opens a linked follow-up ticket instead (reopen-window.ts).
import type { KeepStatusReason } from "./effects";
import { findStatus, firstOpenStatus } from "./first-open-status";
import type { EmailSent, MessageReceived } from "./happenings";
import { reopenWindowPassed } from "./reopen-window";
import { RULE } from "./rule-names";
import type { PipelineSnapshot, StatusSnapshot, StatusTrigger, TicketSnapshot } from "./types";

export type EmailRuleOutcome =
  | { kind: "move"; to: StatusSnapshot; ruleName: string }
  | { kind: "keep"; reason: KeepStatusReason; ruleName: string | null }
  /** SPEC §9 reopen window: the reply opens a follow-up ticket instead of reopening this one. */
  | { kind: "follow_up"; closedAt: Date; windowDays: number; ruleName: string };

function keep(reason: KeepStatusReason, ruleName: string | null = null): EmailRuleOutcome {
  return { kind: "keep", reason, ruleName };
}

function triggerMove(pipeline: PipelineSnapshot, trigger: StatusTrigger, ruleName: string): EmailRuleOutcome {
  if (!trigger.enabled) return keep("trigger_off", ruleName);
  // A target deleted since it was chosen is reported, not guessed at.
  const to = trigger.statusId === null ? null : findStatus(pipeline, trigger.statusId);
  return to ? { kind: "move", to, ruleName } : keep("trigger_misconfigured", ruleName);
}

/**
 * Is this "a user sends an email to a contact from the ticket record"? Null if so, else why
 * not. Trigger A, the email-sent workflow trigger and the origin thread all ask this.
 */
export function notSentFromTicketRecord(email: EmailSent): KeepStatusReason | null {
  if (email.channelType !== "TEAM_EMAIL") return "not_email";
  if (email.forwarded) return "forwarded";
  if (email.sentFrom === "personal_inbox") return "personal_inbox";
  if (email.sentFrom === "contact") return "sent_from_contact_record";
  // Automated emails ("Ticket closed"...) are not "a user sends an email"; counting them
  // would move a ticket the moment its own status actions run.
  if (email.cause.kind === "rule") return "sent_by_automation";
  return null;
}

/** Trigger A. Only a person's email from the ticket record counts. */
export function emailSentTrigger(pipeline: PipelineSnapshot, email: EmailSent): EmailRuleOutcome {
  const not = notSentFromTicketRecord(email);
  if (not) return keep(not);
  return triggerMove(pipeline, pipeline.automation.emailSentTrigger, RULE.emailSentTrigger);
}

/** The "always" rules: inbound messages that never change status. */
function neverChangesStatus(message: MessageReceived): KeepStatusReason | null {
  if (message.channelType !== "TEAM_EMAIL") return "not_email";
  if (message.forwarded) return "forwarded";
  if (message.inReplyToForwarded) return "reply_to_forwarded";
  if (!message.fromContact) return "not_from_contact";
  // Out-of-office replies to our automated emails would otherwise ping-pong with them.
  if (message.autoReply) return "auto_reply";
  return null;
}

/** Trigger B's threads: the origin thread, or any thread created since the last reopen. */
export function isTicketThreadForReplyTrigger(ticket: TicketSnapshot, message: MessageReceived): boolean {
  if (ticket.originThreadId !== null && message.threadId === ticket.originThreadId) return true;
  return ticket.reopenedAt !== null && message.threadCreatedAt >= ticket.reopenedAt;
}

/**
 * "A customer replies to an email": the ticket's contact, on the ticket's thread (trigger B's
 * threads), and none of the "always" exclusions (forwarded, reply to a forwarded email, auto-reply).
 */
export function isCustomerReply(ticket: TicketSnapshot, message: MessageReceived): boolean {
  return neverChangesStatus(message) === null && isTicketThreadForReplyTrigger(ticket, message);
}

/** The reopen rule applies to any existing thread of the ticket, checkboxes or not. */
function reopenOnCustomerReply(pipeline: PipelineSnapshot): EmailRuleOutcome {
  const to = firstOpenStatus(pipeline);
  return to
    ? { kind: "move", to, ruleName: RULE.reopenOnCustomerReply }
    : keep("no_open_status", RULE.reopenOnCustomerReply);
}

/** Trigger B and the reopen rule (or, past the reopen window, a follow-up), for a message on a thread linked to the ticket. */
export function customerReplyTrigger(
  ticket: TicketSnapshot,
  pipeline: PipelineSnapshot,
  message: MessageReceived,
  now: Date,
): EmailRuleOutcome {
  const never = neverChangesStatus(message);
  if (never) return keep(never);
  if (findStatus(pipeline, ticket.statusId)?.state === "CLOSED") {
    const passed = reopenWindowPassed(ticket, pipeline, now);
    if (passed) return { kind: "follow_up", ...passed, ruleName: RULE.reopenWindow };
    return reopenOnCustomerReply(pipeline);
  }
  const trigger = pipeline.automation.customerReplyTrigger;
  if (!trigger.enabled) return keep("trigger_off", RULE.customerReplyTrigger);
  if (!isTicketThreadForReplyTrigger(ticket, message)) {
    return keep("not_ticket_thread", RULE.customerReplyTrigger);
  }
  return triggerMove(pipeline, trigger, RULE.customerReplyTrigger);
}
