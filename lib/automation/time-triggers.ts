// SPEC §9 workflow time triggers: "ticket has been in status X for D" (optionally counted in
// business hours), "SLA first reply / close is due soon" and "… is overdue". Nothing here waits:
// entering a status (or an SLA clock starting) starts a timer — an effect the data layer writes as
// a job row in the same transaction, due when the trigger would fire — and when that row comes
// due, timerFired() decides from the ticket as it is then whether the workflow enrols it.
// Each timer belongs to one occurrence (one stay in the status, one SLA clock): a ticket that
// leaves and re-enters the status starts a new occurrence, and each occurrence enrols once.
import type { Attribution } from "./attribution";
import type { Effect } from "./effects";
import { findStatus } from "./first-open-status";
import { ENROLLMENT_RULE } from "./rule-names";
import { skipReason } from "./status-actions";
import { withTimeline } from "./timeline";
import type {
  PipelineSnapshot,
  SlaTargetName,
  TicketClocks,
  TicketSnapshot,
  TimerOccurrence,
  TimeWorkflowSnapshot,
} from "./types";

/** One enrolment per workflow, ticket and occurrence (the enrolment row's unique key). */
export function occurrenceKey(
  timer: Pick<TimerOccurrence, "trigger" | "statusId" | "slaTarget" | "startedAt">,
): string {
  const started = timer.startedAt.toISOString();
  return timer.trigger === "STATUS_DURATION"
    ? `status:${timer.statusId}:${started}`
    : `sla:${timer.slaTarget}:${started}`;
}

/** Timers for a ticket entering `statusId` at `at`: one per enabled "in status for D" workflow on it. */
export function statusTimerEffects(pipeline: PipelineSnapshot, statusId: string, at: Date): Effect[] {
  return pipeline.timeWorkflows
    .filter((w) => w.enabled && w.trigger === "STATUS_DURATION" && w.statusId === statusId && w.afterMs !== null)
    .map((w) => ({
      type: "start_timer",
      workflowId: w.workflowId,
      workflowName: w.name,
      trigger: "STATUS_DURATION",
      statusId,
      slaTarget: null,
      startedAt: at,
      afterMs: w.afterMs,
      businessHours: w.businessHours,
      dueAt: null,
    }));
}

/** An SLA target's clock: when it started and when it is due soon / due. `dueSoonAfterMs` and
 *  `dueAfterMs` are the same instants as amounts of (business) time from the start, so a change of
 *  business hours moves the timers as it moves the ticket's due times. */
export interface SlaTimerClock {
  startedAt: Date;
  dueSoonAt: Date | null;
  dueAt: Date | null;
  dueSoonAfterMs?: number | null;
  dueAfterMs?: number | null;
  businessHours?: boolean;
}

/** The SLA workflows of a pipeline (or the one workflow whose trigger was just saved). */
export interface SlaWorkflows {
  timeWorkflows: readonly Pick<TimeWorkflowSnapshot, "workflowId" | "name" | "enabled" | "trigger" | "slaTarget">[];
}

/** Timers for an SLA target whose clock started at `startedAt`, due soon at / due at the given instants. */
export function slaTimerEffects(pipeline: SlaWorkflows, target: SlaTargetName, clock: SlaTimerClock): Effect[] {
  return pipeline.timeWorkflows.flatMap((w): Effect[] => {
    if (!w.enabled || w.slaTarget !== target || w.trigger === "STATUS_DURATION") return [];
    const soon = w.trigger === "SLA_DUE_SOON";
    const dueAt = soon ? clock.dueSoonAt : clock.dueAt;
    if (!dueAt) return [];
    const base = { workflowId: w.workflowId, workflowName: w.name, trigger: w.trigger, statusId: null };
    return [
      {
        type: "start_timer",
        ...base,
        slaTarget: target,
        startedAt: clock.startedAt,
        afterMs: (soon ? clock.dueSoonAfterMs : clock.dueAfterMs) ?? null,
        businessHours: clock.businessHours ?? false,
        dueAt,
      },
    ];
  });
}

export type TimerOutcome =
  /** The occurrence is over (the ticket left the status, the SLA was met or restarted, the trigger changed). */
  { fired: false; reason: string } | { fired: true; effects: Effect[] };

const TARGET_WORDS: Record<SlaTargetName, string> = { firstReply: "first reply", close: "time to close" };

/** Why the timer's workflow no longer wants this occurrence, or null when it still does. */
function staleReason(
  workflow: TimeWorkflowSnapshot | undefined,
  ticket: TicketSnapshot,
  timer: TimerOccurrence,
  clocks: TicketClocks,
): string | null {
  if (!workflow || workflow.trigger !== timer.trigger) return "the workflow no longer has this trigger";
  if (!workflow.enabled) return "the workflow is turned off";
  if (timer.trigger === "STATUS_DURATION") {
    if (workflow.statusId !== timer.statusId) return "the workflow's status changed";
    if (ticket.statusId !== timer.statusId || clocks.statusEnteredAt.getTime() !== timer.startedAt.getTime()) {
      return "the ticket left the status";
    }
    return null;
  }
  const target = timer.slaTarget ?? "firstReply";
  if (workflow.slaTarget !== target) return "the workflow's SLA target changed";
  const running = clocks.slaRunningSince[target];
  if (!running || running.getTime() !== timer.startedAt.getTime()) return `the ${TARGET_WORDS[target]} clock stopped`;
  return null;
}

export interface TimerContext {
  now: Date;
  /** The account's zone: the timeline says when the clock started in it. */
  timeZone: string;
}

/** When a timer comes due: enrol the ticket (or say why not), once for this occurrence. */
export function timerFired(
  ticket: TicketSnapshot,
  pipeline: PipelineSnapshot,
  timer: TimerOccurrence,
  clocks: TicketClocks,
  ctx: TimerContext,
): TimerOutcome {
  const workflow = pipeline.timeWorkflows.find((w) => w.workflowId === timer.workflowId);
  const stale = staleReason(workflow, ticket, timer, clocks);
  if (stale !== null || !workflow) return { fired: false, reason: stale ?? "the workflow is gone" };
  const base = {
    workflowId: workflow.workflowId,
    workflowName: workflow.name,
    trigger: timer.trigger,
    statusId: timer.statusId,
    occurrenceKey: occurrenceKey(timer),
    because: because(workflow, pipeline, timer, ctx),
  };
  const by: Attribution = { actorUserId: null, eventId: null, ruleName: ENROLLMENT_RULE[timer.trigger], depth: 1 };
  const reason = skipReason(ticket, workflow);
  const effect: Effect =
    reason === null ? { type: "enroll", ...base, depth: 1 } : { type: "skip_enrollment", ...base, reason };
  return { fired: true, effects: withTimeline([effect], pipeline, by) };
}

/** The timeline's "why": which clock ran out, counted how, since when. */
function because(
  workflow: TimeWorkflowSnapshot,
  pipeline: PipelineSnapshot,
  timer: TimerOccurrence,
  ctx: TimerContext,
) {
  const since = localMinute(timer.startedAt, ctx.timeZone);
  if (timer.trigger === "STATUS_DURATION") {
    const status = findStatus(pipeline, timer.statusId ?? "")?.label ?? timer.statusId;
    const counted = workflow.businessHours ? " of business hours" : "";
    return `the ticket has been in "${status}" for ${durationWords(workflow.afterMs ?? 0)}${counted} (since ${since})`;
  }
  const target = TARGET_WORDS[timer.slaTarget ?? "firstReply"];
  return timer.trigger === "SLA_DUE_SOON"
    ? `the SLA ${target} is due soon (clock started ${since})`
    : `the SLA ${target} is overdue (clock started ${since})`;
}

const UNITS: [ms: number, one: string][] = [
  [7 * 86_400_000, "week"],
  [86_400_000, "day"],
  [3_600_000, "hour"],
  [60_000, "minute"],
];

/** 3_600_000 → "1 hour", 5_400_000 → "90 minutes": the largest unit that divides it. */
export function durationWords(ms: number): string {
  const [size, unit] = UNITS.find(([size]) => ms % size === 0 && ms >= size) ?? [60_000, "minute"];
  const count = Math.round(ms / size);
  return `${count} ${unit}${count === 1 ? "" : "s"}`;
}

/** "2026-12-03 09:00 Europe/Berlin". */
export function localMinute(at: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).formatToParts(at);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return `${part("year")}-${part("month")}-${part("day")} ${part("hour")}:${part("minute")} ${timeZone}`;
}
