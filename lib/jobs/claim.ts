// Claiming: one statement locks due jobs with FOR UPDATE SKIP LOCKED (concurrent workers never
// wait on, nor take, each other's rows), marks them RUNNING under this worker's lease and
// returns them. A job whose lease expired (its worker died or hung) is due again.
import { isoOrNull, JOB_COLUMNS, nowAt, queryRows, type SqlTarget } from "./sql";
import type { ClaimedJob } from "./types";

export interface ClaimOptions {
  workerId: string;
  limit: number;
  /** How long the claim holds; after that another worker may take the job over. */
  leaseMs: number;
  /** An injected clock (tests); default the database's clock. */
  now?: Date;
  /** Only jobs of these types (a batch of one handler's jobs, see executeJobBatch); default any. */
  types?: readonly string[];
  /** Which due jobs (default any): "personWaiting" only those a person waits on (priority > 0),
   *  the worker's lane for them; "others" all but those, which another worker's lane takes (the
   *  production server's events thread leaves them to its main thread, lib/jobs/worker.ts). */
  mode?: ClaimMode;
}

export type ClaimMode = "any" | "personWaiting" | "others";

// Two index range scans on ("state", "runAt") rather than one `… OR …` predicate: with an OR the
// planner sorts every due row on each claim (16 ms at a 66k backlog here, vs 0.1 ms). PostgreSQL
// refuses FOR UPDATE inside UNION, hence two CTEs. An expired lease on the last attempt is not
// retaken: reapExpiredJobs fails it. $5 (text[] or null) narrows the claim to some job types: the
// worker takes a batch of a batch handler's jobs in one statement (a burst of 10,000 timers).
// Due jobs a person waits on (priority > 0, PERSON_WAITING) go first, then the rest by runAt: a
// person's status change does not queue behind the backlog events and timers may leave. Both
// are range scans on ("state", "priority", "runAt"); priorities are 0 and PERSON_WAITING.
const OF_TYPES = `($5::text[] IS NULL OR type = ANY($5::text[]))`;

function claimCtes(mode: ClaimMode): string {
  const others = mode === "personWaiting" ? "AND false" : "";
  const waited = mode === "others" ? "AND false" : "";
  return `
WITH expired AS (
  SELECT id FROM "Job"
  WHERE state = 'RUNNING' AND "lockedUntil" < ${nowAt(1)} AND attempts < "maxAttempts" AND ${OF_TYPES} ${others}
  ORDER BY "lockedUntil" LIMIT $2::int
  FOR UPDATE SKIP LOCKED
), waited AS (
  SELECT id FROM "Job"
  WHERE state = 'PENDING' AND priority > 0 AND "runAt" <= ${nowAt(1)} AND ${OF_TYPES} ${waited}
  ORDER BY "runAt" LIMIT GREATEST($2::int - (SELECT count(*) FROM expired), 0)
  FOR UPDATE SKIP LOCKED
), pending AS (
  SELECT id FROM "Job"
  WHERE state = 'PENDING' AND priority = 0 AND "runAt" <= ${nowAt(1)} AND ${OF_TYPES} ${others}
  ORDER BY "runAt" LIMIT GREATEST($2::int - (SELECT count(*) FROM expired) - (SELECT count(*) FROM waited), 0)
  FOR UPDATE SKIP LOCKED
), due AS (
  SELECT id FROM expired UNION ALL SELECT id FROM waited UNION ALL SELECT id FROM pending
), claimed AS (
  UPDATE "Job" j
  SET state = 'RUNNING', attempts = j.attempts + 1, "lockedBy" = $3,
      "lockedUntil" = ${nowAt(1)} + $4::float8 * interval '1 millisecond', "updatedAt" = ${nowAt(1)}
  FROM due WHERE j.id = due.id
  RETURNING ${JOB_COLUMNS}
)`;
}

const CLAIM: Record<ClaimMode, string> = {
  any: `${claimCtes("any")} SELECT * FROM claimed`,
  personWaiting: `${claimCtes("personWaiting")} SELECT * FROM claimed`,
  others: `${claimCtes("others")} SELECT * FROM claimed`,
};

/** ms from now until the first job (of `$6` types, when `ofTypes`) is due, other than those this
 *  statement claims (it sees the table as before its own UPDATE); a lease that expired on the
 *  last attempt is the reaper's, not due. Leaving the jobs a person waits on, their runAt is not
 *  this worker's to wait for. */
function msUntilDueAfterClaim(ofTypes: boolean, mode: ClaimMode): string {
  const types = ofTypes ? `AND type = ANY($6::text[])` : "";
  const waited = mode === "others" ? "AND priority = 0" : "";
  return `(SELECT (EXTRACT(EPOCH FROM (min(t) - ${nowAt(1)})) * 1000)::float8 FROM (
    SELECT min("runAt") AS t FROM "Job" WHERE state = 'PENDING' ${types} ${waited} AND id NOT IN (SELECT id FROM due)
    UNION ALL
    SELECT min("lockedUntil") FROM "Job"
    WHERE state = 'RUNNING' AND attempts < "maxAttempts" ${types} AND id NOT IN (SELECT id FROM due)) d)`;
}

// The worker's claim: the same, and in the same statement how long until the next job is due
// after it (its sleep) and the next of the batch types ($6: whether a batch claim is worth a
// statement next round) — one round trip per round instead of three. Without a claimed job: one
// row with null job columns.
const claimAndNextDue = (mode: ClaimMode) => `${claimCtes(mode)}, next AS (
  SELECT ${msUntilDueAfterClaim(false, mode)} AS "nextDueMs", ${msUntilDueAfterClaim(true, mode)} AS "nextBatchDueMs"
)
SELECT claimed.*, next."nextDueMs", next."nextBatchDueMs" FROM next LEFT JOIN claimed ON true`;
const CLAIM_AND_NEXT_DUE: Record<"any" | "others", string> = {
  any: claimAndNextDue("any"),
  others: claimAndNextDue("others"),
};

export async function claimJobs(target: SqlTarget, options: ClaimOptions): Promise<ClaimedJob[]> {
  if (options.limit < 1) return [];
  const jobs = await queryRows<ClaimedJob>(target, CLAIM[options.mode ?? "any"], [
    isoOrNull(options.now),
    options.limit,
    options.workerId,
    options.leaseMs,
    options.types ? [...options.types] : null,
  ]);
  return jobs.sort((a, b) => a.runAt.getTime() - b.runAt.getTime());
}

export interface ClaimAndNextDue {
  jobs: ClaimedJob[];
  /** ms until the next job is due after this claim (negative: one is due now); null: none waits. */
  nextDueMs: number | null;
  /** The same for the jobs of `batchTypes`. */
  nextBatchDueMs: number | null;
}

/** claimJobs (of any type), and when the next job, and the next of `batchTypes`, is due after it. */
export async function claimJobsAndNextDue(
  target: SqlTarget,
  options: Omit<ClaimOptions, "types" | "mode"> & { mode?: "any" | "others"; batchTypes: readonly string[] },
): Promise<ClaimAndNextDue> {
  const found = await queryRows<ClaimedJob & { nextDueMs: number | null; nextBatchDueMs: number | null }>(
    target,
    CLAIM_AND_NEXT_DUE[options.mode ?? "any"],
    [
      isoOrNull(options.now),
      Math.max(options.limit, 0),
      options.workerId,
      options.leaseMs,
      null,
      [...options.batchTypes],
    ],
  );
  const jobs = found
    .filter((row) => row.id !== null)
    .map(({ nextDueMs: _due, nextBatchDueMs: _batchDue, ...job }) => job)
    .sort((a, b) => a.runAt.getTime() - b.runAt.getTime());
  return { jobs, nextDueMs: found[0]?.nextDueMs ?? null, nextBatchDueMs: found[0]?.nextBatchDueMs ?? null };
}
