// Plain snapshots the automation core decides over. The data layer maps Prisma rows
// to these, so the rules never see the ORM and can be tested (and dry-run) in memory.
import type { PlanTier } from "./plans";

export type TicketState = "OPEN" | "CLOSED";

/** The schema's TicketSource enum, as strings. */
export type TicketSource = "EMAIL" | "CHAT" | "FORM" | "MESSENGER" | "WHATSAPP" | "PHONE" | "API" | "MANUAL";

/** The schema's ChannelType enum, as strings. */
export type ChannelType = "TEAM_EMAIL" | "CHAT" | "FORM" | "MESSENGER" | "WHATSAPP" | "PHONE";

export type Priority = "LOW" | "MEDIUM" | "HIGH" | "URGENT";

/** A calendar date "YYYY-MM-DD" in the account's time zone (SPEC §3), not an instant. */
export type CalendarDate = string;

export interface TicketSnapshot {
  id: string;
  /** The ticket's name (SPEC §1 "name/subject"). */
  subject: string;
  description: string;
  pipelineId: string;
  statusId: string;
  priority: Priority;
  source: TicketSource;
  ownerId: string | null;
  contactId: string | null;
  /** The thread the ticket was created from (§4 trigger B). */
  originThreadId: string | null;
  closeDate: CalendarDate | null;
  createdAt: Date;
  /** Last time a closed ticket moved back to an open status. */
  reopenedAt: Date | null;
  /** Set the first time the ticket enters a closed status; never recomputed. */
  timeToCloseMs: number | null;
  /** The last time the ticket entered a closed status (SPEC §9 reopen window). */
  closedAt: Date | null;
  /** SPEC §9: the ticket's SLA clocks (NO_TICKET_SLA without an SLA). */
  sla: TicketSla;
  /** Workflows this ticket was ever enrolled in (any state): re-enrollment off means once. */
  enrolledWorkflowIds: readonly string[];
  version: number;
}

export interface StatusSnapshot {
  id: string;
  label: string;
  displayOrder: number;
  state: TicketState;
}

/** One §4 checkbox row: on/off and the status it moves the ticket to. */
export interface StatusTrigger {
  enabled: boolean;
  statusId: string | null;
}

export interface PipelineAutomationSettings {
  closeDateAutomation: boolean;
  /** §4 trigger A, "An email is sent to a customer". */
  emailSentTrigger: StatusTrigger;
  /** §4 trigger B, "A customer replies to an email". */
  customerReplyTrigger: StatusTrigger;
  /** SPEC §9 reopen window: a reply to a ticket closed more than this many days ago creates a
   *  follow-up ticket instead of reopening it. Null: off (always reopen). */
  reopenWindowDays: number | null;
}

/** SPEC §9: a pipeline's SLA targets, ISO 8601 durations ("PT4H"), or null for none. */
export interface SlaPolicy {
  firstReply: string | null;
  close: string | null;
  /** Counted in the account's business hours, or around the clock. */
  businessHours: boolean;
}

/**
 * A ticket's SLA (SPEC §9): the targets copied from its pipeline when it was created (a target
 * changed later applies to new tickets) and what the engine decides about its two clocks. The
 * due times are derived from these by the data layer (lib/sla), in the account's business hours.
 */
export interface TicketSla {
  firstReplyTarget: string | null;
  closeTarget: string | null;
  businessHours: boolean;
  /** The first reply's clock starts when the ticket is created. */
  firstReplyMetAt: Date | null;
  /** The ticket closed before any first reply: that clock stopped unmet. */
  firstReplyStoppedAt: Date | null;
  /** Creation, or the last reopen (a reopen restarts close). */
  closeStartedAt: Date | null;
  closeMetAt: Date | null;
}

/** Ticket properties an enrollment filter can test. */
export type FilterProperty = "source" | "priority" | "ownerId";

/** One enrollment filter: a property, an operator and (unless "is known/unknown") a value or values. */
export type EnrollmentFilter =
  | { property: FilterProperty; operator: "is" | "is_not"; value: string }
  | { property: FilterProperty; operator: "is_any_of" | "is_none_of"; value: readonly string[] }
  | { property: FilterProperty; operator: "is_known" | "is_unknown"; value?: null };

/** A filter group: its filters are ANDed (a ticket matches it when it matches every filter). */
export type EnrollmentFilterGroup = readonly EnrollmentFilter[];

/** The workflow editor's triggers that are something happening rather than a status reached. */
export type EventTrigger = "TICKET_CREATED" | "EMAIL_SENT_FROM_TICKET" | "CUSTOMER_REPLY";

/** SPEC §9 time triggers: a durable timer (a job row) enrols the ticket when it comes due. */
export type TimeTrigger = "STATUS_DURATION" | "SLA_DUE_SOON" | "SLA_OVERDUE";

/** The schema's WorkflowTrigger enum, as strings: what enrols a ticket in a workflow. */
export type WorkflowTrigger = "STATUS_ENTERED" | EventTrigger | TimeTrigger;

/** The two SLA targets of a pipeline (SPEC §9). */
export type SlaTargetName = "firstReply" | "close";

/** What every enrolment rule needs to know about a workflow of the pipeline. */
export interface WorkflowSnapshot {
  workflowId: string;
  name: string;
  enabled: boolean;
  /** Enrollment criteria (§5): OR of groups, each an AND of filters; no groups: every ticket. */
  enrollmentFilterGroups: readonly EnrollmentFilterGroup[];
  reenrollment: boolean;
  hasActions: boolean;
}

/** A workflow enrolled by "ticket reaches status X" (§5). */
export interface StatusWorkflowSnapshot extends WorkflowSnapshot {
  statusId: string;
}

/** A custom workflow enrolled by a ticket created, an email sent from it, or a customer reply. */
export interface TriggerWorkflowSnapshot extends WorkflowSnapshot {
  trigger: EventTrigger;
}

/** A custom workflow enrolled by time: "in status X for D" or an SLA target due soon / overdue. */
export interface TimeWorkflowSnapshot extends WorkflowSnapshot {
  trigger: TimeTrigger;
  /** STATUS_DURATION: the status, how long (ISO 8601 and ms) and whether counted in business hours. */
  statusId: string | null;
  after: string | null;
  afterMs: number | null;
  businessHours: boolean;
  /** SLA_*: which target. */
  slaTarget: SlaTargetName | null;
}

/* SPEC §9 timers (time-triggers.ts). */
/** What a timer is for: the job row's payload, the enrolment's occurrence. */
export interface TimerOccurrence {
  workflowId: string;
  trigger: TimeTrigger;
  /** STATUS_DURATION: the status the ticket stays in. */
  statusId: string | null;
  /** SLA_*: the target. */
  slaTarget: SlaTargetName | null;
  /** When the clock started: the ticket entered the status, or the SLA target's clock started. */
  startedAt: Date;
}

/** A timer to write: due `afterMs` (in business hours or not) after it started, or at `dueAt`. */
export interface TimerStart extends TimerOccurrence {
  workflowName: string;
  afterMs: number | null;
  businessHours: boolean;
  /** SLA timers: the instant is the ticket's own due time (already in business hours or not). */
  dueAt: Date | null;
}

/** The ticket's clocks as they are when a timer fires (read by the data layer). */
export interface TicketClocks {
  /** When the ticket entered its current status. */
  statusEnteredAt: Date;
  /** Per SLA target: when its running clock started, or null when it is not running (none, met, stopped). */
  slaRunningSince: Record<SlaTargetName, Date | null>;
}

/** SPEC §8 pipeline rules (rules in `pipeline-rules.ts`). */
export interface PipelineRules {
  /** The statuses a ticket may be created in; null: any. */
  createStatusIds: readonly string[] | null;
  preventSkipping: boolean;
  preventBackward: boolean;
}

export interface PipelineSnapshot {
  id: string;
  name: string;
  statuses: readonly StatusSnapshot[];
  automation: PipelineAutomationSettings;
  /** SPEC §8; NO_PIPELINE_RULES when the pipeline has none. */
  rules: PipelineRules;
  /** SPEC §9; NO_SLA when the pipeline has none. */
  sla: SlaPolicy;
  statusWorkflows: readonly StatusWorkflowSnapshot[];
  triggerWorkflows: readonly TriggerWorkflowSnapshot[];
  /** SPEC §9 time-triggered custom workflows (time-triggers.ts). */
  timeWorkflows: readonly TimeWorkflowSnapshot[];
}

export interface LoopGuardLimits {
  /** How many levels of automation caused by automation may run. */
  maxDepth: number;
  /** Automated changes allowed on one ticket in one hour. */
  maxAutomatedChangesPerHour: number;
}

export interface DecideContext {
  /** The clock, passed in so decide stays pure and dry runs are reproducible. */
  now: Date;
  /** The account's IANA time zone; "today" for close dates is computed in it. */
  timeZone: string;
  /** Automated changes recorded on this ticket in the hour before `now`. */
  recentAutomationCount: number;
  limits: LoopGuardLimits;
  /** The account's plan (SPEC §6): below Starter the §4 email triggers do not move tickets. */
  planTier: PlanTier;
}
