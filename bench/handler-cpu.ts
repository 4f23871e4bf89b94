// In-process CPU per event of POST /api/v1/events without Next: `npx tsx --conditions=react-server
// bench/handler-cpu.ts` (not part of the tests). The route's handler is called with a Request,
// 16 at a time, on a scratch database; process.cpuUsage over the measured events (the pg client's
// CPU included, PostgreSQL's not; on PGlite the database's own CPU is in the process). Then the
// job worker (lib/jobs/worker.ts, concurrency 4, as the server runs it) drains the jobs those
// events caused, measured the same way: the handler's and the worker's share of an event apart.
// BENCH_EVENTS (default 2000) after 300 warm-up events (drained too). BENCH_DB=pglite: embedded
// PGlite in a fresh data folder, as `npm start` opens it (default PostgreSQL). BENCH_PROFILE=<prefix>:
// a V8 CPU profile of each measured phase (<prefix>-handler.cpuprofile, <prefix>-worker.cpuprofile;
// summarise with bench/cpuprofile-summary.ts). BENCH_ALS=1 runs each request inside an
// AsyncLocalStorage context, as Next does (on Node 20 that turns on a hook for every promise).
// BENCH_TARGET=ceiling measures the bench's raw-SQL ceiling handler the same way (PostgreSQL).
// See bench/PROFILE.md.
import { AsyncLocalStorage } from "node:async_hooks";
import fs from "node:fs";
import inspector from "node:inspector/promises";
import os from "node:os";
import path from "node:path";
import { useDbHandle } from "@/lib/db";
import { openDb, type DbHandle } from "@/lib/db/open";
import { eventsEndpoint } from "@/lib/events/events-endpoint";
import { jobHandlers } from "@/lib/job-handlers";
import { startWorker } from "@/lib/jobs/worker";
import { withBenchPostgres } from "./support/bench-databases";
import { ceilingHandler, rawPgTransaction } from "./support/ceiling";
import { nextEvent, prepare, type BenchTicket } from "./support/event-fixtures";
import type { FetchHandler } from "./support/http-load";

const CONNECTIONS = 16;
const EVENTS = Number(process.env.BENCH_EVENTS ?? 2000);
const SECRET = "bench-secret";
const CEILING = process.env.BENCH_TARGET === "ceiling";
const PGLITE = process.env.BENCH_DB === "pglite";
const context = new AsyncLocalStorage<object>();
const inContext = (handler: FetchHandler): FetchHandler =>
  process.env.BENCH_ALS === "1" ? (request) => context.run({}, () => handler(request)) : handler;

async function run(endpoint: FetchHandler, tickets: BenchTicket[][], count: number): Promise<void> {
  let left = count;
  await Promise.all(
    tickets.map(async (mine) => {
      while (left-- > 0) {
        const { body, headers } = nextEvent(mine, SECRET);
        const response = await endpoint(new Request("http://bench/api/v1/events", { method: "POST", body, headers }));
        if (response.status !== 200) throw new Error(`${response.status}: ${await response.text()}`);
      }
    }),
  );
}

const DUE_OR_RUNNING = `SELECT count(*)::int AS n FROM "Job" WHERE state = 'RUNNING' OR (state = 'PENDING' AND "runAt" <= now())`;
const NOT_SUCCEEDED = `SELECT count(*)::int AS n FROM "Job" WHERE state IN ('FAILED', 'CANCELLED')`;

/** Runs the worker as the server does until nothing is due or running; its CPU ms. */
async function drain(handle: DbHandle): Promise<{ cpuMs: number; seconds: number }> {
  const before = process.cpuUsage();
  const started = performance.now();
  const worker = startWorker({ handle, handlers: jobHandlers, concurrency: 4, pollIntervalMs: 1_000 });
  try {
    for (;;) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      if (worker.running > 0) continue;
      const [row] = await handle.sql.query<{ n: number }>(DUE_OR_RUNNING);
      if (row!.n === 0) break;
    }
  } finally {
    await worker.stop();
  }
  const cpu = process.cpuUsage(before);
  return { cpuMs: (cpu.user + cpu.system) / 1000, seconds: (performance.now() - started) / 1000 };
}

async function profiled<T>(phase: string, fn: () => Promise<T>): Promise<T> {
  const prefix = process.env.BENCH_PROFILE;
  if (!prefix) return fn();
  const session = new inspector.Session();
  session.connect();
  await session.post("Profiler.enable");
  await session.post("Profiler.start");
  try {
    return await fn();
  } finally {
    const { profile } = await session.post("Profiler.stop");
    fs.writeFileSync(`${prefix}-${phase}.cpuprofile`, JSON.stringify(profile));
    session.disconnect();
  }
}

async function measure(handle: DbHandle, endpoint: FetchHandler, tickets: BenchTicket[][], label: string) {
  await run(endpoint, tickets, 300);
  if (!CEILING) await drain(handle);
  const before = process.cpuUsage();
  const started = performance.now();
  await profiled("handler", () => run(endpoint, tickets, EVENTS));
  const cpu = process.cpuUsage(before);
  const seconds = (performance.now() - started) / 1000;
  const perEvent = (ms: number) => (ms / EVENTS).toFixed(2);
  console.log(
    `${CEILING ? "ceiling" : "handler"} in process (no Next${process.env.BENCH_ALS === "1" ? ", in an AsyncLocalStorage context" : ""}), ${label}: ${EVENTS} events, ${perEvent((cpu.user + cpu.system) / 1000)} CPU ms/event (user ${perEvent(cpu.user / 1000)}, system ${perEvent(cpu.system / 1000)}), ${(EVENTS / seconds).toFixed(0)} events/s`,
  );
  if (CEILING) return;
  const worker = await profiled("worker", () => drain(handle));
  const [failed] = await handle.sql.query<{ n: number }>(NOT_SUCCEEDED);
  console.log(
    `then the worker (concurrency 4) drained their jobs: ${perEvent(worker.cpuMs)} CPU ms/event, ${worker.seconds.toFixed(1)} s, ${failed!.n} failed; process RSS ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MiB`,
  );
}

async function onPglite(): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "tf-handler-cpu-"));
  const handle = openDb({ kind: "pglite", dataDir });
  try {
    await handle.migrate();
    useDbHandle(handle);
    const tickets = await prepare(handle, CONNECTIONS);
    await measure(handle, inContext(eventsEndpoint({ secrets: () => [SECRET] })), tickets, "PGlite (data folder)");
  } finally {
    useDbHandle(undefined);
    await handle.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  if (PGLITE) return onPglite();
  await withBenchPostgres(CONNECTIONS, async (handle, pool) => {
    const tickets = await prepare(handle, CONNECTIONS);
    const endpoint = inContext(
      CEILING ? ceilingHandler(rawPgTransaction(pool)) : eventsEndpoint({ secrets: () => [SECRET] }),
    );
    await measure(handle, endpoint, tickets, "PostgreSQL");
  });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
