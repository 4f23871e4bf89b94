// The automation engine's public API (DESIGN.md "One engine"): pure rules over plain data.
export type * from "./types";
export type * from "./happenings";
export type * from "./effects";
export { causeDepth, isAutomated } from "./happenings";
export { isAutomatedChange, refuse } from "./effects";
export { decide } from "./decide";
export { projectTicket } from "./project-ticket";
export {
  decideNewConversation,
  TICKET_SOURCE_FOR_CHANNEL,
  type ChannelSnapshot,
  type NewConversationContext,
  type NewConversationDecision,
  type NewTicketDraft,
  type StoreWithoutTicketReason,
} from "./channel-routing";
export { DEFAULT_LOOP_GUARD_LIMITS, loopGuardTrip, type LoopGuardTripped } from "./loop-guard";
export { calendarDateIn, isCalendarDate } from "./calendar-date";
export { findStatus, firstOpenStatus } from "./first-open-status";
export { closeDateEffects, entersClosedState } from "./close-date";
export { customerReplyTrigger, emailSentTrigger, isCustomerReply, type EmailRuleOutcome } from "./email-triggers";
export { statusActionEffects } from "./status-actions";
export { reopenWindowPassed } from "./reopen-window";
export { decideFollowUp, type FollowUpContext } from "./follow-up";
export {
  NO_SLA,
  NO_TICKET_SLA,
  slaClockChanges,
  slaEmailSentEffects,
  slaRunningSince,
  type SlaClockChanges,
} from "./sla-clocks";
export { ticketCreatedEffects, type TicketCreation } from "./ticket-created";
export { customerReplyEnrollments, emailSentEnrollments, triggerEnrollments } from "./workflow-triggers";
export {
  DEFAULT_EXCLUSION_FILTER,
  DEFAULT_FILTER_GROUPS,
  groupsFromLegacyFilters,
  matchesFilterGroups,
  SOURCES_EXCLUDED_BY_DEFAULT,
} from "./enrollment-filters";
export {
  durationWords,
  localMinute,
  occurrenceKey,
  slaTimerEffects,
  statusTimerEffects,
  type SlaTimerClock,
  type SlaWorkflows,
  timerFired,
  type TimerContext,
  type TimerOutcome,
} from "./time-triggers";
export { ENROLLMENT_RULE, RULE, ruleLabel, type BuiltInRuleName } from "./rule-names";
export { attributionOf, type Attribution } from "./attribution";
export { withTimeline } from "./timeline";
export {
  relocateFromRemovedStatuses,
  type RemovedStatusTicket,
  type StatusesRemoved,
  type TicketRelocation,
} from "./statuses-removed";
export {
  FEATURE_LABEL,
  PIPELINE_LIMIT,
  PLAN_LABEL,
  PLAN_TIERS,
  pipelineLimitRefusal,
  planAllows,
  planLockMessage,
  requiredPlan,
  type PlanFeature,
  type PlanTier,
} from "./plans";
export {
  allowedMoveTargets,
  channelCreationStatus,
  createRuleRefusal,
  creationStatuses,
  moveRuleRefusal,
  NO_PIPELINE_RULES,
  PIPELINE_RULE_LABEL,
  pipelineRulesBind,
  type PipelineRules,
} from "./pipeline-rules";
