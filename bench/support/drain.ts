// The like-for-like row's jobs, run after its load window: the worker `npm run worker` runs
// (lib/jobs/worker.ts, concurrency 4, default handlers), started in the bench process on the
// same database once the server has answered its last request, until no job is due or running,
// or for a time box: the events bench samples the first `limitMs` of its backlog (11,000 jobs
// took 37 s on a fast machine, and grew with the machine's speed) and drops the rest with its
// database. Reports the rate, the worker's CPU per job, and checks that every job it ran succeeded.
import type { DbHandle } from "@/lib/db/open";
import { startWorker } from "@/lib/jobs/worker";
import { jobHandlers } from "@/lib/job-handlers";

export interface DrainFigures {
  jobs: number;
  seconds: number;
  perSecond: number;
  workerCpuMsPerJob: number;
  failed: number;
  /** Due or running when the drain stopped: 0 unless the time box ended it. */
  left: number;
}

const count = async (handle: DbHandle, where: string) =>
  Number((await handle.sql.query<{ n: string }>(`SELECT count(*)::text AS n FROM "Job" WHERE ${where}`))[0]!.n);
const FINISHED = `state IN ('SUCCEEDED', 'FAILED', 'CANCELLED')`;
const NOT_SUCCEEDED = `state IN ('FAILED', 'CANCELLED')`;
const DUE_OR_RUNNING = `(state = 'RUNNING' OR (state = 'PENDING' AND "runAt" <= now()))`;

/** Runs due jobs until none is due or running, or `limitMs` has passed (the worker then finishes
 *  the jobs it holds). The figures count the jobs finished during the drain; worker CPU: this
 *  process's, polling included. */
export async function drainJobs(handle: DbHandle, limitMs = 120_000): Promise<DrainFigures> {
  const [finishedBefore, failedBefore] = [await count(handle, FINISHED), await count(handle, NOT_SUCCEEDED)];
  // No job may have been attempted yet: otherwise the server ran a worker after all (a bench
  // build older than TICKETFLOW_SERVER_WORKER: delete it to rebuild) and the row's label would lie.
  if ((await count(handle, `attempts > 0`)) > 0)
    throw new Error("jobs were attempted before the drain: the server's worker was not off (stale bench build?)");
  const started = performance.now();
  const cpu = process.cpuUsage();
  const worker = startWorker({ handle, handlers: jobHandlers, concurrency: 4, pollIntervalMs: 50 });
  try {
    while (performance.now() - started < limitMs) {
      if (worker.running === 0 && (await count(handle, DUE_OR_RUNNING)) === 0) break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  } finally {
    await worker.stop();
  }
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  const jobs = (await count(handle, FINISHED)) - finishedBefore;
  return {
    jobs,
    seconds,
    perSecond: jobs / seconds,
    workerCpuMsPerJob: (used.user + used.system) / 1000 / jobs,
    failed: (await count(handle, NOT_SUCCEEDED)) - failedBefore,
    left: await count(handle, DUE_OR_RUNNING),
  };
}
