// Stable rule identifiers written to TimelineEntry.ruleName, named as SPEC.md calls the rules.
export const RULE = {
  closeDateAutomation: "close_date_automation", // §3
  emailSentTrigger: "email_sent_trigger", // §4 trigger A
  customerReplyTrigger: "customer_reply_trigger", // §4 trigger B
  reopenOnCustomerReply: "reopen_on_customer_reply", // §4 "always": reply on a closed ticket
  statusActions: "status_actions", // §5
  loopGuard: "loop_guard", // §7
  channelTicketCreation: "channel_ticket_creation", // §2
} as const;

export type BuiltInRuleName = (typeof RULE)[keyof typeof RULE];

/** How a rule reads in a timeline sentence; workflow names (rule causes) pass through. */
export function ruleLabel(ruleName: string): string {
  switch (ruleName) {
    case RULE.closeDateAutomation:
      return "close-date automation";
    case RULE.emailSentTrigger:
      return 'the trigger "An email is sent to a customer"';
    case RULE.customerReplyTrigger:
      return 'the trigger "A customer replies to an email"';
    case RULE.reopenOnCustomerReply:
      return "a customer reply on a closed ticket";
    case RULE.statusActions:
      return "status actions";
    case RULE.loopGuard:
      return "the loop guard";
    case RULE.channelTicketCreation:
      return "channel ticket creation";
    default:
      return `workflow "${ruleName}"`;
  }
}
