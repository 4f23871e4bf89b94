// Stable rule identifiers written to TimelineEntry.ruleName, named as SPEC.md calls the rules.
import type { WorkflowTrigger } from "./types";

export const RULE = {
  closeDateAutomation: "close_date_automation", // §3
  emailSentTrigger: "email_sent_trigger", // §4 trigger A
  customerReplyTrigger: "customer_reply_trigger", // §4 trigger B
  reopenOnCustomerReply: "reopen_on_customer_reply", // §4 "always": reply on a closed ticket
  statusActions: "status_actions", // §5
  loopGuard: "loop_guard", // §7
  channelTicketCreation: "channel_ticket_creation", // §2
  // The workflow editor's triggers other than "ticket reaches a status" (issue 6).
  ticketCreatedTrigger: "ticket_created_trigger",
  emailSentWorkflowTrigger: "email_sent_workflow_trigger",
  customerReplyWorkflowTrigger: "customer_reply_workflow_trigger",
  // SPEC §9 time triggers.
  statusDurationTrigger: "status_duration_trigger",
  slaDueSoonTrigger: "sla_due_soon_trigger",
  slaOverdueTrigger: "sla_overdue_trigger",
  sla: "sla", // §9 SLA clocks
  reopenWindow: "reopen_window", // §9 a late reply opens a follow-up ticket
} as const;

/** The rule an enrolment is credited to, by what enrolled the ticket. */
export const ENROLLMENT_RULE: Record<WorkflowTrigger, BuiltInRuleName> = {
  STATUS_ENTERED: RULE.statusActions,
  TICKET_CREATED: RULE.ticketCreatedTrigger,
  EMAIL_SENT_FROM_TICKET: RULE.emailSentWorkflowTrigger,
  CUSTOMER_REPLY: RULE.customerReplyWorkflowTrigger,
  STATUS_DURATION: RULE.statusDurationTrigger,
  SLA_DUE_SOON: RULE.slaDueSoonTrigger,
  SLA_OVERDUE: RULE.slaOverdueTrigger,
};

export type BuiltInRuleName = (typeof RULE)[keyof typeof RULE];

const LABELS: Record<BuiltInRuleName, string> = {
  [RULE.closeDateAutomation]: "close-date automation",
  [RULE.emailSentTrigger]: 'the trigger "An email is sent to a customer"',
  [RULE.customerReplyTrigger]: 'the trigger "A customer replies to an email"',
  [RULE.reopenOnCustomerReply]: "a customer reply on a closed ticket",
  [RULE.statusActions]: "status actions",
  [RULE.loopGuard]: "the loop guard",
  [RULE.channelTicketCreation]: "channel ticket creation",
  [RULE.ticketCreatedTrigger]: 'the workflow trigger "Ticket created"',
  [RULE.emailSentWorkflowTrigger]: 'the workflow trigger "An email is sent to a customer from the ticket record"',
  [RULE.customerReplyWorkflowTrigger]: 'the workflow trigger "A customer replies to an email"',
  [RULE.statusDurationTrigger]: 'the workflow trigger "Ticket has been in a status for a time"',
  [RULE.slaDueSoonTrigger]: 'the workflow trigger "SLA is due soon"',
  [RULE.slaOverdueTrigger]: 'the workflow trigger "SLA is overdue"',
  [RULE.sla]: "the pipeline's SLA",
  [RULE.reopenWindow]: "the reopen window",
};

/** How a rule reads in a timeline sentence; workflow names (rule causes) pass through. */
export function ruleLabel(ruleName: string): string {
  return Object.hasOwn(LABELS, ruleName) ? LABELS[ruleName as BuiltInRuleName] : `workflow "${ruleName}"`;
}
