// Jobs benchmark: `npx tsx bench/jobs.ts` (not part of the tests). On an in-memory PGlite and on
// a throw-away PostgreSQL database (tf_bench_<random> on 127.0.0.1:5432), measures
//   throughput: a backlog of jobs drained by the workers (no-op handler), in jobs/s;
//   latency: commit of the enqueueing transaction → handler running, with wakeWorkers(),
//            one job at a time (idle) and at a steady offered rate (loaded): p50 / p95 / p99.
import { openDb, type DbHandle } from "@/lib/db/open";
import { createScratchDatabase } from "@/tests/support/scratch-database";
import { enqueueJob, wakeWorkers, type JobHandlers } from "@/lib/jobs";
import { startWorker, type Worker } from "@/lib/jobs/worker";

const BACKLOG = Number(process.env.BENCH_JOBS ?? 5_000);
const LATENCY_SAMPLES = 300;
const LOADED_RATE = 200; // jobs/s offered during the loaded latency run
const LOADED_SECONDS = 3;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const yieldTurn = () => new Promise((resolve) => setImmediate(resolve));

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

interface Probe {
  executed: number;
  latencies: number[];
  handlers: JobHandlers;
}

function probe(): Probe {
  const state: Probe = {
    executed: 0,
    latencies: [],
    handlers: {
      bench: {
        async execute(job) {
          state.executed++;
          const sentAt = (job.payload as { sentAt?: number }).sentAt;
          if (sentAt) state.latencies.push(performance.now() - sentAt);
        },
      },
    },
  };
  return state;
}

async function until(condition: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error("benchmark timed out");
    await sleep(2);
  }
}

async function run(label: string, handles: DbHandle[], workersPerHandle: number, concurrency: number) {
  const main = handles[0]!;
  const state = probe();
  // ── throughput: enqueue a backlog (100 per transaction), then drain it
  const enqueueStarted = performance.now();
  for (let batch = 0; batch < BACKLOG / 100; batch++) {
    await main.prisma.$transaction(async (tx) => {
      for (let i = 0; i < 100; i++) await enqueueJob(tx, { type: "bench", payload: {} });
    });
    await yieldTurn();
  }
  const enqueueSeconds = (performance.now() - enqueueStarted) / 1000;
  const workers: Worker[] = handles.flatMap((handle) =>
    Array.from({ length: workersPerHandle }, () =>
      startWorker({ handle, handlers: state.handlers, concurrency, pollIntervalMs: 1_000 }),
    ),
  );
  const drainStarted = performance.now();
  wakeWorkers();
  await until(() => state.executed >= BACKLOG, 600_000);
  const drainSeconds = (performance.now() - drainStarted) / 1000;

  // ── latency, idle: one job at a time
  const idle = await measureLatency(main, state, LATENCY_SAMPLES, 0);
  // ── latency, loaded: a steady offered rate
  const loaded = await measureLatency(main, state, LOADED_RATE * LOADED_SECONDS, 1000 / LOADED_RATE);
  await Promise.all(workers.map((w) => w.stop()));

  const ms = (values: number[]) =>
    `p50 ${percentile(values, 50).toFixed(1)} ms, p95 ${percentile(values, 95).toFixed(1)} ms, p99 ${percentile(values, 99).toFixed(1)} ms`;
  console.log(`\n${label}  (${handles.length * workersPerHandle} worker(s) × concurrency ${concurrency})`);
  console.log(`  enqueue:    ${(BACKLOG / enqueueSeconds).toFixed(0)} jobs/s (100 per transaction)`);
  console.log(
    `  drain:      ${(BACKLOG / drainSeconds).toFixed(0)} jobs/s (${BACKLOG} jobs in ${drainSeconds.toFixed(2)} s)`,
  );
  console.log(`  latency, idle (one at a time):        ${ms(idle)}`);
  console.log(`  latency, loaded (${LOADED_RATE} jobs/s offered):  ${ms(loaded)}`);
}

/** Enqueue → handler latency: each job's payload carries the time just before its commit. */
async function measureLatency(handle: DbHandle, state: Probe, count: number, intervalMs: number): Promise<number[]> {
  state.latencies = [];
  const start = performance.now();
  for (let i = 0; i < count; i++) {
    if (intervalMs > 0) {
      const due = start + i * intervalMs;
      while (performance.now() < due) await sleep(Math.max(0, due - performance.now()));
    }
    await handle.prisma.$transaction(async (tx) => {
      await enqueueJob(tx, { type: "bench", payload: { sentAt: performance.now() } });
    });
    wakeWorkers();
    if (intervalMs === 0) await until(() => state.latencies.length > i, 10_000);
  }
  await until(() => state.latencies.length >= count, 30_000);
  return state.latencies;
}

async function onPglite(): Promise<void> {
  const handle = openDb({ kind: "pglite" });
  try {
    await handle.migrate();
    await run("PGlite (in memory, in process)", [handle], 1, 8);
  } finally {
    await handle.close();
  }
}

async function onPostgres(): Promise<void> {
  const server = process.env.BENCH_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
  const database = await createScratchDatabase(server, "tf_bench");
  const handles: DbHandle[] = [];
  try {
    // two pools, as two worker processes would have
    for (let i = 0; i < 2; i++)
      handles.push(openDb({ kind: "postgres", connectionString: database.url, poolSize: 10 }));
    await handles[0]!.migrate();
    await run("PostgreSQL 15 (127.0.0.1)", handles, 1, 8);
  } finally {
    await Promise.all(handles.map((h) => h.close()));
    await database.drop();
  }
}

async function main(): Promise<void> {
  console.log(
    `jobs benchmark: backlog ${BACKLOG}, ${LATENCY_SAMPLES} idle samples, ${LOADED_RATE}/s × ${LOADED_SECONDS} s loaded`,
  );
  if (process.env.BENCH_ONLY !== "postgres") await onPglite();
  if (process.env.BENCH_ONLY !== "pglite") await onPostgres();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
