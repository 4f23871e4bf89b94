// SPEC §9 in the dry run: "what would fire, and when". The timers the event would start (due
// when, counted in business hours or not) and the ticket's pending timers: each would fire at its
// due time (and the engine says whether the workflow would enrol the ticket then), or would be
// cancelled because the event moves the ticket out of the status or stops (or restarts) the SLA
// clock it counts. Nothing is written.
import "server-only";
import {
  localMinute,
  slaClockChanges,
  slaRunningSince,
  timerFired,
  type Effect,
  type TicketSnapshot,
  type TimeTrigger,
} from "@/lib/automation";
import { dbHandle } from "@/lib/db";
import type { Sql } from "@/lib/db/sql";
import { TIME_TRIGGER_JOB, type TimerPayload } from "@/lib/jobs/time-trigger-payload";
import type { LoadedTicket } from "@/lib/tickets/ticket-snapshot";
import { slaTimerStarts } from "@/lib/tickets/sla-timer-writes";
import { readCalendar, timerDueAt } from "@/lib/tickets/timer-writes";
import { readTicketClocks } from "@/lib/workflows/run/ticket-clocks";

export interface DryRunTimer {
  workflowId: string;
  workflowName: string;
  trigger: TimeTrigger;
  /** ISO instant; null when the calendar never opens long enough. */
  dueAt: string | null;
  /** dueAt in the account's zone, "2026-12-03 18:00 Europe/Berlin". */
  dueAtLocal: string | null;
  /** would_start: the event starts it; pending: it waits now; would_cancel: the event ends its stay. */
  state: "would_start" | "pending" | "would_cancel";
  /** At its due time, as the ticket is after the event: enrol, skip (a filter…), or not fire (why). */
  verdict: string;
}

async function pendingTimers(executor: Sql, ticketId: string) {
  return executor.query<{ payload: TimerPayload; runAt: string }>(
    `SELECT payload, to_char("runAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "runAt"
     FROM "Job" WHERE "ticketId" = $1 AND type = $2 AND state = 'PENDING' ORDER BY "runAt"`,
    [ticketId, TIME_TRIGGER_JOB],
  );
}

const occurrenceOf = (payload: TimerPayload) => ({ ...payload, startedAt: new Date(payload.startedAt) });

export async function dryRunTimers(
  loaded: LoadedTicket,
  effects: readonly Effect[],
  after: TicketSnapshot,
): Promise<DryRunTimer[]> {
  const executor = dbHandle().sql;
  const names = new Map(loaded.pipeline.timeWorkflows.map((w) => [w.workflowId, w.name]));
  const moves = effects.find((e) => e.type === "set_status");
  const clocks = await readTicketClocks(executor, loaded.ticket.id);
  const afterClocks = {
    statusEnteredAt: moves?.type === "set_status" ? moves.at : clocks.statusEnteredAt,
    slaRunningSince: slaRunningSince(after.sla, after.createdAt),
  };
  const slaEnded = new Set(slaClockChanges(loaded.ticket.sla, after.sla, after.createdAt).ended);
  const verdict = (timer: ReturnType<typeof occurrenceOf>, at: Date) => {
    const outcome = timerFired(after, loaded.pipeline, timer, afterClocks, { now: at, timeZone: loaded.timeZone });
    if (!outcome.fired) return `would not fire: ${outcome.reason}`;
    const line = outcome.effects.find((e) => e.type === "timeline");
    return line?.type === "timeline" ? line.entry.summary : "would fire";
  };
  const starts = [
    ...effects.flatMap((e) => (e.type === "start_timer" ? [e] : [])),
    ...slaTimerStarts(loaded.pipeline, loaded.ticket.sla, after, loaded.calendar).flatMap((e) =>
      e.type === "start_timer" ? [e] : [],
    ),
  ];
  const hours = starts.some((s) => s.businessHours && !s.dueAt) ? await readCalendar(executor) : null;
  const started = starts.map((start): DryRunTimer => {
    const due = timerDueAt(start, hours);
    return {
      workflowId: start.workflowId,
      workflowName: start.workflowName,
      trigger: start.trigger,
      dueAt: due?.toISOString() ?? null,
      dueAtLocal: due ? localMinute(due, loaded.timeZone) : null,
      state: "would_start",
      verdict: due ? verdict(start, due) : "would never fire: the business hours never open",
    };
  });
  const waiting = (await pendingTimers(executor, loaded.ticket.id)).map(({ payload, runAt }): DryRunTimer => {
    const leaves = Boolean(moves) && payload.trigger === "STATUS_DURATION";
    const stops =
      payload.slaTarget !== null && payload.trigger !== "STATUS_DURATION" && slaEnded.has(payload.slaTarget);
    const cancelled = leaves || stops;
    return {
      workflowId: payload.workflowId,
      workflowName: names.get(payload.workflowId) ?? payload.workflowId,
      trigger: payload.trigger,
      dueAt: runAt,
      dueAtLocal: localMinute(new Date(runAt), loaded.timeZone),
      state: cancelled ? "would_cancel" : "pending",
      verdict: leaves
        ? "would not fire: the ticket leaves the status"
        : stops
          ? "would not fire: the SLA clock stops (met, or the ticket closes) or restarts"
          : verdict(occurrenceOf(payload), new Date(runAt)),
    };
  });
  return [...started, ...waiting];
}
