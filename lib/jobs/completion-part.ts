// A job's completion as one part of its handler's combined write statement (lib/db/write-batch.ts):
// a handler whose whole transaction is that one statement commits its writes and the job's
// completion together without BEGIN/COMMIT. The same lease rule as completeJob (outcome.ts): the
// attempt must still hold the job; `held` is that condition for the statement's other parts, so
// an attempt whose lease was lost writes nothing.
import { raw, sql, type SqlFragment } from "@/lib/db/sql";
import type { WritePart } from "@/lib/db/write-batch";
import type { JobLease } from "./types";

export const COMPLETION_PART = "job_completed";

export interface CompletionPart {
  part: WritePart;
  /** SQL condition: true once this statement completed the job (its lease held). */
  held: SqlFragment;
}

export function completionPart(lease: JobLease, now?: Date): CompletionPart {
  const at = sql`(COALESCE(${now?.toISOString() ?? null}::timestamptz, statement_timestamp()) AT TIME ZONE 'UTC')`;
  const statement = sql`
    UPDATE "Job" SET state = 'SUCCEEDED', "completedAt" = ${at}, "updatedAt" = ${at}, "lockedUntil" = NULL
    WHERE id = ${lease.id} AND "lockedBy" = ${lease.lockedBy} AND attempts = ${lease.attempts}::int AND state = 'RUNNING'
    RETURNING id`;
  return {
    part: { name: COMPLETION_PART, statement },
    held: sql`EXISTS (SELECT 1 FROM ${raw(`"${COMPLETION_PART}"`)})`,
  };
}
