// The worker loop: claim as many due jobs as there are free slots, run them, and otherwise
// sleep until woken (wakeWorkers(), a slot freeing up), the next job's runAt, or the poll
// interval, whichever comes first. All state is in the jobs table; timers only wake the loop.
// The jobs a person waits on (PERSON_WAITING, claimed first anyway) have a lane of their own
// beside the slots: woken for one, the worker claims and starts it at once, whatever the slots
// and the loop are doing, and runs it on `personWaitingHandle` (on PostgreSQL a small pool of
// its own: under an event load the shared pool had ~50 statements queued for a connection).
// Under pressure (`underPressure`: the server's requests keep the event loop busy) the general
// slots give way: one job at a time, and a pause between claims, so requests and the lane keep
// the CPU; the backlog is drained at full speed when the pressure ends. Nothing is skipped.
import crypto from "node:crypto";
import os from "node:os";
import { dbHandle } from "@/lib/db";
import type { DbHandle } from "@/lib/db/open";
import { logger } from "@/lib/logger";
import type { RetryPolicy } from "./backoff";
import { claimJobs, claimJobsAndNextDue } from "./claim";
import { executeJob, type ExecuteOptions } from "./execute";
import { executeJobBatch } from "./execute-batch";
import { reapExpiredJobs } from "./outcome";
import type { ClaimedJob, JobHandlers } from "./types";
import { onWake } from "./wake";

export interface WorkerOptions {
  /** The database; default the app's (lib/db.ts). */
  handle?: DbHandle;
  /** Where the jobs a person waits on (priority > 0) are claimed by their lane and run, the same
   *  database through other connections (lib/jobs/person-waiting-handle.ts); default `handle`. */
  personWaitingHandle?: DbHandle;
  /** What runs each job type: the app's table is lib/job-handlers.ts (it names every feature's
   *  handler, so it sits above them; the queue below knows none). */
  handlers: JobHandlers;
  /** Jobs run at once by this worker (default 4); a batch (below) counts as one. */
  concurrency?: number;
  /** Most jobs of a type whose handler has executeMany claimed and run together (default 50; 1: none). */
  batchSize?: number;
  /** Longest sleep without a wake-up (default 1000 ms): what another process's enqueue waits. */
  pollIntervalMs?: number;
  /** How long a claim holds before another worker may take the job over (default 60 s). */
  leaseMs?: number;
  /** A handler's time limit (default 45 s); must be below leaseMs. */
  timeoutMs?: number;
  retry?: RetryPolicy;
  workerId?: string;
  /** True while the process's requests leave little room (lib/http/server-pressure.ts): the general
   *  slots then run one job at a time with `pressedPauseMs` between claims. Default: never. */
  underPressure?: () => boolean;
  /** Under pressure, the least time between two claims of the general slots (default PRESSED_PAUSE_MS). */
  pressedPauseMs?: number;
  /** Whether the general slots claim jobs this round (default always): the production server's
   *  main thread stands them aside while its events thread runs them (general-slots-elsewhere.ts).
   *  Standing aside, each round (a wake-up, the poll) runs the lane instead. */
  generalSlots?: () => boolean;
  /** Called when the lane starts claiming; what it returns is called when the lane stops (the
   *  server's main thread counts its lane as work someone waits on: lib/http/foreground.ts). */
  laneWork?: () => () => void;
  /** The jobs a person waits on are another worker's (the main thread's lane): this one has no
   *  lane and its claims leave them (default false). */
  leavePersonWaiting?: boolean;
}

export interface Worker {
  readonly id: string;
  /** Jobs running now. */
  readonly running: number;
  /** Stops claiming, then waits for the running jobs to finish. */
  stop(): Promise<void>;
}

const MIN_SLEEP_MS = 5;
/** Under pressure: the least time between two claims of the general slots (≤ 40 jobs/s). */
export const PRESSED_PAUSE_MS = 25;
const REAP_INTERVAL_MS = 15_000;

// PGlite never yields to the event loop between awaited queries; a loop of them would starve
// timers and requests. One macrotask turn per round lets them run (costs nothing on PostgreSQL).
const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/** A worker's id: `<host>:<pid>:[<name>:]<random>`, unique per worker, saying where a job ran. */
export function workerIdFor(name?: string): string {
  const random = crypto.randomBytes(3).toString("hex");
  return [os.hostname(), process.pid, name, random].filter((part) => part !== undefined).join(":");
}

export function startWorker(options: WorkerOptions): Worker {
  const concurrency = options.concurrency ?? 4;
  const batchSize = options.batchSize ?? 50;
  const pollIntervalMs = options.pollIntervalMs ?? 1_000;
  const leaseMs = options.leaseMs ?? 60_000;
  const timeoutMs = options.timeoutMs ?? Math.min(45_000, leaseMs - 1_000);
  if (concurrency < 1 || pollIntervalMs < 1) throw new Error("startWorker: concurrency and pollIntervalMs must be ≥ 1");
  if (timeoutMs < 1 || timeoutMs >= leaseMs) throw new Error("startWorker: timeoutMs must be below leaseMs");

  const handle = options.handle ?? dbHandle();
  const personHandle = options.personWaitingHandle ?? handle;
  const id = options.workerId ?? workerIdFor();
  const log = logger.child({ workerId: id });
  const execute: ExecuteOptions = {
    handle,
    handlers: options.handlers,
    workerId: id,
    timeoutMs,
    retry: options.retry,
  };
  const personExecute: ExecuteOptions = { ...execute, handle: personHandle };
  const batchTypes = Object.keys(options.handlers).filter((type) => options.handlers[type]?.executeMany);
  const inFlight = new Set<Promise<void>>();
  const inLane = new Set<Promise<void>>();
  let stopping = false;
  let wakeRequested = false;
  let lane: Promise<void> | undefined; // the lane's claims running
  let laneWokenAgain = false;
  let interruptSleep: (() => void) | undefined;
  let lastReapAt = 0;
  let limit = concurrency; // the general slots' limit this round: 1 under pressure
  let pressedClaimAt = 0; // under pressure, no claim before this (Date.now() ms)
  const underPressure = options.underPressure ?? (() => false);
  const generalSlots = options.generalSlots ?? (() => true);
  const leavePersonWaiting = options.leavePersonWaiting ?? false;
  const mode = leavePersonWaiting ? "others" : "any"; // which jobs the general slots claim
  const pressedPauseMs = options.pressedPauseMs ?? PRESSED_PAUSE_MS;
  // When a job of a batch type is next due (Date.now() ms; 0: unknown): until then the round
  // spends no statement on a batch claim. The general claim takes any type, so none waits longer.
  let batchDueAt = 0;

  const startLane = () => {
    if (leavePersonWaiting || stopping) return;
    if (lane) laneWokenAgain = true;
    else {
      const laneEnded = options.laneWork?.();
      lane = personLane().finally(() => {
        lane = undefined;
        laneEnded?.();
      });
    }
  };
  const wake = (personWaiting = false) => {
    if (personWaiting) startLane();
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

  /** Runs claimed jobs in one of the general slots (`inFlight`) or in the lane (`inLane`). */
  function run(jobs: ClaimedJob[], tasks = inFlight): Promise<void> {
    const job = jobs.length === 1 ? jobs[0]! : undefined;
    const attempt = job
      ? executeJob(job, job.priority > 0 ? personExecute : execute).then((result) => [{ result }])
      : executeJobBatch(jobs, execute);
    const task = attempt
      .then((results) => {
        // A freed slot matters when the worker was full; a retry brings a new runAt.
        if (inFlight.size >= limit || results.some((r) => r.result.outcome === "retry")) wake();
      })
      .catch((error: unknown) =>
        log.error(
          { err: error, jobIds: jobs.map((job) => job.id) },
          "could not record a job's outcome; its lease will expire and it will be retried",
        ),
      )
      .finally(() => tasks.delete(task));
    tasks.add(task);
    return task;
  }

  /** The lane: claims the due jobs a person waits on, one at a time, until none is left (a wake
   *  while it runs makes it look again). Its claim and its jobs use personHandle. */
  async function personLane(): Promise<void> {
    try {
      for (let found = true; (found || laneWokenAgain) && !stopping;) {
        laneWokenAgain = false;
        const [job] = await claimJobs(personHandle.sql, { workerId: id, limit: 1, leaseMs, mode: "personWaiting" });
        found = job !== undefined;
        if (job) await run([job], inLane);
      }
    } catch (error) {
      log.error({ err: error }, "claiming a job a person waits on failed; the loop's next claim takes it");
      wake();
    }
  }

  async function round(): Promise<void> {
    wakeRequested = false;
    if (Date.now() - lastReapAt >= REAP_INTERVAL_MS) {
      lastReapAt = Date.now();
      const reaped = await reapExpiredJobs(handle.sql);
      if (reaped > 0) log.warn({ reaped }, "failed jobs whose last attempt's lease expired");
    }
    if (!generalSlots()) {
      startLane(); // a job a person waits on enqueued without a wake here (another process)
      return void (await sleep(pollIntervalMs));
    }
    const pressed = underPressure();
    limit = pressed ? 1 : concurrency;
    const free = limit - inFlight.size;
    let sleepMs = pollIntervalMs;
    if (pressed && free > 0 && Date.now() < pressedClaimAt) {
      sleepMs = pressedClaimAt - Date.now();
    } else if (free > 0) {
      // One slot takes a batch of a batch handler's jobs (one statement claims them all); the
      // other slots one job each, of any type. Under pressure, the one slot one job of any type.
      const startedAt = Date.now();
      if (pressed) pressedClaimAt = startedAt + pressedPauseMs;
      const batch =
        !pressed && batchTypes.length > 0 && batchSize > 1 && batchDueAt <= startedAt
          ? await claimJobs(handle.sql, { workerId: id, limit: batchSize, leaseMs, types: batchTypes, mode })
          : [];
      if (batch.length > 0) run(batch);
      const left = free - (batch.length > 0 ? 1 : 0);
      if (left === 0) return; // the batch took the last slot: claim again
      const claim = await claimJobsAndNextDue(handle.sql, { workerId: id, limit: left, leaseMs, batchTypes, mode });
      for (const job of claim.jobs) run([job]);
      batchDueAt = claim.nextBatchDueMs === null ? Infinity : startedAt + claim.nextBatchDueMs;
      if (pressed && claim.jobs.length > 0) return; // the next round waits for pressedClaimAt
      if (batch.length === batchSize || claim.jobs.length === left) return; // probably more are due: claim again
      const { nextDueMs } = claim;
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
      return inFlight.size + inLane.size;
    },
    async stop() {
      stopping = true;
      unsubscribe();
      interruptSleep?.();
      await loop;
      await lane;
      await Promise.allSettled([...inFlight, ...inLane]);
      log.info("job worker stopped");
    },
  };
}
