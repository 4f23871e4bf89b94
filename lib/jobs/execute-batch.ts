// A batch of one type's claimed jobs run together by its handler's executeMany (a burst of
// timers fired in one transaction): one claim, one BEGIN/COMMIT and one completion statement for
// the lot instead of one each. The batch's effects and completions commit together under each
// job's lease (exactly once, as for one job). If the batch throws or runs out of time, each job
// runs alone through executeJob, so a job that cannot succeed fails (or is retried) alone and a
// batch too big for the time limit still gets through.
import { logger as rootLogger } from "@/lib/logger";
import { executeJob, parsePayload, withTimeout, type AttemptOutcome, type ExecuteOptions } from "./execute";
import { completeJobs } from "./outcome";
import type { SqlTarget } from "./sql";
import type { BatchJobContext, ClaimedJob } from "./types";

export type JobResult = { job: ClaimedJob; result: AttemptOutcome };

/** Runs `jobs` (one type): together when their handler has executeMany, else one by one. */
export async function executeJobBatch(jobs: readonly ClaimedJob[], options: ExecuteOptions): Promise<JobResult[]> {
  const type = jobs[0]?.type ?? "";
  const handler = Object.hasOwn(options.handlers, type) ? options.handlers[type] : undefined;
  const together: Parsed[] = [];
  const alone: ClaimedJob[] = [];
  for (const job of jobs) {
    if (job.type !== type || !handler?.executeMany) {
      alone.push(job);
      continue;
    }
    try {
      together.push({ job, parsed: { ...job, payload: parsePayload(handler, job) } });
    } catch {
      alone.push(job); // executeJob fails it with the parse error
    }
  }
  const results: JobResult[] = [];
  if (together.length === 1) alone.unshift(together.pop()!.job);
  if (together.length > 0) results.push(...(await runTogether(together, options)));
  for (const job of alone) results.push({ job, result: await executeJob(job, options) });
  return results;
}

/** A job as claimed (its stored payload: what executeJob parses again) and as the handler takes it. */
interface Parsed {
  job: ClaimedJob;
  parsed: ClaimedJob;
}

async function runTogether(batch: Parsed[], options: ExecuteOptions): Promise<JobResult[]> {
  const jobs = batch.map((b) => b.job);
  const handler = options.handlers[jobs[0]!.type]!;
  const log = rootLogger.child({ jobType: jobs[0]!.type, batch: jobs.length });
  const now = () => options.now?.();
  let completedInside = false;
  try {
    await withTimeout(options.timeoutMs, (signal) => {
      const ctx: BatchJobContext = {
        db: options.handle.prisma,
        handle: options.handle,
        workerId: options.workerId,
        logger: log,
        signal,
        completeAll: async (tx: SqlTarget) => {
          const held = await completeJobs(tx, jobs, now());
          if (held.size !== jobs.length)
            throw new Error(`${jobs.length - held.size} job lease(s) of the batch were lost`);
          completedInside = true;
        },
      };
      return handler.executeMany!(
        batch.map((b) => b.parsed),
        ctx,
      );
    });
  } catch (error) {
    // Out of time too: each job alone gets its own time limit. Should the abandoned batch still
    // commit, a job it fired finds its occurrence enrolled and its lease gone, and changes nothing.
    log.warn({ err: error }, "a batch of jobs failed; running them one by one");
    const each = [];
    for (const job of jobs) each.push({ job, result: await executeJob(job, options) });
    return each;
  }
  const held = completedInside ? null : await completeJobs(options.handle.sql, jobs, now());
  return jobs.map((job) => ({
    job,
    result: !held || held.has(job.id) ? { outcome: "succeeded" } : { outcome: "lease_lost" },
  }));
}
