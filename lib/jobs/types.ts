// The shapes the queue, the worker and the handlers share.
import type { Logger } from "pino";
import type { z } from "zod";
import type { PrismaClient } from "@/generated/prisma/client";
import type { DbHandle } from "@/lib/db/open";
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
}

/** The table of job handlers by job type (see lib/job-handlers.ts). */
export type JobHandlers = Record<string, JobHandler>;

/** Keeps the payload type of one handler while building the table. */
export function defineJobHandler<TSchema extends z.ZodType>(handler: JobHandler<TSchema>): JobHandler {
  return handler as unknown as JobHandler;
}
