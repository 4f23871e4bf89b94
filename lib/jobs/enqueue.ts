// The transactional outbox: a job is written in the caller's transaction, so it exists if and
// only if the change that caused it committed. After the commit, call wakeWorkers().
import { newId } from "@/lib/db/ids";
import { raw, sql, type SqlFragment } from "@/lib/db/sql";
import type { WritePart } from "@/lib/db/write-batch";
import { DB_NOW, nowAt, queryRows, type SqlTarget } from "./sql";

export interface EnqueueJobInput {
  /** A key of the handler table (lib/job-handlers.ts), e.g. "send_email". */
  type: string;
  /** JSON; the handler's schema parses it when the job runs. */
  payload: unknown;
  /** Not before this instant (a delay); default now. */
  runAt?: Date;
  /** At most one job per key, ever: enqueueing the same key again is a no-op. */
  dedupeKey?: string;
  ticketId?: string;
  causeEventId?: string;
  enrollmentId?: string;
  /** Attempts before the job is FAILED (default 5). */
  maxAttempts?: number;
  /** 1: a person waits on it (PERSON_WAITING); claimed before every job of priority 0. Default 0. */
  priority?: number;
}

export interface EnqueuedJob {
  /** The new job's id, or the existing job's when the dedupeKey was taken (null in the rare case
   *  where that job was committed after this statement's snapshot). */
  id: string | null;
  created: boolean;
}

const DEFAULT_MAX_ATTEMPTS = 5;

/** The priority of a job a person waits on: the workflow their own change (in the app or through
 *  the API) started. The worker claims these before the backlog events and timers may leave. */
export const PERSON_WAITING = 1;

// ON CONFLICT DO NOTHING rather than catching P2002: a unique violation would abort the
// caller's whole transaction on PostgreSQL.
const INSERT_JOB = `
WITH inserted AS (
  INSERT INTO "Job" (id, type, payload, "runAt", "maxAttempts", "dedupeKey", "ticketId",
                     "enrollmentId", "causeEventId", priority, "createdAt", "updatedAt")
  VALUES ($1, $2, $3::jsonb, ${nowAt(4)}, $5::int, $6, $7, $8, $9, $10::int, ${DB_NOW}, ${DB_NOW})
  ON CONFLICT ("dedupeKey") DO NOTHING
  RETURNING id
)
SELECT id, true AS created FROM inserted
UNION ALL
SELECT id, false AS created FROM "Job"
WHERE $6::text IS NOT NULL AND "dedupeKey" = $6 AND NOT EXISTS (SELECT 1 FROM inserted)`;

/** Adds a job in `tx` (a Prisma interactive transaction, or any SqlTarget). One round trip. */
export async function enqueueJob(tx: SqlTarget, input: EnqueueJobInput): Promise<EnqueuedJob> {
  const maxAttempts = input.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
  if (!input.type) throw new Error("enqueueJob: type is required");
  if (!Number.isInteger(maxAttempts) || maxAttempts < 1) {
    throw new Error(`enqueueJob: maxAttempts must be a positive integer, got ${maxAttempts}`);
  }
  const rows = await queryRows<{ id: string; created: boolean }>(tx, INSERT_JOB, [
    newId(),
    input.type,
    JSON.stringify(input.payload ?? null),
    input.runAt?.toISOString() ?? null,
    maxAttempts,
    input.dedupeKey ?? null,
    input.ticketId ?? null,
    input.enrollmentId ?? null,
    input.causeEventId ?? null,
    input.priority ?? 0,
  ]);
  const row = rows[0];
  return row ? { id: row.id, created: row.created } : { id: null, created: false };
}

/** Jobs as one part of a caller's combined write statement (lib/db/write-batch.ts): no round
 *  trip of their own. Same rows and dedupe rule as enqueueJob; `counts[name]` = jobs created.
 *  `onlyIf`: an SQL condition on the statement's other parts (none written unless it holds). */
export function jobsPart(name: string, jobs: readonly EnqueueJobInput[], onlyIf?: SqlFragment): WritePart {
  const rows = jobs.map((job) => ({
    id: newId(),
    type: job.type,
    payload: job.payload ?? null,
    runAt: job.runAt?.toISOString() ?? null,
    maxAttempts: job.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
    dedupeKey: job.dedupeKey ?? null,
    ticketId: job.ticketId ?? null,
    enrollmentId: job.enrollmentId ?? null,
    causeEventId: job.causeEventId ?? null,
    priority: job.priority ?? 0,
  }));
  const statement = sql`
    INSERT INTO "Job" (id, type, payload, "runAt", "maxAttempts", "dedupeKey", "ticketId",
                       "enrollmentId", "causeEventId", priority, "createdAt", "updatedAt")
    SELECT x.id, x.type, x.payload, COALESCE(x."runAt" AT TIME ZONE 'UTC', ${raw(DB_NOW)}), x."maxAttempts",
           x."dedupeKey", x."ticketId", x."enrollmentId", x."causeEventId", x.priority, ${raw(DB_NOW)}, ${raw(DB_NOW)}
    FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS x(id text, type text, payload jsonb,
      "runAt" timestamptz, "maxAttempts" int, "dedupeKey" text, "ticketId" text, "enrollmentId" text, "causeEventId" text,
      priority int)
    ${onlyIf ? sql`WHERE ${onlyIf}` : raw("")}
    ON CONFLICT ("dedupeKey") DO NOTHING
    RETURNING 1`;
  return { name, statement };
}
