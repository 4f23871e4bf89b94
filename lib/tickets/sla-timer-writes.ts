// SPEC §9 "SLA first reply / close is due soon / overdue" timers, written beside the set_sla
// effects that start the clocks (a new ticket; a reopen restarts close), in the same statement as
// the ticket's row: one time_trigger job per enabled SLA workflow of the target, due at the start
// of the target's last 20 % or at its due time (the ticket's own due columns). A clock that
// stops (first reply sent, closed) or restarts cancels its pending timers; the engine also checks
// at firing time that the clock still runs from the timer's start (timerFired).
import "server-only";
import {
  slaClockChanges,
  slaTimerEffects,
  type PipelineSnapshot,
  type SlaTargetName,
  type SlaWorkflows,
  type TicketSla,
  type TicketSnapshot,
} from "@/lib/automation";
import type { BusinessHours } from "@/lib/business-hours/week";
import { sql, utc } from "@/lib/db/sql";
import type { WritePart } from "@/lib/db/write-batch";
import { TIME_TRIGGER_JOB } from "@/lib/jobs/time-trigger-payload";
import { startSlaClock } from "@/lib/sla/sla-clock";
import { timerRowsOf } from "./timer-writes";
import type { WriteBatch } from "./write-batch";

const TARGET_OF: Record<SlaTargetName, (sla: TicketSla) => string | null> = {
  firstReply: (sla) => sla.firstReplyTarget,
  close: (sla) => sla.closeTarget,
};

/** The SLA timers a change starts: `before` null for a new ticket. */
export function slaTimerStarts(
  pipeline: SlaWorkflows,
  before: TicketSla | null,
  after: Pick<TicketSnapshot, "sla" | "createdAt">,
  calendar: BusinessHours,
) {
  const { started } = slaClockChanges(before, after.sla, after.createdAt);
  const hours = after.sla.businessHours ? calendar : null;
  return started.flatMap(({ target, startedAt }) => {
    const clock = startSlaClock(startedAt, TARGET_OF[target](after.sla), hours);
    return clock ? slaTimerEffects(pipeline, target, { ...clock, businessHours: after.sla.businessHours }) : [];
  });
}

/** The clocks that stopped or restarted: their pending timers will never fire. */
function cancelSlaTimersPart(ticketId: string, ended: readonly SlaTargetName[], now: Date): WritePart[] {
  if (ended.length === 0) return [];
  const statement = sql`
    UPDATE "Job" SET state = 'CANCELLED', "lastError" = 'the SLA clock stopped or restarted', "updatedAt" = ${utc(now)}
    WHERE "ticketId" = ${ticketId} AND type = ${TIME_TRIGGER_JOB} AND state = 'PENDING'
      AND payload->>'trigger' IN ('SLA_DUE_SOON', 'SLA_OVERDUE')
      AND payload->>'slaTarget' IN (SELECT jsonb_array_elements_text(${JSON.stringify(ended)}::jsonb))
    RETURNING 1`;
  return [{ name: "sla_timer_cancel", statement }];
}

/** The timers to write and cancel for a change of the ticket's SLA clocks (none when it has no set_sla). */
export function slaTimerBatch(
  pipeline: PipelineSnapshot,
  before: TicketSla | null,
  after: TicketSnapshot,
  calendar: BusinessHours,
  now: Date,
): Partial<WriteBatch> {
  const { ended } = slaClockChanges(before, after.sla, after.createdAt);
  const starts = slaTimerStarts(pipeline, before, after, calendar);
  return { writes: cancelSlaTimersPart(after.id, ended, now), timers: timerRowsOf(after.id, starts) };
}
