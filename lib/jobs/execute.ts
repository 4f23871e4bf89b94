// One attempt of one claimed job: find its handler in the table, parse its payload, run it
// within its time limit, then record the outcome under the lease.
import { logger as rootLogger } from "@/lib/logger";
import type { DbHandle } from "@/lib/db/open";
import { runWrites } from "@/lib/db/write-batch";
import { completionPart } from "./completion-part";
import { DEFAULT_RETRY_POLICY, retryAfterDelayMs, retryDelayMs, type RetryPolicy } from "./backoff";
import { describeJobError, PermanentJobError, RetryAfterError } from "./errors";
import { completeJob, failJob } from "./outcome";
import type { SqlTarget } from "./sql";
import type { ClaimedJob, JobContext, JobHandler, JobHandlers } from "./types";

export interface ExecuteOptions {
  handle: DbHandle;
  handlers: JobHandlers;
  workerId: string;
  /** The handler's time limit; keep it below the lease so no one takes the job over meanwhile. */
  timeoutMs: number;
  retry?: RetryPolicy;
  now?: () => Date;
  random?: () => number;
}

export type AttemptOutcome =
  { outcome: "succeeded" } | { outcome: "retry" | "failed"; error: string; runAt: Date } | { outcome: "lease_lost" };

export class JobTimeoutError extends Error {
  constructor(ms: number) {
    super(`the handler did not finish within ${ms} ms`);
    this.name = "JobTimeoutError";
  }
}

export async function executeJob(job: ClaimedJob, options: ExecuteOptions): Promise<AttemptOutcome> {
  const log = rootLogger.child({ jobId: job.id, jobType: job.type, attempt: job.attempts });
  const now = () => options.now?.();
  const handler: JobHandler | undefined = Object.hasOwn(options.handlers, job.type)
    ? options.handlers[job.type]
    : undefined;
  let completedInside = false;
  try {
    if (!handler) {
      const known = Object.keys(options.handlers).sort().join(", ") || "none";
      throw new PermanentJobError(`no handler is registered for job type "${job.type}" (registered: ${known})`);
    }
    const payload = parsePayload(handler, job);
    await withTimeout(options.timeoutMs, (signal) => {
      const ctx: JobContext = {
        db: options.handle.prisma,
        handle: options.handle,
        workerId: options.workerId,
        logger: log,
        signal,
        complete: async (tx: SqlTarget) => {
          if (!(await completeJob(tx, job, now()))) throw new Error("the job's lease was lost");
          completedInside = true;
        },
        completeWith: async (executor, parts) => {
          const completion = completionPart(job, now());
          const counts = await runWrites(executor, [completion.part, ...parts(completion.held)]);
          if (counts[completion.part.name] !== 1) throw new Error("the job's lease was lost");
          completedInside = true;
          return counts;
        },
      };
      return handler.execute({ ...job, payload }, ctx);
    });
  } catch (error) {
    return recordFailure(job, error, options, log);
  }
  if (completedInside || (await completeJob(options.handle.sql, job, now()))) {
    return { outcome: "succeeded" };
  }
  log.warn("job finished after its lease was taken over; its completion was not recorded");
  return { outcome: "lease_lost" };
}

export function parsePayload(handler: JobHandler, job: ClaimedJob): unknown {
  if (!handler.payload) return job.payload;
  const parsed = handler.payload.safeParse(job.payload);
  if (parsed.success) return parsed.data;
  const where = parsed.error.issues.map((issue) => `${issue.path.join(".") || "(root)"}: ${issue.message}`);
  throw new PermanentJobError(`invalid payload: ${where.join("; ")}`);
}

export async function recordFailure(
  job: ClaimedJob,
  error: unknown,
  options: ExecuteOptions,
  log: typeof rootLogger,
): Promise<AttemptOutcome> {
  const policy = options.retry ?? DEFAULT_RETRY_POLICY;
  const retryInMs =
    error instanceof RetryAfterError
      ? retryAfterDelayMs(error.retryAfterMs, policy)
      : retryDelayMs(job.attempts, policy, options.random);
  const text = describeJobError(error, job.attempts, job.maxAttempts);
  const result = await failJob(options.handle.sql, job, {
    error: text,
    retryInMs,
    permanent: error instanceof PermanentJobError,
    now: options.now?.(),
  });
  if (!result) {
    log.warn({ err: error }, "job failed after its lease was taken over; the failure was not recorded");
    return { outcome: "lease_lost" };
  }
  const outcome = result.state === "FAILED" ? "failed" : "retry";
  log[outcome === "failed" ? "error" : "warn"](
    { err: error, runAt: result.runAt },
    `job ${outcome === "failed" ? "failed" : "will be retried"}`,
  );
  return { outcome, error: text, runAt: result.runAt };
}

export async function withTimeout<T>(ms: number, run: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      reject(new JobTimeoutError(ms)); // first, so the race reports the timeout, not the abort
      controller.abort();
    }, ms);
  });
  try {
    return await Promise.race([run(controller.signal), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
