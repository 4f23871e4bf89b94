// The shapes the queue, the worker and the handlers share.
import type { Logger } from "pino";
import type { z } from "zod";
import type { PrismaClient } from "@/generated/prisma/client";
import type { DbHandle } from "@/lib/db/open";
import type { Sql, SqlFragment } from "@/lib/db/sql";
import type { WriteCounts, WritePart } from "@/lib/db/write-batch";
import type { SqlTarget } from "./sql";

export type JobState = "PENDING" | "RUNNING" | "SUCCEEDED" | "FAILED" | "CANCELLED";

/** Who holds a job right now: completion and failure only apply while this still matches. */
export interface JobLease {
  id: string;
  lockedBy: string;
  attempts: number;
}

/** A job as a worker claimed it (attempts already counts this attempt). */
export interface ClaimedJob<TPayload = unknown> extends JobLease {
  type: string;
  payload: TPayload;
  maxAttempts: number;
  dedupeKey: string | null;
  ticketId: string | null;
  enrollmentId: string | null;
  causeEventId: string | null;
  /** 0, or PERSON_WAITING: a person waits on it (lib/jobs/enqueue.ts). */
  priority: number;
  runAt: Date;
  lockedUntil: Date;
  createdAt: Date;
}

export interface JobContext {
  /** The Prisma client of the database the job came from. */
  db: PrismaClient;
  handle: DbHandle;
  workerId: string;
  logger: Logger;
  /** Aborted when the handler's time is up (the job will be retried): stop work and return. */
  signal: AbortSignal;
  /**
   * Marks the job SUCCEEDED inside the handler's own transaction, as its last statement, so a
   * database effect and the job's completion commit together (exactly once). Throws when the
   * lease was lost, which rolls that transaction back.
   */
  complete(tx: SqlTarget): Promise<void>;
  /**
   * `complete` folded into the handler's own combined write statement (lib/db/write-batch.ts
   * runWrites): `parts` gets the SQL condition "this attempt still holds the job" to put on each
   * of its writes, so a lost lease writes nothing; then that one statement writes them and the
   * completion (its first part: later parts may read earlier ones) together. On `handle.sql` it is a transaction of its own (no BEGIN/COMMIT); in a
   * `tx` it is its last statement. Throws when the lease was lost. Returns the statement's counts.
   */
  completeWith(executor: Sql, parts: (leaseHeld: SqlFragment) => readonly WritePart[]): Promise<WriteCounts>;
}

/** What a batch of one type's jobs runs with (JobHandler.executeMany). */
export interface BatchJobContext extends Omit<JobContext, "complete" | "completeWith"> {
  /**
   * Marks every job of the batch SUCCEEDED inside the handler's own transaction, in one
   * statement, as its last one: the batch's effects and completions commit together. Throws
   * when any job's lease was lost, which rolls the whole batch back.
   */
  completeAll(tx: SqlTarget): Promise<void>;
}

/**
 * One job type's behaviour. `payload`, when given, parses the stored payload first; a payload
 * that does not parse fails the job at once (retrying cannot fix it).
 * Handlers may run more than once for one job (a worker dies after the effect, before it
 * records completion): make effects idempotent, e.g. keyed by `job.id`.
 */
export interface JobHandler<TSchema extends z.ZodType = z.ZodType> {
  payload?: TSchema;
  execute(job: ClaimedJob<z.output<TSchema>>, ctx: JobContext): Promise<void>;
  /**
   * Optional: many due jobs of this type at once (a burst of timers), e.g. in one transaction
   * ending with `ctx.completeAll(tx)`: the worker claims them in one statement and runs them as
   * one task. When it throws, each job is run alone by `execute` (one bad job fails alone).
   */
  executeMany?(jobs: ClaimedJob<z.output<TSchema>>[], ctx: BatchJobContext): Promise<void>;
}

/** The table of job handlers by job type (see lib/job-handlers.ts). */
export type JobHandlers = Record<string, JobHandler>;

/** Keeps the payload type of one handler while building the table. */
export function defineJobHandler<TSchema extends z.ZodType>(handler: JobHandler<TSchema>): JobHandler {
  return handler as unknown as JobHandler;
}
