// Job type "time_trigger" (SPEC §9): a timer came due. In one transaction: lock the ticket, ask
// the engine whether the occurrence still holds and the workflow takes the ticket (timerFired),
// write the enrolment (keyed by its occurrence: one per stay or SLA clock, whatever retries or
// restarts happen) with its timeline entry and its start job, and complete the timer. A timer
// whose occurrence is over completes without a trace.
import "server-only";
import { z } from "zod";
import { timerFired, type TimerOccurrence } from "@/lib/automation";
import { oneRow, sql, type Sql } from "@/lib/db/sql";
import { defineJobHandler, wakeWorkers } from "@/lib/jobs";
import { loadTicket } from "@/lib/tickets/ticket-snapshot";
import { effectRowsBatch } from "@/lib/tickets/ticket-writes";
import { commitWriteBatch } from "@/lib/tickets/write-batch";
import { readTicketClocks } from "./ticket-clocks";

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

export type FireResult = { fired: true; enrolled: boolean } | { fired: false; reason: string };

/** Fires one timer inside `tx` (the caller completes the job in it). */
export async function fireTimer(tx: Sql, ticketId: string, timer: TimerOccurrence, now: Date): Promise<FireResult> {
  const loaded = await loadTicket(tx, ticketId, { now, lock: true });
  if (!loaded) return { fired: false, reason: "the ticket is gone" };
  const clocks = await readTicketClocks(tx, ticketId);
  const outcome = timerFired(loaded.ticket, loaded.pipeline, timer, clocks, { now, timeZone: loaded.timeZone });
  if (!outcome.fired) return outcome;
  const key = outcome.effects.find((e) => e.type === "enroll" || e.type === "skip_enrollment");
  const occurrence = key && "occurrenceKey" in key ? key.occurrenceKey : undefined;
  if (occurrence && (await enrolledFor(tx, ticketId, timer.workflowId, occurrence))) {
    return { fired: false, reason: "this occurrence already enrolled" };
  }
  const batch = effectRowsBatch(ticketId, outcome.effects, null, now);
  await commitWriteBatch(tx, batch);
  return { fired: true, enrolled: batch.workflowStarts.length > 0 };
}

async function enrolledFor(tx: Sql, ticketId: string, workflowId: string, occurrenceKey: string): Promise<boolean> {
  const row = await oneRow<{ found: boolean }>(
    tx,
    sql`SELECT EXISTS (SELECT 1 FROM "WorkflowEnrollment" WHERE "workflowId" = ${workflowId}
      AND "ticketId" = ${ticketId} AND "occurrenceKey" = ${occurrenceKey}) AS found`,
  );
  return row?.found ?? false;
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
