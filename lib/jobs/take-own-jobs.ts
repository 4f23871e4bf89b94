// Jobs a transaction queued itself and then runs right there (a burst of timers runs its
// enrolments' first actions in place): marked SUCCEEDED in that same transaction, as one attempt
// of `workerId`, and returned as claimed. They commit done with the work they stand for, or not
// at all (a rollback leaves nothing: the rows were never visible to another worker).
import { isoOrNull, JOB_COLUMNS, nowAt, queryRows, type SqlTarget } from "./sql";
import type { ClaimedJob } from "./types";

const TAKE = `
UPDATE "Job" j SET state = 'SUCCEEDED', attempts = j.attempts + 1, "lockedBy" = $2,
  "completedAt" = ${nowAt(3)}, "updatedAt" = ${nowAt(3)}, "lockedUntil" = NULL
WHERE j."dedupeKey" = ANY($1::text[]) AND j.state = 'PENDING'
RETURNING ${JOB_COLUMNS}`;

/** The PENDING jobs of `dedupeKeys`, completed as run by `workerId` (`now`: an injected clock). */
export async function takeOwnJobs(
  tx: SqlTarget,
  dedupeKeys: readonly string[],
  workerId: string,
  now?: Date,
): Promise<ClaimedJob[]> {
  if (dedupeKeys.length === 0) return [];
  return queryRows<ClaimedJob>(tx, TAKE, [[...dedupeKeys], workerId, isoOrNull(now)]);
}
