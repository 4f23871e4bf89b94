// What decide() returns: effects for apply() to write in one transaction, or a refusal.
// Informational effects (keep_*, skip_*) change nothing; they make dry runs explainable.
import type { PropertyChange } from "./happenings";
import type { CalendarDate, TicketSla, TimerStart, WorkflowTrigger } from "./types";

/** Why an email did not move the ticket (§4). */
export type KeepStatusReason =
  /** A chat, Messenger, WhatsApp or form message: §4 is about email only. */
  | "not_email"
  | "forwarded"
  | "reply_to_forwarded"
  | "personal_inbox"
  | "sent_from_contact_record"
  | "sent_by_automation"
  | "auto_reply"
  | "not_from_contact"
  | "not_ticket_thread"
  | "trigger_off"
  /** The account's plan lacks §4 triggers (SPEC §6); the reopen rule is not a plan feature. */
  | "plan_required"
  | "trigger_misconfigured"
  | "already_in_status"
  | "no_open_status"
  /** SPEC §9 reopen window: the reply opens a follow-up ticket instead. */
  | "reopen_window_passed";

export type KeepCloseDateReason = "automation_off" | "already_closed" | "reopened";

export type SkipEnrollmentReason = "workflow_disabled" | "no_actions" | "filters_not_matched" | "already_enrolled";

/** What happened to a ticket's SLA clocks (SPEC §9). */
export type SlaChange = "started" | "first_reply_met" | "first_reply_stopped" | "close_met" | "close_restarted";

export type LoopGuardReason = "depth" | "hourly_limit";

export type TimelineKind =
  | "status_changed"
  | "close_date_set"
  | "reopened"
  | "workflow_enrolled"
  | "workflow_skipped"
  | "property_changed"
  | "automation_skipped"
  | "loop_guard"
  | "ticket_created"
  | "sla"
  | "follow_up";

/** A TimelineEntry row without id/ticketId/createdAt (apply fills those in). */
export interface TimelineEntryDraft {
  kind: TimelineKind;
  summary: string;
  ruleName: string | null;
  eventId: string | null;
  actorUserId: string | null;
  depth: number;
  detail: Record<string, string | number | boolean | null>;
}

/** Which workflow an enrolment is about, and what enrolled it (statusId only for a status). */
export interface EnrollmentOf {
  workflowId: string;
  workflowName: string;
  trigger: WorkflowTrigger;
  statusId: string | null;
  /** Time triggers (SPEC §9): the occurrence it enrols for (once each) and which clock ran out. */
  occurrenceKey?: string;
  because?: string;
}

export type Effect =
  | {
      type: "set_status";
      statusId: string;
      fromStatusId: string;
      /** null when a person (or API client) moved the ticket directly. */
      ruleName: string | null;
      depth: number;
      /** Becomes lastStatusChangeAt. */
      at: Date;
    }
  | { type: "set_close_date"; date: CalendarDate; previous: CalendarDate | null; setBy: "automation" }
  | { type: "keep_close_date"; date: CalendarDate | null; reason: KeepCloseDateReason }
  | { type: "set_time_to_close"; ms: number }
  | { type: "mark_reopened"; at: Date }
  /** The ticket entered a closed status (from an open one, or created closed). */
  | { type: "mark_closed"; at: Date }
  /** SPEC §9: a change to the ticket's SLA clocks; `sla` is the whole new value. */
  | { type: "set_sla"; change: SlaChange; sla: TicketSla; at: Date }
  /** SPEC §9 reopen window: the reply on this closed ticket becomes a new ticket linked to it. */
  | { type: "create_follow_up"; closedAt: Date; windowDays: number }
  /** Depth the workflow's actions run at: pass it on as Cause.depth when they act. */
  | ({ type: "enroll"; depth: number } & EnrollmentOf)
  | ({ type: "skip_enrollment"; reason: SkipEnrollmentReason } & EnrollmentOf)
  /** The first email to the contact about the ticket starts the ticket's thread (§4 B); null:
   *  the thread that email would start, which does not exist yet (a dry run). */
  | { type: "set_origin_thread"; threadId: string | null }
  | {
      type: "set_property";
      change: PropertyChange;
      from: string | null;
      ruleName: string | null;
      depth: number;
    }
  | { type: "keep_status"; reason: KeepStatusReason; ruleName: string | null }
  | {
      type: "loop_guard_tripped";
      reason: LoopGuardReason;
      limit: number;
      observed: number;
      /** What did not happen, in words. */
      blocked: string;
    }
  /** SPEC §9: a time trigger's clock started; the data layer writes its timer (a job row). */
  | ({ type: "start_timer" } & TimerStart)
  | { type: "timeline"; entry: TimelineEntryDraft };

export type EffectType = Effect["type"];

export type RefusalCode = "ILLEGAL_MOVE" | "VERSION_CONFLICT" | "PIPELINE_MISMATCH" | "PIPELINE_RULE";

export interface Refusal {
  code: RefusalCode;
  message: string;
}

export type Decision = { ok: true; effects: Effect[] } | { ok: false; refusal: Refusal };

export function refuse(code: RefusalCode, message: string): Decision {
  return { ok: false, refusal: { code, message } };
}

/** Effects that change the ticket by automation; the loop guard's hourly count is of these. */
export function isAutomatedChange(effect: Effect): boolean {
  return (effect.type === "set_status" || effect.type === "set_property") && effect.ruleName !== null;
}
