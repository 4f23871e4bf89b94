// Builders for the unit tests: the fresh-install "Support Pipeline" (SPEC §1) plus a
// second closed status, and a ticket in it. Not part of the public API.
import type { Decision, Effect } from "./effects";
import type { Cause, EmailSent, MessageReceived } from "./happenings";
import { DEFAULT_LOOP_GUARD_LIMITS } from "./loop-guard";
import { NO_PIPELINE_RULES } from "./pipeline-rules";
import { DEFAULT_FILTER_GROUPS, matchesFilter, type FilterableTicket } from "./enrollment-filters";
import { NO_SLA, NO_TICKET_SLA } from "./sla-clocks";
import type {
  DecideContext,
  EnrollmentFilter,
  PipelineAutomationSettings,
  PipelineSnapshot,
  StatusSnapshot,
  StatusWorkflowSnapshot,
  TicketSnapshot,
  TriggerWorkflowSnapshot,
} from "./types";

export const NEW: StatusSnapshot = { id: "st-new", label: "New", displayOrder: 0, state: "OPEN" };
export const WAITING_ON_CONTACT: StatusSnapshot = {
  id: "st-waiting-contact",
  label: "Waiting on contact",
  displayOrder: 1,
  state: "OPEN",
};
export const WAITING_ON_US: StatusSnapshot = {
  id: "st-waiting-us",
  label: "Waiting on us",
  displayOrder: 2,
  state: "OPEN",
};
export const CLOSED: StatusSnapshot = { id: "st-closed", label: "Closed", displayOrder: 3, state: "CLOSED" };
export const WONT_FIX: StatusSnapshot = {
  id: "st-wont-fix",
  label: "Won't fix",
  displayOrder: 4,
  state: "CLOSED",
};
export const STATUSES = [NEW, WAITING_ON_CONTACT, WAITING_ON_US, CLOSED, WONT_FIX];

export function aPipeline(
  overrides: Partial<Omit<PipelineSnapshot, "automation">> & {
    automation?: Partial<PipelineAutomationSettings>;
  } = {},
): PipelineSnapshot {
  const { automation, ...rest } = overrides;
  return {
    id: "pl-support",
    name: "Support Pipeline",
    statuses: STATUSES,
    rules: NO_PIPELINE_RULES,
    sla: NO_SLA,
    statusWorkflows: [],
    triggerWorkflows: [],
    timeWorkflows: [],
    ...rest,
    automation: {
      closeDateAutomation: true,
      emailSentTrigger: { enabled: false, statusId: null },
      customerReplyTrigger: { enabled: false, statusId: null },
      reopenWindowDays: null,
      ...automation,
    },
  };
}

export function aWorkflow(overrides: Partial<StatusWorkflowSnapshot> = {}): StatusWorkflowSnapshot {
  return {
    workflowId: "wf-closed",
    statusId: CLOSED.id,
    name: "Closed actions",
    enabled: true,
    enrollmentFilterGroups: DEFAULT_FILTER_GROUPS,
    reenrollment: true,
    hasActions: true,
    ...overrides,
  };
}

export function aTriggerWorkflow(overrides: Partial<TriggerWorkflowSnapshot> = {}): TriggerWorkflowSnapshot {
  return {
    workflowId: "wf-trigger",
    trigger: "TICKET_CREATED",
    name: "Welcome",
    enabled: true,
    enrollmentFilterGroups: DEFAULT_FILTER_GROUPS,
    reenrollment: true,
    hasActions: true,
    ...overrides,
  };
}

export function aTicket(overrides: Partial<TicketSnapshot> = {}): TicketSnapshot {
  return {
    id: "tk-1",
    subject: "Order not arrived",
    description: "My order has not arrived.",
    pipelineId: "pl-support",
    statusId: NEW.id,
    priority: "MEDIUM",
    source: "EMAIL",
    ownerId: null,
    contactId: "ct-1",
    originThreadId: "th-origin",
    closeDate: null,
    createdAt: new Date("2025-03-01T09:00:00Z"),
    reopenedAt: null,
    timeToCloseMs: null,
    closedAt: null,
    sla: NO_TICKET_SLA,
    enrolledWorkflowIds: [],
    version: 1,
    ...overrides,
  };
}

export function ctxAt(iso: string, overrides: Partial<DecideContext> = {}): DecideContext {
  return {
    now: new Date(iso),
    timeZone: "UTC",
    recentAutomationCount: 0,
    limits: DEFAULT_LOOP_GUARD_LIMITS,
    planTier: "ENTERPRISE",
    ...overrides,
  };
}

export const byUser: Cause = { kind: "user", userId: "us-agent" };
export const byEvent: Cause = { kind: "event", eventId: "ev-1" };
export function byRule(depth: number, ruleName = "Escalate workflow"): Cause {
  return { kind: "rule", ruleName, depth, eventId: "ev-root" };
}

export function effectsOf(decision: Decision): Effect[] {
  if (!decision.ok) throw new Error(`Expected effects, got refusal ${decision.refusal.code}`);
  return decision.effects;
}

/** Effects without their timeline entries, for asserting on what changes. */
export function changesOf(decision: Decision): Effect[] {
  return effectsOf(decision).filter((e) => e.type !== "timeline");
}

export function timelineOf(decision: Decision) {
  return effectsOf(decision).flatMap((e) => (e.type === "timeline" ? [e.entry] : []));
}

/** The contact's email reply on the ticket's origin thread (SPEC §4 trigger B). */
export function aReply(overrides: Partial<MessageReceived> = {}): MessageReceived {
  return {
    kind: "message_received",
    channelType: "TEAM_EMAIL",
    threadId: "th-origin",
    threadCreatedAt: new Date("2025-03-01T09:00:00Z"),
    forwarded: false,
    inReplyToForwarded: false,
    fromContact: true,
    autoReply: false,
    cause: byEvent,
    ...overrides,
  };
}

/** A person's email to the contact from the ticket record (SPEC §4 trigger A). */
export function anEmailSent(overrides: Partial<EmailSent> = {}): EmailSent {
  return {
    kind: "email_sent",
    channelType: "TEAM_EMAIL",
    sentFrom: "ticket",
    forwarded: false,
    threadId: "th-origin",
    cause: byUser,
    ...overrides,
  };
}

/**
 * The enrollment rule before filter groups (chat and Messenger left out by a hidden rule unless a
 * filter named their source, then the filters ANDed), frozen as the reference that the migration to
 * groups must decide like (unit and integration tests).
 */
export function legacyEnrols(t: FilterableTicket, filters: readonly EnrollmentFilter[]): boolean {
  const named = filters.some(
    (f) =>
      f.property === "source" &&
      ((f.operator === "is" && f.value === t.source) || (f.operator === "is_any_of" && f.value.includes(t.source))),
  );
  if ((t.source === "CHAT" || t.source === "MESSENGER") && !named) return false;
  return filters.every((f) => matchesFilter(t, f));
}

/** Filters as workflows held them before groups: every shape the hidden rule treated differently. */
export const LEGACY_FILTER_CASES: EnrollmentFilter[][] = [
  [],
  [{ property: "source", operator: "is", value: "CHAT" }],
  [{ property: "source", operator: "is", value: "MESSENGER" }],
  [{ property: "source", operator: "is", value: "EMAIL" }],
  [{ property: "source", operator: "is_any_of", value: ["EMAIL", "CHAT"] }],
  [{ property: "source", operator: "is_any_of", value: ["CHAT", "MESSENGER"] }],
  [{ property: "source", operator: "is_not", value: "EMAIL" }],
  [{ property: "source", operator: "is_not", value: "CHAT" }],
  [{ property: "source", operator: "is_none_of", value: ["CHAT"] }],
  [{ property: "source", operator: "is_known" }],
  [{ property: "priority", operator: "is", value: "URGENT" }],
  [
    { property: "priority", operator: "is_any_of", value: ["HIGH", "URGENT"] },
    { property: "source", operator: "is", value: "CHAT" },
  ],
  [{ property: "ownerId", operator: "is_known" }],
  [
    { property: "ownerId", operator: "is_unknown" },
    { property: "source", operator: "is_any_of", value: ["MESSENGER"] },
  ],
  [
    { property: "ownerId", operator: "is_none_of", value: ["us-1"] },
    { property: "priority", operator: "is_not", value: "LOW" },
  ],
  [
    { property: "source", operator: "is", value: "CHAT" },
    { property: "source", operator: "is", value: "MESSENGER" },
  ],
];
