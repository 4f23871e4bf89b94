// The events bench under `next start` (part of `npm run bench`): the ceiling (bare node:http +
// raw pg doing the endpoint's writes in its transaction's shape: bench/support/ceiling.ts) and the
// real POST /api/v1/events served by `next start` on the same throw-away PostgreSQL database, then
// on embedded PGlite (next start on a fresh data folder; the ceiling on an in-memory copy of it in
// this process), driven by the same closed-loop generator at 16 connections, taking turns. Each
// request is a distinct signed event on a seeded ticket's thread. PostgreSQL twice, each row on
// its own copy of one seeded database, beside its own ceiling runs: like for like
// (TICKETFLOW_SERVER_WORKER=off, the server only answers, as the ceiling does; the first seconds of
// its jobs' backlog are run after the load, bench/support/drain.ts), then as shipped (the
// in-process worker on). PGlite: as shipped, its only topology. Peak RSS (VmHWM) of the server
// process tree during the load. The databases are seeded before any server starts
// (prepareNextEvents), in `npm run bench` while the bench build runs.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { openDb, type DbHandle } from "@/lib/db/open";
import { createScratchDatabase, type ScratchDatabase } from "@/tests/support/scratch-database";
import { seededPostgres } from "./support/bench-databases";
import { ceilingHandler, rawPgTransaction } from "./support/ceiling";
import { drainJobs, type DrainFigures } from "./support/drain";
import { nextEvent, prepare, type BenchTicket } from "./support/event-fixtures";
import { combineRounds, load, serve, type FetchHandler, type LoadResult } from "./support/http-load";
import { cpuMsWhenIdle, ensureBenchBuild, peakRssMiB, startNext } from "./support/next-server";

const CONNECTIONS = 16;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const ROUNDS = 2;
/** Load before each round, not counted. A server that has just started answers slower for its
 *  first seconds, while V8 compiles its hot paths on the same two cores: the events endpoint on
 *  PostgreSQL answered 220–230, 340–400, 420–440, 430–440 and 520–540 events/s in its first five
 *  seconds, then 580–650, again after each restart (bench/PROFILE.md, 5 Dec: "A server's first
 *  seconds"). So a server's first round warms it for FIRST_WARMUP_SECONDS. The ceiling's handler
 *  runs in this process, warm after its first round. */
const WARMUP_SECONDS = 1;
const FIRST_WARMUP_SECONDS = 6;
const SECRET = "bench-secret";
/** The like-for-like row's jobs are run for this long after its load (bench/support/drain.ts): a
 *  sample of its backlog, the worker's rate and CPU per job, in a time that does not grow with the
 *  machine's speed. */
const DRAIN_SECONDS = Number(process.env.BENCH_DRAIN_SECONDS ?? 8);
const SERVER = process.env.BENCH_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

/** serverCpuMsPerEvent: CPU of the next start process tree per answered event of the first round
 *  (its warm-up's included), from before that round's load until the server is idle (with the
 *  in-process worker: until it has drained the jobs the round caused; PostgreSQL's own CPU apart).
 *  drain: the worker-off row's jobs, run after its load. */
export interface EventsFigures {
  database: string;
  server: string;
  ceiling: LoadResult;
  endpoint: LoadResult;
  ratio: number;
  peakRssMiB: number;
  serverCpuMsPerEvent: number;
  drain?: DrainFigures;
}

export const AS_SHIPPED = "npm start server, in-process worker (as shipped)";
const LIKE_FOR_LIKE = "npm start server, worker off (like for like; a sample of its jobs run after)";

type Target = { url: string } | FetchHandler;

async function drive(target: Target, tickets: BenchTicket[][], warmupSeconds = WARMUP_SECONDS): Promise<LoadResult> {
  const server = typeof target === "function" ? await serve(target) : null;
  const base = server ? server.url : (target as { url: string }).url;
  try {
    return await load({
      url: `${base}/api/v1/events`,
      connections: CONNECTIONS,
      seconds: SECONDS / ROUNDS,
      warmupSeconds,
      next: (c) => nextEvent(tickets[c]!, SECRET),
    });
  } finally {
    await server?.close();
  }
}

async function sideBySide(
  database: string,
  server: string,
  ceiling: FetchHandler,
  endpoint: { url: string; pid: number },
  tickets: BenchTicket[][],
): Promise<EventsFigures> {
  const c: LoadResult[] = [];
  const e: LoadResult[] = [];
  let serverCpuMsPerEvent = 0;
  for (let round = 0; round < ROUNDS; round++) {
    c.push(await drive(ceiling, tickets));
    const cpuBefore = await cpuMsWhenIdle(endpoint.pid);
    const result = await drive(endpoint, tickets, round === 0 ? FIRST_WARMUP_SECONDS : WARMUP_SECONDS);
    e.push(result);
    // The next ceiling round starts once the server is idle (its worker has run the round's
    // backlog), and the server's CPU per event is the first round's, its warm-up's events and the
    // jobs they caused included. The last round's backlog is left to the server's stop: waiting
    // for it was 9–18 s per as-shipped row, a time that grew with the machine's speed.
    if (round < ROUNDS - 1) {
      const cpuAfter = await cpuMsWhenIdle(endpoint.pid);
      if (round === 0) serverCpuMsPerEvent = (cpuAfter - cpuBefore) / (result.requests + result.warmupRequests);
    }
  }
  const [ceil, end] = [combineRounds(c, SECONDS), combineRounds(e, SECONDS)];
  return {
    database,
    server,
    ceiling: ceil,
    endpoint: end,
    ratio: end.perSecond / ceil.perSecond,
    peakRssMiB: peakRssMiB(endpoint.pid),
    serverCpuMsPerEvent,
  };
}

async function onPostgresRow(
  template: ScratchDatabase,
  tickets: BenchTicket[][],
  server: string,
  worker: "on" | "off",
): Promise<EventsFigures> {
  const database = await createScratchDatabase(SERVER, "tf_bench", { template: template.name });
  const pool = new pg.Pool({ connectionString: database.url, max: CONNECTIONS });
  pool.on("error", () => {}); // the drop below ends connections still closing
  const handle = openDb({ kind: "postgres", connectionString: database.url, poolSize: 4 });
  let next: Awaited<ReturnType<typeof startNext>> | undefined;
  try {
    const ceiling = ceilingHandler(rawPgTransaction(pool));
    next = await startNext({ DATABASE_URL: database.url, EVENTS_SECRET: SECRET, TICKETFLOW_SERVER_WORKER: worker });
    const row = await sideBySide("PostgreSQL", server, ceiling, { url: next.url, pid: next.process.pid! }, tickets);
    await next.stop();
    next = undefined;
    if (worker === "off") row.drain = await drainJobs(handle, DRAIN_SECONDS * 1000);
    return row;
  } finally {
    await next?.stop();
    await handle.close();
    await pool.end();
    await database.drop();
  }
}

async function onPostgres({ template, tickets }: EventsData["postgres"]): Promise<EventsFigures[]> {
  return [
    await onPostgresRow(template, tickets, LIKE_FOR_LIKE, "off"),
    await onPostgresRow(template, tickets, AS_SHIPPED, "on"),
  ];
}

/** The server's data folder, seeded as the PostgreSQL template is, and the ceiling's in-memory
 *  database loaded from its dump (the same tickets and ids, without seeding twice). */
async function seededPglite(): Promise<EventsData["pglite"]> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "tf-bench-pglite-"));
  try {
    const handle = openDb({ kind: "pglite", dataDir });
    let dump: Blob;
    let tickets: BenchTicket[][];
    try {
      await handle.migrate();
      tickets = await prepare(handle, CONNECTIONS);
      dump = await handle.pglite!.dumpDataDir("none");
    } finally {
      await handle.close();
    }
    return { dataDir, tickets, memory: openDb({ kind: "pglite", loadDataDir: dump }) };
  } catch (error) {
    fs.rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
}

async function onPglite({ dataDir, tickets, memory }: EventsData["pglite"]): Promise<EventsFigures> {
  await memory.pglite!.waitReady;
  const next = await startNext({
    DATABASE_URL: "",
    TICKETFLOW_DATA_DIR: dataDir,
    EVENTS_SECRET: SECRET,
    TICKETFLOW_SERVER_WORKER: "on",
  });
  try {
    return await sideBySide(
      "PGlite",
      AS_SHIPPED,
      ceilingHandler((fn) => memory.transaction(fn)),
      { url: next.url, pid: next.process.pid! },
      tickets,
    );
  } finally {
    await next.stop();
  }
}

/** What the events bench runs on, seeded before any server starts: `npm run bench` prepares it
 *  while the bench build runs (bench/run.ts). dispose() drops and removes all of it. */
export interface EventsData {
  postgres: { template: ScratchDatabase; tickets: BenchTicket[][] };
  pglite: { dataDir: string; tickets: BenchTicket[][]; memory: DbHandle };
  dispose(): Promise<void>;
}

/** The PostgreSQL rows start from one seeded, vacuumed and analysed template, so that neither
 *  row's load meets autovacuum's first pass over fresh rows, nor the other row's moves and jobs;
 *  each row runs on a copy of it (CREATE DATABASE … TEMPLATE: the same tickets, the same ids). */
export async function prepareNextEvents(): Promise<EventsData> {
  const { database: template, seeded: tickets } = await seededPostgres((handle) => prepare(handle, CONNECTIONS));
  try {
    const pglite = await seededPglite();
    return {
      postgres: { template, tickets },
      pglite,
      async dispose() {
        await template.drop();
        await pglite.memory.close();
        fs.rmSync(pglite.dataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await template.drop();
    throw error;
  }
}

export async function benchNextEvents(prepared?: Promise<EventsData>): Promise<EventsFigures[]> {
  const data = await (prepared ?? prepareNextEvents());
  try {
    await ensureBenchBuild();
    return [...(await onPostgres(data.postgres)), await onPglite(data.pglite)];
  } finally {
    await data.dispose();
  }
}
