// Where an event's CPU goes under the events bench's load (not part of `npm run bench`):
// `BENCH_DIST_DIR=.next-bench npx tsx --conditions=react-server bench/cpu-split.ts`.
// The ceiling (in this process) and `next start` with the worker off (like for like), each under
// the same closed loop of 16 connections; per answered event, the CPU of the server's process
// tree, of every PostgreSQL process (the backends, the WAL writer, …) and of this process (the
// load generator, and for the ceiling its handler too). On two cores, what PostgreSQL spends per
// event bounds the throughput as much as the server does.
import fs from "node:fs";
import pg from "pg";
import { openDb } from "@/lib/db/open";
import { createScratchDatabase } from "@/tests/support/scratch-database";
import { ceilingHandler, pipelinedPgTransaction, rawPgTransaction } from "./support/ceiling";
import { nextEvent, prepare, type BenchTicket } from "./support/event-fixtures";
import { load, serve, type FetchHandler } from "./support/http-load";
import { cpuMs, ensureBenchBuild, processCpuMs, startNext } from "./support/next-server";

const CONNECTIONS = 16;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const SECRET = "bench-secret";
const SERVER = process.env.BENCH_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

function postgresPids(): number[] {
  return fs.readdirSync("/proc").flatMap((entry) => {
    if (!/^\d+$/.test(entry)) return [];
    try {
      return fs.readFileSync(`/proc/${entry}/comm`, "utf8").trim() === "postgres" ? [Number(entry)] : [];
    } catch {
      return [];
    }
  });
}

/** CPU ms of every PostgreSQL process alive now (backends come and go: sampled per pid). */
function postgresCpuMs(): Map<number, number> {
  return new Map(postgresPids().map((pid) => [pid, processCpuMs(pid)]));
}

function delta(before: Map<number, number>, after: Map<number, number>): number {
  let sum = 0;
  for (const [pid, ms] of after) sum += ms - (before.get(pid) ?? 0);
  return sum;
}

/** Per thread of a process (by name): on-CPU and runnable-but-waiting ns so far (schedstat). */
function threadTimes(pid: number): Map<string, { run: number; wait: number }> {
  const times = new Map<string, { run: number; wait: number }>();
  for (const tid of fs.readdirSync(`/proc/${pid}/task`)) {
    try {
      const name = `${fs.readFileSync(`/proc/${pid}/task/${tid}/comm`, "utf8").trim()}#${tid}`;
      const [run, wait] = fs.readFileSync(`/proc/${pid}/task/${tid}/schedstat`, "utf8").split(" ").map(Number);
      times.set(name, { run: run!, wait: wait! });
    } catch {
      /* gone */
    }
  }
  return times;
}

const ownCpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

async function split(label: string, target: FetchHandler | { url: string; pid: number }, tickets: BenchTicket[][]) {
  const server = typeof target === "function" ? await serve(target) : null;
  const url = `${server ? server.url : (target as { url: string }).url}/api/v1/events`;
  const serverPid = typeof target === "function" ? null : target.pid;
  const run = (seconds: number) =>
    load({ url, connections: CONNECTIONS, seconds, warmupSeconds: 0, next: (c) => nextEvent(tickets[c]!, SECRET) });
  await run(2); // warm-up
  const [pgBefore, ownBefore, serverBefore] = [postgresCpuMs(), ownCpuMs(), serverPid ? cpuMs(serverPid) : 0];
  const threadsBefore = serverPid ? threadTimes(serverPid) : new Map();
  const result = await run(SECONDS);
  if (serverPid)
    for (const [name, after] of threadTimes(serverPid)) {
      const before = threadsBefore.get(name) ?? { run: 0, wait: 0 };
      const onCpu = (after.run - before.run) / 1e6 / result.requests;
      if (onCpu > 0.01)
        console.log(
          `  thread ${name}: on CPU ${onCpu.toFixed(3)} ms/event, waiting for a CPU ${((after.wait - before.wait) / 1e6 / result.requests).toFixed(3)} ms/event`,
        );
    }
  const perEvent = (ms: number) => (ms / result.requests).toFixed(3);
  console.log(
    `${label.padEnd(22)} ${result.perSecond.toFixed(0).padStart(5)}/s p50 ${result.p50.toFixed(1)} p99 ${result.p99.toFixed(1)} ms; ` +
      `CPU ms/event: postgres ${perEvent(delta(pgBefore, postgresCpuMs()))}, ` +
      `server ${serverPid ? perEvent(cpuMs(serverPid) - serverBefore) : "–"}, ` +
      `this process ${perEvent(ownCpuMs() - ownBefore)}`,
  );
  await server?.close();
}

async function main(): Promise<void> {
  await ensureBenchBuild();
  const database = await createScratchDatabase(SERVER, "tf_bench");
  const pool = new pg.Pool({ connectionString: database.url, max: CONNECTIONS });
  pool.on("error", () => {});
  const handle = openDb({ kind: "postgres", connectionString: database.url, poolSize: 4 });
  let next: Awaited<ReturnType<typeof startNext>> | undefined;
  try {
    await handle.migrate();
    const tickets = await prepare(handle, CONNECTIONS);
    next = await startNext({ DATABASE_URL: database.url, EVENTS_SECRET: SECRET, TICKETFLOW_SERVER_WORKER: "off" });
    const ceiling = ceilingHandler(rawPgTransaction(pool));
    // BENCH_PIPELINED_CEILING=1: also the ceiling with BEGIN and COMMIT sent with its statements.
    const pipelined = process.env.BENCH_PIPELINED_CEILING ? ceilingHandler(pipelinedPgTransaction(pool)) : null;
    for (let round = 0; round < Number(process.env.BENCH_ROUNDS ?? 2); round++) {
      await split("ceiling", ceiling, tickets);
      if (pipelined) await split("ceiling, pipelined", pipelined, tickets);
      await split("next start, worker off", { url: next.url, pid: next.process.pid! }, tickets);
    }
  } finally {
    await next?.stop();
    await handle.close();
    await pool.end();
    await database.drop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
