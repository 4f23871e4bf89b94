// Job type "time_trigger" (SPEC §9): a timer came due. In one transaction: lock the ticket, ask
// the engine whether the occurrence still holds and the workflow takes the ticket (timerFired),
// write the enrolment (keyed by its occurrence: one per stay or SLA clock, whatever retries or
// restarts happen) with its timeline entry and its start job, and complete the timer. A timer
// whose occurrence is over completes without a trace. A burst's timers (lib/time-trigger-batch.ts)
// fire together through fireTimers: a few statements for the lot, not a few per timer.
import "server-only";
import { z } from "zod";
import { timerFired, type TimerOccurrence } from "@/lib/automation";
import { rows, sql, type Sql } from "@/lib/db/sql";
import { defineJobHandler, wakeWorkers } from "@/lib/jobs";
import { loadTickets } from "@/lib/tickets/ticket-snapshot";
import { effectRowsBatch } from "@/lib/tickets/ticket-writes";
import { combineBatches, commitWriteBatch, prefixParts, type WriteBatch } from "@/lib/tickets/write-batch";
import { readTicketsClocks } from "./ticket-clocks";

export { TIME_TRIGGER_JOB } from "@/lib/jobs/time-trigger-payload";

export const ZTimerPayload = z.object({
  workflowId: z.string(),
  trigger: z.enum(["STATUS_DURATION", "SLA_DUE_SOON", "SLA_OVERDUE"]),
  statusId: z.string().nullable(),
  slaTarget: z.enum(["firstReply", "close"]).nullable(),
  startedAt: z.iso.datetime().transform((iso) => new Date(iso)),
  afterMs: z.number().nullable(),
  businessHours: z.boolean(),
});

export interface TimeTriggerJobOptions {
  /** The clock (tests); default the machine's. */
  now?: () => Date;
}

export type FireResult =
  | { fired: true; enrolled: boolean; /** The enrolments written (their start jobs queued). */ enrollmentIds: string[] }
  | { fired: false; reason: string };

/** A timer to fire: its ticket and its occurrence. */
export interface DueTimer {
  ticketId: string;
  timer: TimerOccurrence;
}

/** Fires one timer inside `tx` (the caller completes the job in it). */
export async function fireTimer(tx: Sql, ticketId: string, timer: TimerOccurrence, now: Date): Promise<FireResult> {
  const [result] = await fireTimers(tx, [{ ticketId, timer }], now);
  return result!;
}

/**
 * Fires timers inside `tx`, results in their order: their tickets locked (in id order) and
 * loaded, their clocks and their occurrences' enrolments read, one query each for all, the
 * engine asked about each, and what they enrol written in one statement. A second timer of one
 * occurrence (same workflow, ticket and occurrence key) is passed over like a retried one.
 */
export async function fireTimers(tx: Sql, timers: readonly DueTimer[], now: Date): Promise<FireResult[]> {
  const ticketIds = timers.map((t) => t.ticketId);
  const loaded = await loadTickets(tx, ticketIds, { now, lock: true });
  const clocks = await readTicketsClocks(tx, ticketIds);
  const outcomes = timers.map(({ ticketId, timer }) => {
    const ticket = loaded.get(ticketId);
    const clock = clocks.get(ticketId);
    if (!ticket || !clock) return { fired: false as const, reason: "the ticket is gone" };
    return timerFired(ticket.ticket, ticket.pipeline, timer, clock, { now, timeZone: ticket.timeZone });
  });
  const occurrences = outcomes.map((outcome, i): Occurrence | null => {
    if (!outcome.fired) return null;
    const key = outcome.effects.find((e) => e.type === "enroll" || e.type === "skip_enrollment");
    const occurrenceKey = key && "occurrenceKey" in key ? key.occurrenceKey : undefined;
    const { ticketId, timer } = timers[i]!;
    return occurrenceKey ? { ticketId, workflowId: timer.workflowId, occurrenceKey } : null;
  });
  const taken = await enrolledOccurrences(tx, occurrences);
  const batches: WriteBatch[] = [];
  const results = outcomes.map((outcome, i): FireResult => {
    if (!outcome.fired) return outcome;
    const occurrence = occurrences[i];
    if (occurrence) {
      const id = occurrenceId(occurrence);
      if (taken.has(id)) return { fired: false, reason: "this occurrence already enrolled" };
      taken.add(id);
    }
    const batch = effectRowsBatch(timers[i]!.ticketId, outcome.effects, null, now);
    batches.push(prefixParts(batch, `t${i}`));
    const enrollmentIds = batch.workflowStarts.map((start) => start.enrollment.id);
    return { fired: true, enrolled: enrollmentIds.length > 0, enrollmentIds };
  });
  if (batches.length > 0) await commitWriteBatch(tx, combineBatches(...batches));
  return results;
}

/** A timer's occurrence: one enrolment at most per ticket, workflow and occurrence key. */
interface Occurrence {
  ticketId: string;
  workflowId: string;
  occurrenceKey: string;
}

const occurrenceId = ({ ticketId, workflowId, occurrenceKey }: Occurrence) =>
  JSON.stringify([ticketId, workflowId, occurrenceKey]);

/** Which of the occurrences (by occurrenceId) already have their enrolment. */
async function enrolledOccurrences(tx: Sql, occurrences: readonly (Occurrence | null)[]): Promise<Set<string>> {
  const asked = occurrences.filter((o): o is Occurrence => o !== null);
  if (asked.length === 0) return new Set();
  const found = await rows<Occurrence>(
    tx,
    sql`SELECT e."ticketId", e."workflowId", e."occurrenceKey" FROM "WorkflowEnrollment" e
      JOIN unnest(${asked.map((a) => a.ticketId)}::text[], ${asked.map((a) => a.workflowId)}::text[],
        ${asked.map((a) => a.occurrenceKey)}::text[]) AS q("ticketId", "workflowId", "occurrenceKey")
      ON e."ticketId" = q."ticketId" AND e."workflowId" = q."workflowId" AND e."occurrenceKey" = q."occurrenceKey"`,
  );
  return new Set(found.map(occurrenceId));
}

export function createTimeTriggerHandler(options: TimeTriggerJobOptions = {}) {
  return defineJobHandler({
    payload: ZTimerPayload,
    async execute(job, ctx) {
      const ticketId = job.ticketId;
      if (!ticketId) return;
      const now = options.now?.() ?? new Date();
      const result = await ctx.handle.transaction(async (tx) => {
        const fired = await fireTimer(tx, ticketId, job.payload, now);
        await ctx.complete(tx);
        return fired;
      });
      if (result.fired && result.enrolled) wakeWorkers();
      else if (!result.fired) ctx.logger.debug({ reason: result.reason }, "timer passed over");
    },
  });
}

export const timeTriggerJob = createTimeTriggerHandler();
