// One pass without a loop: claim the jobs due at `now` and run them to their outcome. For
// tests (with an injected clock), scripts and drains; the worker loop does the same repeatedly.
import type { DbHandle } from "@/lib/db/open";
import { claimJobs } from "./claim";
import { executeJob, type AttemptOutcome, type ExecuteOptions } from "./execute";
import { executeJobBatch } from "./execute-batch";
import type { ClaimedJob, JobHandlers } from "./types";

export interface RunDueJobsOptions extends Partial<Pick<ExecuteOptions, "retry" | "random" | "timeoutMs">> {
  handle: DbHandle;
  handlers: JobHandlers;
  workerId?: string;
  limit?: number;
  leaseMs?: number;
  /** The clock for claiming and rescheduling; default the database's. */
  now?: Date;
}

export async function runDueJobs(
  options: RunDueJobsOptions,
): Promise<Array<{ job: ClaimedJob; result: AttemptOutcome }>> {
  const workerId = options.workerId ?? `run-due:${process.pid}`;
  const leaseMs = options.leaseMs ?? 60_000;
  const jobs = await claimJobs(options.handle.sql, {
    workerId,
    limit: options.limit ?? 100,
    leaseMs,
    now: options.now,
  });
  const execute: ExecuteOptions = {
    handle: options.handle,
    handlers: options.handlers,
    workerId,
    timeoutMs: options.timeoutMs ?? leaseMs - 1,
    retry: options.retry,
    random: options.random,
    now: options.now ? () => options.now! : undefined,
  };
  // In claim order; consecutive jobs of a type whose handler has executeMany run as one batch.
  const results = [];
  for (let i = 0; i < jobs.length;) {
    const job = jobs[i]!;
    let end = i + 1;
    if (options.handlers[job.type]?.executeMany) while (jobs[end]?.type === job.type) end++;
    if (end - i > 1) results.push(...(await executeJobBatch(jobs.slice(i, end), execute)));
    else results.push({ job, result: await executeJob(job, execute) });
    i = end;
  }
  return results;
}
