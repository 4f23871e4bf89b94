// The worker loop: claim as many due jobs as there are free slots, run them, and otherwise
// sleep until woken (wakeWorkers(), a slot freeing up), the next job's runAt, or the poll
// interval, whichever comes first. All state is in the jobs table; timers only wake the loop.
import crypto from "node:crypto";
import os from "node:os";
import { dbHandle } from "@/lib/db";
import type { DbHandle } from "@/lib/db/open";
import { logger } from "@/lib/logger";
import type { RetryPolicy } from "./backoff";
import { claimJobs, msUntilNextDue } from "./claim";
import { executeJob, type ExecuteOptions } from "./execute";
import { reapExpiredJobs } from "./outcome";
import type { ClaimedJob, JobHandlers } from "./types";
import { onWake } from "./wake";

export interface WorkerOptions {
  /** The database; default the app's (lib/db.ts). */
  handle?: DbHandle;
  /** What runs each job type: the app's table is lib/job-handlers.ts (it names every feature's
   *  handler, so it sits above them; the queue below knows none). */
  handlers: JobHandlers;
  /** Jobs run at once by this worker (default 4). */
  concurrency?: number;
  /** Longest sleep without a wake-up (default 1000 ms): what another process's enqueue waits. */
  pollIntervalMs?: number;
  /** How long a claim holds before another worker may take the job over (default 60 s). */
  leaseMs?: number;
  /** A handler's time limit (default 45 s); must be below leaseMs. */
  timeoutMs?: number;
  retry?: RetryPolicy;
  workerId?: string;
}

export interface Worker {
  readonly id: string;
  /** Jobs running now. */
  readonly running: number;
  /** Stops claiming, then waits for the running jobs to finish. */
  stop(): Promise<void>;
}

const MIN_SLEEP_MS = 5;
const REAP_INTERVAL_MS = 15_000;

// PGlite never yields to the event loop between awaited queries; a loop of them would starve
// timers and requests. One macrotask turn per round lets them run (costs nothing on PostgreSQL).
const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

export function startWorker(options: WorkerOptions): Worker {
  const concurrency = options.concurrency ?? 4;
  const pollIntervalMs = options.pollIntervalMs ?? 1_000;
  const leaseMs = options.leaseMs ?? 60_000;
  const timeoutMs = options.timeoutMs ?? Math.min(45_000, leaseMs - 1_000);
  if (concurrency < 1 || pollIntervalMs < 1) throw new Error("startWorker: concurrency and pollIntervalMs must be ≥ 1");
  if (timeoutMs < 1 || timeoutMs >= leaseMs) throw new Error("startWorker: timeoutMs must be below leaseMs");

  const handle = options.handle ?? dbHandle();
  const id = options.workerId ?? `${os.hostname()}:${process.pid}:${crypto.randomBytes(3).toString("hex")}`;
  const log = logger.child({ workerId: id });
  const execute: ExecuteOptions = {
    handle,
    handlers: options.handlers,
    workerId: id,
    timeoutMs,
    retry: options.retry,
  };
  const inFlight = new Set<Promise<void>>();
  let stopping = false;
  let wakeRequested = false;
  let interruptSleep: (() => void) | undefined;
  let lastReapAt = 0;

  const wake = () => {
    wakeRequested = true;
    interruptSleep?.();
  };
  const unsubscribe = onWake(wake);

  function sleep(ms: number): Promise<void> {
    if (wakeRequested || stopping) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        interruptSleep = undefined;
        resolve();
      }
      interruptSleep = done;
    });
  }

  function run(job: ClaimedJob): void {
    const task = executeJob(job, execute)
      .then((result) => {
        // A freed slot matters when the worker was full; a retry brings a new runAt.
        if (inFlight.size >= concurrency || result.outcome === "retry") wake();
      })
      .catch((error: unknown) =>
        log.error(
          { err: error, jobId: job.id },
          "could not record a job's outcome; its lease will expire and it will be retried",
        ),
      )
      .finally(() => inFlight.delete(task));
    inFlight.add(task);
  }

  async function round(): Promise<void> {
    wakeRequested = false;
    if (Date.now() - lastReapAt >= REAP_INTERVAL_MS) {
      lastReapAt = Date.now();
      const reaped = await reapExpiredJobs(handle.sql);
      if (reaped > 0) log.warn({ reaped }, "failed jobs whose last attempt's lease expired");
    }
    const free = concurrency - inFlight.size;
    let sleepMs = pollIntervalMs;
    if (free > 0) {
      const jobs = await claimJobs(handle.sql, { workerId: id, limit: free, leaseMs });
      for (const job of jobs) run(job);
      if (jobs.length === free) return; // probably more are due: claim again
      const nextDueMs = await msUntilNextDue(handle.sql);
      if (nextDueMs !== null) sleepMs = Math.min(Math.max(nextDueMs, MIN_SLEEP_MS), pollIntervalMs);
    }
    await sleep(sleepMs);
  }

  const loop = (async () => {
    log.info({ concurrency, pollIntervalMs, database: handle.kind }, "job worker started");
    while (!stopping) {
      try {
        await round();
      } catch (error) {
        log.error({ err: error }, "job worker round failed; retrying after the poll interval");
        await sleep(pollIntervalMs);
      }
      await yieldToEventLoop();
    }
  })();

  return {
    id,
    get running() {
      return inFlight.size;
    },
    async stop() {
      stopping = true;
      unsubscribe();
      interruptSleep?.();
      await loop;
      await Promise.allSettled([...inFlight]);
      log.info("job worker stopped");
    },
  };
}
