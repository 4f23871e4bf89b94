// SPEC §7 "Why did this change?": every change decide() makes gets a timeline entry
// naming the rule and the triggering event. Informational effects that change nothing
// (keep_close_date, most keep_status) stay in the dry-run answer only.
import type {
  Effect,
  EffectType,
  EnrollmentOf,
  KeepStatusReason,
  SkipEnrollmentReason,
  TimelineEntryDraft,
} from "./effects";
import type { Attribution } from "./attribution";
import { findStatus } from "./first-open-status";
import { PLAN_LABEL, requiredPlan } from "./plans";
import { propertyChangeText } from "./property-text";
import { ENROLLMENT_RULE, RULE, ruleLabel } from "./rule-names";
import type { EventTrigger, PipelineSnapshot } from "./types";

const SKIP_REASONS: Record<SkipEnrollmentReason, string> = {
  workflow_disabled: "the workflow is turned off",
  no_actions: "the workflow has no actions",
  filters_not_matched: "the ticket matches none of the workflow's enrollment filter groups",
  already_enrolled: "the ticket was enrolled before and re-enrollment is off",
};

const RECORDED_KEEP_REASONS: Partial<Record<KeepStatusReason, string>> = {
  trigger_misconfigured: "its target status is not in this pipeline",
  no_open_status: "the pipeline has no open status",
  plan_required: `not run: needs the ${PLAN_LABEL[requiredPlan("statusEmailTriggers")]} plan`,
};

type Explanation = Omit<TimelineEntryDraft, "eventId" | "actorUserId" | "depth"> & {
  depth?: number;
};

function label(pipeline: PipelineSnapshot, statusId: string): string {
  return `"${findStatus(pipeline, statusId)?.label ?? statusId}"`;
}

type Explainer<T extends EffectType> = (
  effect: Extract<Effect, { type: T }>,
  pipeline: PipelineSnapshot,
  by: Attribution,
) => Explanation | null;

function loopMeasure(e: Extract<Effect, { type: "loop_guard_tripped" }>): string {
  return e.reason === "depth" ? `automation depth ${e.observed}` : `${e.observed} automated changes in the last hour`;
}

const WHY_ENROLLED: Record<EventTrigger, string> = {
  TICKET_CREATED: "the ticket was created",
  EMAIL_SENT_FROM_TICKET: "an email was sent to the contact from the ticket record",
  CUSTOMER_REPLY: "the contact replied on the ticket's thread",
};

function whyEnrolled(e: EnrollmentOf, pipeline: PipelineSnapshot): string {
  if (e.trigger === "STATUS_ENTERED") return `the ticket reached ${label(pipeline, e.statusId ?? "")}`;
  if (e.because !== undefined) return e.because;
  return e.trigger in WHY_ENROLLED ? WHY_ENROLLED[e.trigger as EventTrigger] : "its time trigger fired";
}

/** Status enrolments keep their original detail; the others name their trigger (and a time trigger its occurrence). */
function enrollmentDetail(e: EnrollmentOf): Record<string, string> {
  if (e.trigger === "STATUS_ENTERED") return { workflowId: e.workflowId, statusId: e.statusId ?? "" };
  if (e.occurrenceKey !== undefined)
    return { workflowId: e.workflowId, trigger: e.trigger, occurrence: e.occurrenceKey };
  return { workflowId: e.workflowId, trigger: e.trigger };
}

const byRule = (name: string | null) => (name ? ` by ${ruleLabel(name)}` : "");

// One explainer per effect type; the mapped type makes a missing one a compile error.
const EXPLAINERS: { [T in EffectType]: Explainer<T> } = {
  set_status: (e, pipeline) => ({
    kind: "status_changed",
    summary:
      `Status changed from ${label(pipeline, e.fromStatusId)}` +
      ` to ${label(pipeline, e.statusId)}${byRule(e.ruleName)}`,
    ruleName: e.ruleName,
    depth: e.depth,
    detail: { fromStatusId: e.fromStatusId, toStatusId: e.statusId },
  }),
  set_close_date: (e) => ({
    kind: "close_date_set",
    summary:
      `Close date set to ${e.date}${byRule(RULE.closeDateAutomation)}` + (e.previous ? ` (was ${e.previous})` : ""),
    ruleName: RULE.closeDateAutomation,
    detail: { date: e.date, previous: e.previous },
  }),
  mark_reopened: (_e, _pipeline, by) => ({
    kind: "reopened",
    summary: `Ticket reopened${byRule(by.ruleName)}; the close date is kept`,
    ruleName: by.ruleName,
    detail: {},
  }),
  enroll: (e, pipeline) => ({
    kind: "workflow_enrolled",
    summary: `Enrolled in workflow "${e.workflowName}": ${whyEnrolled(e, pipeline)}`,
    ruleName: ENROLLMENT_RULE[e.trigger],
    depth: e.depth,
    detail: enrollmentDetail(e),
  }),
  // An empty action chain is visible on the Automate tab; no need to say so per ticket.
  skip_enrollment: (e) =>
    e.reason === "no_actions"
      ? null
      : {
          kind: "workflow_skipped",
          summary:
            `Workflow "${e.workflowName}" did not run: ${SKIP_REASONS[e.reason]}` +
            (e.because !== undefined ? ` (${e.because})` : ""),
          ruleName: ENROLLMENT_RULE[e.trigger],
          detail: { ...enrollmentDetail(e), reason: e.reason },
        },
  set_property: (e) => ({
    kind: "property_changed",
    summary: `${propertyChangeText(e.change.property, e.from, e.change.value)}${byRule(e.ruleName)}`,
    ruleName: e.ruleName,
    depth: e.depth,
    detail: { property: e.change.property, from: e.from, to: e.change.value },
  }),
  keep_status: (e) => {
    const why = RECORDED_KEEP_REASONS[e.reason];
    if (!why || !e.ruleName) return null;
    return {
      kind: "automation_skipped",
      summary: `Status not changed by ${ruleLabel(e.ruleName)}: ${why}`,
      ruleName: e.ruleName,
      detail: { reason: e.reason },
    };
  },
  loop_guard_tripped: (e) => ({
    kind: "loop_guard",
    summary: `Loop guard stopped automation (${loopMeasure(e)}, limit ${e.limit}): ${e.blocked}`,
    ruleName: RULE.loopGuard,
    detail: { reason: e.reason, limit: e.limit, observed: e.observed, blocked: e.blocked },
  }),
  set_sla: (e) => ({
    kind: "sla",
    summary: slaChangeText(e),
    ruleName: RULE.sla,
    detail: { change: e.change, firstReplyTarget: e.sla.firstReplyTarget, closeTarget: e.sla.closeTarget },
  }),
  create_follow_up: (e, _pipeline, by) => ({
    kind: "follow_up",
    summary:
      `Not reopened: the ticket closed more than ${days(e.windowDays)} ago (the reopen window), ` +
      `so the reply opens a follow-up ticket`,
    ruleName: RULE.reopenWindow,
    depth: by.depth,
    detail: { closedAt: e.closedAt.toISOString(), windowDays: e.windowDays },
  }),
  // These change nothing worth a line (or are the line already).
  mark_closed: () => null,
  keep_close_date: () => null,
  set_time_to_close: () => null,
  // Bookkeeping for trigger B: which thread the contact's replies count on.
  set_origin_thread: () => null,
  // A clock starting is no change; its enrolment, when it fires, is the line.
  start_timer: () => null,
  timeline: () => null,
};

const days = (n: number) => (n === 1 ? "1 day" : `${n} days`);

function slaChangeText(e: Extract<Effect, { type: "set_sla" }>): string {
  const { firstReplyTarget, closeTarget, businessHours } = e.sla;
  switch (e.change) {
    case "started": {
      const targets = [
        firstReplyTarget && `first reply within ${firstReplyTarget}`,
        closeTarget && `close within ${closeTarget}`,
      ].filter(Boolean);
      return `SLA started: ${targets.join(", ")} (${businessHours ? "business hours" : "around the clock"})`;
    }
    case "first_reply_met":
      return "SLA first reply made: an email was sent to the contact from the ticket record";
    case "first_reply_stopped":
      return "SLA first reply stopped: the ticket closed before any reply";
    case "close_met":
      return "SLA close reached: the ticket entered a closed status";
    case "close_restarted":
      return `SLA close restarted: the ticket reopened (close within ${closeTarget})`;
  }
}

function explain(effect: Effect, pipeline: PipelineSnapshot, by: Attribution): Explanation | null {
  const explainer = EXPLAINERS[effect.type] as Explainer<EffectType>;
  return explainer(effect, pipeline, by);
}

/** The effects, each followed by the timeline entry that explains it. */
export function withTimeline(effects: readonly Effect[], pipeline: PipelineSnapshot, by: Attribution): Effect[] {
  return effects.flatMap((effect): Effect[] => {
    const explanation = explain(effect, pipeline, by);
    if (!explanation) return [effect];
    const entry: TimelineEntryDraft = {
      ...explanation,
      eventId: by.eventId,
      actorUserId: by.actorUserId,
      depth: explanation.depth ?? by.depth,
    };
    return [effect, { type: "timeline", entry }];
  });
}
