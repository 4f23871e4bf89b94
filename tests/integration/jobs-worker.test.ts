// The worker loop: exactly-once under two concurrent workers, wake-ups, delays, retries, stop.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { db, dbHandle } from "@/lib/db";
import { openDb, type DbHandle } from "@/lib/db/open";
import { enqueueJob, wakeWorkers, type JobHandlers } from "@/lib/jobs";
import { startWorker, type Worker } from "@/lib/jobs/worker";
import { postgresServerUrl } from "../support/test-database";
import { databaseUrl } from "../support/scratch-database";

const started: Worker[] = [];
const extraHandles: DbHandle[] = [];

function worker(options: Parameters<typeof startWorker>[0]): Worker {
  const w = startWorker({ handle: dbHandle(), ...options });
  started.push(w);
  return w;
}

async function waitFor(condition: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`not done within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

beforeEach(async () => {
  await db.job.deleteMany();
});

afterEach(async () => {
  await Promise.all(started.splice(0).map((w) => w.stop()));
  await Promise.all(extraHandles.splice(0).map((h) => h.close()));
});

/** A second connection pool to this file's database on PostgreSQL; the same PGlite otherwise. */
async function secondHandle(): Promise<DbHandle> {
  const server = postgresServerUrl();
  if (!server) return dbHandle();
  const [row] = await dbHandle().sql.query<{ name: string }>("SELECT current_database() AS name");
  const handle = openDb({ kind: "postgres", connectionString: databaseUrl(server, row!.name), poolSize: 5 });
  extraHandles.push(handle);
  return handle;
}

describe("two workers on one queue", () => {
  it("execute each of 300 jobs exactly once", async () => {
    const executions = new Map<string, number>();
    const byWorker = new Map<string, number>();
    const handlers: JobHandlers = {
      count: {
        async execute(job, ctx) {
          executions.set(job.id, (executions.get(job.id) ?? 0) + 1);
          byWorker.set(ctx.workerId, (byWorker.get(ctx.workerId) ?? 0) + 1);
          if (Math.random() < 0.3) await sleep(1); // let the two workers interleave
        },
      },
    };
    await db.$transaction(async (tx) => {
      for (let i = 0; i < 300; i++) await enqueueJob(tx, { type: "count", payload: { i } });
    });
    const options = { handlers, concurrency: 4, pollIntervalMs: 50 };
    worker({ ...options, workerId: "A" });
    worker({ ...options, workerId: "B", handle: await secondHandle() });
    wakeWorkers();
    await waitFor(async () => (await db.job.count({ where: { state: "SUCCEEDED" } })) === 300, 30_000);

    expect(executions.size).toBe(300);
    expect([...executions.values()].every((n) => n === 1)).toBe(true);
    expect(byWorker.get("A")).toBeGreaterThan(0);
    expect(byWorker.get("B")).toBeGreaterThan(0);
    const rows = await db.job.groupBy({ by: ["lockedBy", "state"], _count: true, _max: { attempts: true } });
    expect(rows.every((row) => row.state === "SUCCEEDED" && row._max.attempts === 1)).toBe(true);
  });
});

describe("the worker loop", () => {
  it("runs a just-enqueued job at once when woken, not at the next poll", async () => {
    const ran: string[] = [];
    const handlers: JobHandlers = { ping: { execute: async (job) => void ran.push(job.id) } };
    worker({ handlers, concurrency: 2, pollIntervalMs: 60_000 });
    await sleep(100); // the worker found nothing and sleeps for up to a minute

    const first = await db.$transaction((tx) => enqueueJob(tx, { type: "ping", payload: {} }));
    await sleep(300);
    expect(ran).toEqual([]); // not woken: still asleep

    wakeWorkers();
    await waitFor(async () => ran.length === 1, 2_000);
    expect(ran).toEqual([first.id]);
    const second = await db.$transaction((tx) => enqueueJob(tx, { type: "ping", payload: {} }));
    const wokenAt = Date.now();
    wakeWorkers();
    await waitFor(async () => ran.length === 2, 2_000);
    expect(ran[1]).toBe(second.id);
    expect(Date.now() - wokenAt).toBeLessThan(1_000);
  });

  it("sleeps until a delayed job's runAt, and does not run it before", async () => {
    const ranAt: number[] = [];
    const handlers: JobHandlers = { later: { execute: async () => void ranAt.push(Date.now()) } };
    worker({ handlers, concurrency: 1, pollIntervalMs: 60_000 });
    const runAt = new Date(Date.now() + 400);
    await enqueueJob(db, { type: "later", payload: {}, runAt });
    wakeWorkers();
    await sleep(200);
    expect(ranAt).toEqual([]);
    await waitFor(async () => ranAt.length === 1, 3_000);
    expect(ranAt[0]).toBeGreaterThanOrEqual(runAt.getTime());
    expect(ranAt[0]! - runAt.getTime()).toBeLessThan(1_000);
  });

  it("retries with backoff until the handler succeeds", async () => {
    let calls = 0;
    const handlers: JobHandlers = {
      flaky: {
        execute: async () => {
          if (++calls < 3) throw new Error(`boom ${calls}`);
        },
      },
    };
    worker({
      handlers,
      concurrency: 1,
      pollIntervalMs: 60_000,
      retry: { baseMs: 40, capMs: 200, maxRetryAfterMs: 1_000 },
    });
    const { id } = await enqueueJob(db, { type: "flaky", payload: {} });
    wakeWorkers();
    await waitFor(async () => (await db.job.findUniqueOrThrow({ where: { id: id! } })).state === "SUCCEEDED", 5_000);
    expect(await db.job.findUniqueOrThrow({ where: { id: id! } })).toMatchObject({
      attempts: 3,
      lastError: "attempt 2/5: Error: boom 2",
    });
  });

  it("stop() waits for the running jobs to finish", async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let running = false;
    const handlers: JobHandlers = {
      slow: {
        execute: async () => {
          running = true;
          await gate;
        },
      },
    };
    const w = worker({ handlers, concurrency: 1, pollIntervalMs: 60_000 });
    const { id } = await enqueueJob(db, { type: "slow", payload: {} });
    wakeWorkers();
    await waitFor(async () => running, 2_000);
    let stopped = false;
    const stopping = w.stop().then(() => (stopped = true));
    await sleep(100);
    expect(stopped).toBe(false);
    release();
    await stopping;
    expect(await db.job.findUniqueOrThrow({ where: { id: id! } })).toMatchObject({ state: "SUCCEEDED" });
  });

  it("stops waiting for a handler at its time limit and records why", async () => {
    const handlers: JobHandlers = {
      hangs: {
        execute: (_job, ctx) =>
          new Promise((_, reject) => ctx.signal.addEventListener("abort", () => reject(new Error("aborted")))),
      },
    };
    worker({ handlers, concurrency: 1, pollIntervalMs: 60_000, leaseMs: 5_000, timeoutMs: 100 });
    const { id } = await enqueueJob(db, { type: "hangs", payload: {}, maxAttempts: 1 });
    wakeWorkers();
    await waitFor(async () => (await db.job.findUniqueOrThrow({ where: { id: id! } })).state === "FAILED", 3_000);
    expect((await db.job.findUniqueOrThrow({ where: { id: id! } })).lastError).toBe(
      "attempt 1/1: JobTimeoutError: the handler did not finish within 100 ms",
    );
  });
});
