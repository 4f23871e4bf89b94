// Recording how an attempt ended. Every write is conditional on the lease (id, lockedBy,
// attempts, still RUNNING): a worker whose lease expired and whose job was taken over cannot
// complete or fail the newer attempt; it gets `false` back.
import { newId } from "@/lib/db/ids";
import { isoOrNull, nowAt, queryRows, type SqlTarget } from "./sql";
import type { JobLease, JobState } from "./types";

const HELD = `id = $1 AND "lockedBy" = $2 AND attempts = $3::int AND state = 'RUNNING'`;

/** A "job_failed" TimelineEntry for each FAILED ticket job among `source`'s rows (a CTE body),
 *  unless its handler already wrote the failure as the action's own "action_failed" line (an
 *  email that could not be sent, a workflow step): one failure, one line on the timeline.
 *  `ids` is a text[] parameter holding at least one new id (lib/db/ids.ts) per `source` row. */
function failedTimelineEntries(source: string, now: string, ids: string): string {
  return `
  INSERT INTO "TimelineEntry" (id, "ticketId", kind, summary, detail, "jobId", "eventId", "createdAt")
  SELECT (${ids}::text[])[row_number() OVER ()], s."ticketId", 'job_failed',
         'Automated action "' || s.type || '" failed after ' || s.attempts || ' attempt(s)',
         jsonb_build_object('jobType', s.type, 'attempts', s.attempts, 'error', s."lastError"),
         s.id, s."causeEventId", ${now}
  FROM ${source} s WHERE s.state = 'FAILED' AND s."ticketId" IS NOT NULL
    AND NOT EXISTS (SELECT 1 FROM "TimelineEntry" t WHERE t."ticketId" = s."ticketId" AND t."jobId" = s.id AND t.kind = 'action_failed')
  RETURNING 1`;
}

const RETURNED = `id, type, state, attempts, "ticketId", "lastError", "causeEventId"`;

const COMPLETE = `
UPDATE "Job" SET state = 'SUCCEEDED', "completedAt" = ${nowAt(4)}, "updatedAt" = ${nowAt(4)},
  "lockedUntil" = NULL
WHERE ${HELD}
RETURNING id`;

/** Marks the attempt SUCCEEDED. Run it inside the handler's own transaction to commit a
 *  database effect and the job's completion together. False: the lease was lost. */
export async function completeJob(target: SqlTarget, lease: JobLease, now?: Date): Promise<boolean> {
  const rows = await queryRows(target, COMPLETE, [lease.id, lease.lockedBy, lease.attempts, isoOrNull(now)]);
  return rows.length === 1;
}

const COMPLETE_MANY = `
UPDATE "Job" j SET state = 'SUCCEEDED', "completedAt" = ${nowAt(4)}, "updatedAt" = ${nowAt(4)},
  "lockedUntil" = NULL
FROM unnest($1::text[], $2::text[], $3::int[]) AS held(id, "lockedBy", attempts)
WHERE j.id = held.id AND j."lockedBy" = held."lockedBy" AND j.attempts = held.attempts AND j.state = 'RUNNING'
RETURNING j.id`;

/** completeJob for many attempts in one statement; returns the ids whose lease still held. */
export async function completeJobs(target: SqlTarget, leases: readonly JobLease[], now?: Date): Promise<Set<string>> {
  if (leases.length === 0) return new Set();
  const rows = await queryRows<{ id: string }>(target, COMPLETE_MANY, [
    leases.map((l) => l.id),
    leases.map((l) => l.lockedBy),
    leases.map((l) => l.attempts),
    isoOrNull(now),
  ]);
  return new Set(rows.map((r) => r.id));
}

const FAIL = `
WITH failed AS (
  UPDATE "Job" SET
    state = CASE WHEN $5::boolean OR attempts >= "maxAttempts"
                 THEN 'FAILED'::"JobState" ELSE 'PENDING'::"JobState" END,
    "runAt" = CASE WHEN $5::boolean OR attempts >= "maxAttempts"
                   THEN "runAt" ELSE ${nowAt(7)} + $6::float8 * interval '1 millisecond' END,
    "completedAt" = CASE WHEN $5::boolean OR attempts >= "maxAttempts" THEN ${nowAt(7)} END,
    "lastError" = $4, "lockedUntil" = NULL, "updatedAt" = ${nowAt(7)}
  WHERE ${HELD}
  RETURNING ${RETURNED}, ("runAt" AT TIME ZONE 'UTC') AS "runAt"
), noted AS (${failedTimelineEntries("failed", nowAt(7), "$8")})
SELECT state, "runAt" FROM failed`;

export interface FailOptions {
  /** Job.lastError. */
  error: string;
  /** Wait before the next attempt. */
  retryInMs: number;
  /** Fail now whatever attempts remain (unknown type, bad payload, PermanentJobError). */
  permanent?: boolean;
  now?: Date;
}

/** Schedules the next attempt, or FAILS the job when attempts are used up (or `permanent`).
 *  Null: the lease was lost. */
export async function failJob(
  target: SqlTarget,
  lease: JobLease,
  options: FailOptions,
): Promise<{ state: JobState; runAt: Date } | null> {
  const [row] = await queryRows<{ state: JobState; runAt: Date }>(target, FAIL, [
    lease.id,
    lease.lockedBy,
    lease.attempts,
    options.error,
    options.permanent ?? false,
    options.retryInMs,
    isoOrNull(options.now),
    [newId()],
  ]);
  return row ?? null;
}

// The lease of a job's last attempt expired: its worker died or hung mid-run. Fail it (noted on
// its ticket's timeline) rather than run it more than maxAttempts times. REAPABLE finds them
// first, so the timeline entries' ids can be made here ($3, one per job found); REAP fails only
// those ($2), each only if it is still reapable. One made reapable in between waits for the next pass.
const EXPIRED_LAST_ATTEMPT = `state = 'RUNNING' AND "lockedUntil" < ${nowAt(1)} AND attempts >= "maxAttempts"`;

const REAPABLE = `SELECT id FROM "Job" WHERE ${EXPIRED_LAST_ATTEMPT}`;

const REAP = `
WITH reaped AS (
  UPDATE "Job"
  SET state = 'FAILED', "completedAt" = ${nowAt(1)}, "updatedAt" = ${nowAt(1)}, "lockedUntil" = NULL,
      "lastError" = 'attempt ' || attempts || '/' || "maxAttempts" || ': the lease of worker '
        || COALESCE("lockedBy", '?') || ' expired before the attempt finished'
        || COALESCE(' (previous error: ' || "lastError" || ')', '')
  WHERE ${EXPIRED_LAST_ATTEMPT} AND id = ANY($2::text[])
  RETURNING ${RETURNED}
), noted AS (${failedTimelineEntries("reaped", nowAt(1), "$3")})
SELECT count(*)::int AS count FROM reaped`;

/** Fails jobs whose last attempt's lease expired; returns how many. */
export async function reapExpiredJobs(target: SqlTarget, now?: Date): Promise<number> {
  const found = await queryRows<{ id: string }>(target, REAPABLE, [isoOrNull(now)]);
  if (found.length === 0) return 0;
  const jobIds = found.map((job) => job.id);
  const [row] = await queryRows<{ count: number }>(target, REAP, [isoOrNull(now), jobIds, jobIds.map(() => newId())]);
  return row?.count ?? 0;
}
