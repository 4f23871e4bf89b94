// A dry run (lib/automate/dry-run.ts) as the Test automation panel shows it: the status and close
// date before and after, the actions that would run, and every "no" with its reason in words.
import {
  ruleLabel,
  type Effect,
  type KeepCloseDateReason,
  type KeepStatusReason,
  type SkipEnrollmentReason,
} from "@/lib/automation";
import type { DryRunResult, WouldRun } from "./dry-run";
import type { DryRunTimer } from "./dry-run-timers";

const KEEP_STATUS: Record<KeepStatusReason, string> = {
  not_email: "chat, Messenger, WhatsApp and form messages are not emails: the email triggers never count them",
  plan_required: "not run: the email triggers need the Starter plan or above",
  forwarded: "forwarded emails never change the status",
  reply_to_forwarded: "replies to a forwarded email never change the status",
  personal_inbox: "emails from a personal inbox never change the status",
  sent_from_contact_record: "emails sent from the contact record never change the status",
  sent_by_automation: "automated emails do not count as “an email is sent to a customer”",
  auto_reply: "auto-replies never change the status",
  not_from_contact: "the sender is not the ticket's contact",
  not_ticket_thread: "the reply is not on the thread the ticket was created from",
  trigger_off: "the trigger is turned off for this pipeline",
  trigger_misconfigured: "the trigger's status is not in this pipeline",
  already_in_status: "the ticket is already in that status",
  no_open_status: "the pipeline has no open status",
  reopen_window_passed: "the ticket closed longer ago than the reopen window: the reply opens a follow-up ticket",
};

const KEEP_CLOSE_DATE: Record<KeepCloseDateReason, string> = {
  automation_off: "close-date automation is off for this pipeline, so the close date stays as it is",
  already_closed: "the ticket was already closed, so its close date stays",
  reopened: "a ticket moving back to an open status keeps its close date",
};

const SKIP: Record<SkipEnrollmentReason, string> = {
  workflow_disabled: "the workflow is turned off",
  no_actions: "the workflow has no actions",
  filters_not_matched: "the ticket matches none of its enrollment filter groups",
  already_enrolled: "the ticket was enrolled before and re-enrollment is off",
};

export type DryRunView =
  | { ok: false; message: string }
  | {
      ok: true;
      status: { before: string; after: string };
      closeDate: { before: string | null; after: string | null };
      wouldRun: WouldRun[];
      reasons: string[];
      /** What else would change that has no field of its own (the origin thread). */
      notes: string[];
      /** SPEC §9: time triggers, what would fire and when. */
      timers: string[];
    };

const TIMER_STATE = { would_start: "would start", pending: "waiting", would_cancel: "would be cancelled" } as const;

function timerLine(timer: DryRunTimer): string {
  const when = timer.dueAtLocal ? `due ${timer.dueAtLocal}` : "never due";
  return `Workflow “${timer.workflowName}” (${TIMER_STATE[timer.state]}, ${when}): ${timer.verdict}.`;
}

function reasonOf(effect: Effect): string | null {
  const by = (rule: string | null) => (rule ? `${ruleLabel(rule)}: ` : "");
  switch (effect.type) {
    case "keep_status":
      return `Status unchanged — ${by(effect.ruleName)}${KEEP_STATUS[effect.reason]}.`;
    case "keep_close_date":
      return `Close date unchanged — ${KEEP_CLOSE_DATE[effect.reason]}.`;
    case "skip_enrollment":
      return `Workflow “${effect.workflowName}” would not run — ${SKIP[effect.reason]}.`;
    case "loop_guard_tripped":
      return `The loop guard would stop automation: ${effect.blocked}.`;
    default:
      return null;
  }
}

function noteOf(effect: Effect): string | null {
  if (effect.type !== "set_origin_thread") return null;
  return effect.threadId === null
    ? "The email would start a new thread with the contact, and it would become the ticket's origin thread: the contact's replies on it count as replies on the ticket's thread."
    : "This thread would become the ticket's origin thread: the contact's replies on it count as replies on the ticket's thread.";
}

export function toDryRunView(result: DryRunResult, statusLabel: (id: string) => string): DryRunView {
  if (!result.ok) return { ok: false, message: result.refusal.message };
  return {
    ok: true,
    status: { before: statusLabel(result.before.statusId), after: statusLabel(result.after.statusId) },
    closeDate: { before: result.before.closeDate, after: result.after.closeDate },
    wouldRun: result.wouldRun,
    reasons: result.effects.flatMap((effect) => reasonOf(effect) ?? []),
    notes: result.effects.flatMap((effect) => noteOf(effect) ?? []),
    timers: result.timers.map(timerLine),
  };
}
