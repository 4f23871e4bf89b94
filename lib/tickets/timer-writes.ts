// SPEC §9 durable timers, written with the change that starts them: each start_timer effect
// becomes a job row (type time_trigger) due when its trigger would fire, in the same statement as
// the ticket change; a status change cancels the ticket's pending "in status for D" timers (that
// stay is over). Claimed with SKIP LOCKED like every job; lib/workflows/run/time-trigger-job.ts
// fires them. Counting in business hours reads the account's calendar once per change.
import "server-only";
import { occurrenceKey, type Effect, type TimerStart } from "@/lib/automation";
import { addTargetTime } from "@/lib/business-hours/add-business-time";
import {
  defaultBusinessHours,
  WEEK_DAYS,
  type BusinessHours,
  type OpeningRange,
  type WeekDay,
} from "@/lib/business-hours/week";
import { newId } from "@/lib/db/ids";
import { oneRow, sql, utc, type Sql } from "@/lib/db/sql";
import type { WritePart } from "@/lib/db/write-batch";
import { jobsPart, type EnqueueJobInput } from "@/lib/jobs/enqueue";
import { queryRows, type SqlTarget } from "@/lib/jobs/sql";
import { TIME_TRIGGER_JOB, type TimerPayload } from "@/lib/jobs/time-trigger-payload";

export interface TimerRow {
  ticketId: string;
  start: TimerStart;
}

export function timerRowsOf(ticketId: string, effects: readonly Effect[]): TimerRow[] {
  return effects.flatMap((e) => (e.type === "start_timer" ? [{ ticketId, start: e }] : []));
}

/** The ticket left its status: the pending timers of that stay will never fire. */
export function cancelStatusTimersPart(ticketId: string, effects: readonly Effect[], now: Date): WritePart[] {
  if (!effects.some((e) => e.type === "set_status")) return [];
  const statement = sql`
    UPDATE "Job" SET state = 'CANCELLED', "lastError" = 'the ticket left the status', "updatedAt" = ${utc(now)}
    WHERE "ticketId" = ${ticketId} AND type = ${TIME_TRIGGER_JOB} AND state = 'PENDING'
      AND payload->>'trigger' = 'STATUS_DURATION'
    RETURNING 1`;
  return [{ name: "timer_cancel", statement }];
}

export const timerDedupeKey = (
  ticketId: string,
  start: Pick<TimerStart, "workflowId" | "trigger" | "statusId" | "slaTarget" | "startedAt">,
) => `${TIME_TRIGGER_JOB}:${start.workflowId}:${ticketId}:${occurrenceKey(start)}`;

export function timerPayload(start: TimerStart): TimerPayload {
  return {
    workflowId: start.workflowId,
    trigger: start.trigger,
    statusId: start.statusId,
    slaTarget: start.slaTarget,
    startedAt: start.startedAt.toISOString(),
    afterMs: start.afterMs,
    businessHours: start.businessHours,
  };
}

/** When a timer is due: its own instant (SLA), or its wait counted from the start; null: never. */
export function timerDueAt(
  start: Pick<TimerStart, "dueAt" | "afterMs" | "startedAt" | "businessHours">,
  hours: BusinessHours | null,
): Date | null {
  if (start.dueAt) return start.dueAt;
  if (start.afterMs === null) return null;
  return addTargetTime(start.startedAt, start.afterMs, start.businessHours ? hours : null);
}

/** The account's calendar read with raw SQL (inside the change's transaction). */
export async function readCalendar(executor: Sql): Promise<BusinessHours> {
  const row = await oneRow<{
    timeZone: string | null;
    week: Record<WeekDay, OpeningRange[]> | null;
    holidays: string[] | null;
  }>(
    executor,
    sql`SELECT (SELECT a."timeZone" FROM "Account" a LIMIT 1) AS "timeZone",
      (SELECT b.week FROM "BusinessHours" b WHERE b.id = 'account') AS week,
      (SELECT b.holidays FROM "BusinessHours" b WHERE b.id = 'account') AS holidays`,
  );
  const timeZone = row?.timeZone ?? "UTC";
  if (!row?.week) return defaultBusinessHours(timeZone);
  const week = Object.fromEntries(WEEK_DAYS.map((day) => [day, row.week?.[day] ?? []])) as BusinessHours["week"];
  return { timeZone, week, holidays: row.holidays ?? [] };
}

/** The timers as job rows, one part of the change's statement (a calendar that never opens: no timer). */
export async function timerJobParts(executor: Sql, timers: readonly TimerRow[]): Promise<WritePart[]> {
  if (timers.length === 0) return [];
  const hours = timers.some((t) => t.start.businessHours && !t.start.dueAt) ? await readCalendar(executor) : null;
  const jobs = timers.flatMap(({ ticketId, start }): EnqueueJobInput[] => {
    const runAt = timerDueAt(start, hours);
    if (!runAt) return [];
    return [
      {
        type: TIME_TRIGGER_JOB,
        payload: timerPayload(start),
        runAt,
        dedupeKey: timerDedupeKey(ticketId, start),
        ticketId,
      },
    ];
  });
  return jobs.length > 0 ? [jobsPart("timer_jobs", jobs)] : [];
}

export interface PlannedTimer {
  ticketId: string;
  start: TimerStart;
  runAt: Date;
}

/** Writes timers outside a ticket change (a workflow's trigger was set or changed): a timer of the
 *  same occurrence that is pending or was cancelled takes the new due time; one that fired stays fired. */
export async function upsertTimers(executor: SqlTarget, timers: readonly PlannedTimer[], now: Date): Promise<void> {
  for (let i = 0; i < timers.length; i += 5_000) {
    const rows = timers.slice(i, i + 5_000).map(({ ticketId, start, runAt }) => ({
      id: newId(),
      payload: timerPayload(start),
      runAt: runAt.toISOString(),
      dedupeKey: timerDedupeKey(ticketId, start),
      ticketId,
    }));
    await queryRows(
      executor,
      `INSERT INTO "Job" (id, type, payload, "runAt", "maxAttempts", "dedupeKey", "ticketId", "createdAt", "updatedAt")
       SELECT x.id, $1, x.payload, x."runAt" AT TIME ZONE 'UTC', 5, x."dedupeKey", x."ticketId",
              $3::timestamptz AT TIME ZONE 'UTC', $3::timestamptz AT TIME ZONE 'UTC'
       FROM jsonb_to_recordset($2::jsonb) AS x(id text, payload jsonb, "runAt" timestamptz, "dedupeKey" text, "ticketId" text)
       ON CONFLICT ("dedupeKey") DO UPDATE SET "runAt" = EXCLUDED."runAt", payload = EXCLUDED.payload,
         state = 'PENDING', attempts = 0, "lastError" = NULL, "updatedAt" = EXCLUDED."updatedAt"
       WHERE "Job".state IN ('PENDING', 'CANCELLED')`,
      [TIME_TRIGGER_JOB, JSON.stringify(rows), now.toISOString()],
    );
  }
}

/** Cancels a workflow's pending timers except those of `keep` (dedupe keys). */
export async function cancelWorkflowTimers(
  executor: SqlTarget,
  workflowId: string,
  keep: readonly string[],
  reason: string,
  now: Date,
) {
  await queryRows(
    executor,
    `UPDATE "Job" SET state = 'CANCELLED', "lastError" = $3, "updatedAt" = $4::timestamptz AT TIME ZONE 'UTC'
     WHERE type = $1 AND state = 'PENDING' AND payload->>'workflowId' = $2 AND NOT ("dedupeKey" = ANY($5::text[]))`,
    [TIME_TRIGGER_JOB, workflowId, reason, now.toISOString(), keep],
  );
}

/** The dedupe keys of a workflow's pending timers. */
export async function pendingTimerKeys(executor: SqlTarget, workflowId: string): Promise<Set<string>> {
  const rows = await queryRows<{ dedupeKey: string }>(
    executor,
    `SELECT "dedupeKey" FROM "Job" WHERE type = $1 AND state = 'PENDING' AND payload->>'workflowId' = $2`,
    [TIME_TRIGGER_JOB, workflowId],
  );
  return new Set(rows.map((r) => r.dedupeKey));
}
