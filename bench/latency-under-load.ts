// Automation latency under load (part of `npm run bench`, after the events bench): the production
// server as shipped (scripts/server.ts, in-process worker) on a throw-away PostgreSQL database,
// mail over SMTP to a sink in this process (smtp-server on 127.0.0.1). Signed events arrive at a
// fixed rate from a process of their own (bench/support/event-load-child.ts: another client; open
// loop: half the events/s the events bench measured for this topology) while
// status changes go in one after another through the public API (PATCH /api/v1/tickets/:id →
// Closed, whose seeded chain emails the contact). Measured per change: from sending the PATCH to
// the email for that ticket reaching the SMTP sink (after the transport handed it over, so a
// little longer than "handed to the transport"). Budget (issue 16): p95 < 50 ms.
import "./support/quiet-logs";
import os from "node:os";
import { pathToFileURL } from "node:url";
import { openDb, type DbHandle } from "@/lib/db/open";
import { createScratchDatabase } from "@/tests/support/scratch-database";
import { startSmtpSink } from "@/tests/support/smtp";
import { prepare } from "./support/event-fixtures";
import { loadAtRateElsewhere } from "./support/event-load-process";
import type { LoadResult } from "./support/http-load";
import { ensureBenchBuild, startNext } from "./support/next-server";
import { newSupportTickets } from "./support/new-tickets";

const SECRET = "bench-secret";
const API_KEY = "tf_bench_latency_key_0123456789abcdef";
const SERVER = process.env.BENCH_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const CHANGES = Number(process.env.BENCH_LOADED_CHANGES ?? 200);
// The load lasts long enough for every change at ~150 ms each, and ends when the last change's
// email has arrived; changes sent after it ended are not counted (the line says how many were
// measured).
const LOAD_SECONDS = CHANGES * 0.15 + 4;
// Events at the same rate before anything is timed, not counted: a server started cold took ~12 s
// to catch up with 225 events/s (its pools' connections, their statements' plans, the JIT), and
// changes timed in that window measured the start-up, not the load (bench/PROFILE.md, 4 Dec).
const WARMUP_SECONDS = Number(process.env.BENCH_LOADED_WARMUP ?? 15);

export interface LatencyUnderLoad {
  eventsTarget: number;
  events: LoadResult;
  changes: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  /** Where the time went, per phase of a change (p50, p95, and the mean over the slowest 5 %). */
  phases: Record<Phase, { p50: number; p95: number; slowest: number }>;
  /** Jobs still PENDING when the last change's email arrived (the backlog the events left). */
  backlog: number;
}

/** A change's phases, from timestamps in this process and in the database (one machine's clock):
 *  answer: the PATCH's round trip (its transaction enqueued the workflow's first step);
 *  start: the answer → the step's handler starting (its claim, the wait for a worker slot, and
 *  the one query that loads the step; the step's timeline entry carries that instant);
 *  send: the handler starting → the email at the sink (template, recipients, the Outbox check,
 *  the SMTP exchange, including any wait for a pooled connection). */
type Phase = "answer" | "start" | "send";
const PHASES: Phase[] = ["answer", "start", "send"];

interface ChangeTimes {
  ticketId: string;
  sent: number;
  answered: number;
  arrived: number;
}

/** Wall-clock ms, comparable with the database's timestamps (same machine). */
const wallNow = () => performance.timeOrigin + performance.now();

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

/** Events at `eventsPerSecond` while CHANGES status changes are timed to their email. */
export async function benchLatencyUnderLoad(eventsPerSecond: number): Promise<LatencyUnderLoad> {
  const database = await createScratchDatabase(SERVER, "tf_bench");
  const handle = openDb({ kind: "postgres", connectionString: database.url, poolSize: 2 });
  const sink = await startSmtpSink();
  let server: Awaited<ReturnType<typeof startNext>> | undefined;
  try {
    await handle.migrate();
    const eventTickets = (await prepare(handle, 16, { bootstrapApiKey: API_KEY })).flat();
    const closing = await newSupportTickets(handle, CHANGES);
    const [closed] = await handle.sql.query<{ id: string }>(
      `SELECT s.id FROM "PipelineStatus" s JOIN "Pipeline" p ON p.id = s."pipelineId" WHERE p.name = 'Support Pipeline' AND s.label = 'Closed'`,
    );
    server = await startNext({
      DATABASE_URL: database.url,
      EVENTS_SECRET: SECRET,
      SMTP_URL: sink.url,
      TICKETFLOW_SERVER_WORKER: "on",
    });
    const url = server.url;
    // The sink's messages, by the ticket they are about, noted when seen (checked every turn).
    const arrived = new Map<string, number>();
    let seen = 0;
    const noteArrivals = () => {
      for (; seen < sink.messages.length; seen++) {
        const ticketId = sink.messages[seen]!.headers.get("x-ticketflow-ticket");
        if (typeof ticketId === "string" && !arrived.has(ticketId)) arrived.set(ticketId, wallNow());
      }
    };
    const load = loadAtRateElsewhere({
      url: `${url}/api/v1/events`,
      perSecond: eventsPerSecond,
      seconds: LOAD_SECONDS,
      warmupSeconds: WARMUP_SECONDS,
      maxInFlight: 64,
      secret: SECRET,
      tickets: eventTickets,
    });
    const events = load.result;
    let loadEndedAt = Infinity;
    void events.finally(() => (loadEndedAt = wallNow())).catch(() => {});
    await load.started; // the warm-up is over
    const changes: ChangeTimes[] = [];
    for (const ticketId of closing) {
      const sent = wallNow();
      if (sent > loadEndedAt) break; // the rest would be measured without the load
      const response = await fetch(`${url}/api/v1/tickets/${ticketId}`, {
        method: "PATCH",
        headers: { authorization: `Bearer ${API_KEY}`, "content-type": "application/json" },
        body: JSON.stringify({ statusId: closed!.id, version: 1 }),
      });
      if (response.status !== 200) throw new Error(`PATCH answered ${response.status}: ${await response.text()}`);
      const answered = wallNow();
      await response.arrayBuffer();
      const deadline = Date.now() + 10_000;
      // Checked every millisecond: a busy loop here would take a core from the server it measures.
      for (noteArrivals(); !arrived.has(ticketId); noteArrivals()) {
        if (Date.now() > deadline) throw new Error(`no email for ticket ${ticketId} within 10 s`);
        await new Promise((resolve) => setTimeout(resolve, 1));
      }
      changes.push({ ticketId, sent, answered, arrived: arrived.get(ticketId)! });
      await new Promise((resolve) => setTimeout(resolve, 50)); // about 10 changes a second
    }
    load.stop();
    const [{ backlog }] = (await handle.sql.query<{ backlog: number }>(
      `SELECT count(*)::int AS backlog FROM "Job" WHERE state = 'PENDING'`,
    )) as [{ backlog: number }];
    const loaded = await events;
    const latencies = changes.map((c) => c.arrived - c.sent);
    return {
      eventsTarget: eventsPerSecond,
      events: loaded,
      changes: latencies.length,
      p50: percentile(latencies, 50),
      p95: percentile(latencies, 95),
      p99: percentile(latencies, 99),
      max: percentile(latencies, 100),
      phases: await phasesOf(handle, changes),
      backlog,
    };
  } finally {
    await server?.stop();
    await sink.close();
    await handle.close();
    await database.drop();
  }
}

/** Each change's phases (see Phase), from its first step's timeline entry in the database. */
async function phasesOf(handle: DbHandle, changes: ChangeTimes[]): Promise<LatencyUnderLoad["phases"]> {
  const rows = await handle.sql.query<{ ticketId: string; started: number }>(
    `SELECT t."ticketId", EXTRACT(EPOCH FROM t."createdAt" AT TIME ZONE 'UTC')::float8 * 1000 AS started
     FROM "TimelineEntry" t JOIN "Job" j ON j.id = t."jobId"
     WHERE t."ticketId" = ANY($1) AND t.kind = 'action_sent' AND j."dedupeKey" LIKE '%:start'`,
    [changes.map((c) => c.ticketId)],
  );
  const started = new Map(rows.map((r) => [r.ticketId, r.started]));
  const split = changes.map((c) => {
    const at = started.get(c.ticketId) ?? NaN;
    return { total: c.arrived - c.sent, answer: c.answered - c.sent, start: at - c.answered, send: c.arrived - at };
  });
  const slowest = [...split].sort((a, b) => b.total - a.total).slice(0, Math.max(1, Math.ceil(split.length / 20)));
  const mean = (values: number[]) => values.reduce((sum, v) => sum + v, 0) / values.length;
  return Object.fromEntries(
    PHASES.map((phase) => [
      phase,
      {
        p50: percentile(
          split.map((s) => s[phase]),
          50,
        ),
        p95: percentile(
          split.map((s) => s[phase]),
          95,
        ),
        slowest: mean(slowest.map((s) => s[phase])),
      },
    ]),
  ) as LatencyUnderLoad["phases"];
}

export function latencyUnderLoadLines(r: LatencyUnderLoad): string[] {
  const f = (n: number) => `${n.toFixed(1)} ms`;
  return [
    `PostgreSQL, npm start server as shipped, events at ${r.eventsTarget.toFixed(0)}/s (half the events bench's as-shipped figure): ${r.events.perSecond.toFixed(0)} events/s answered, p99 ${r.events.p99.toFixed(1)} ms, ${r.events.failures} failed`,
    `  ${r.changes} status changes (PATCH /api/v1/tickets/:id → Closed) → email at the SMTP sink: p50 ${f(r.p50)}, p95 ${f(r.p95)}, p99 ${f(r.p99)}, max ${f(r.max)}; budget p95 < 50 ms: ${r.p95 < 50 ? "met" : "NOT met"}`,
    `  phases p50 / p95 / mean of the slowest 5 %: ${PHASES.map((p) => `${p} ${f(r.phases[p].p50)} / ${f(r.phases[p].p95)} / ${f(r.phases[p].slowest)}`).join("; ")}; jobs pending at the end: ${r.backlog}`,
  ];
}

// Alone: `npx tsx --conditions=react-server bench/latency-under-load.ts [events/s]` (default 245,
// half the as-shipped figure measured on a quiet machine), on the bench build (.next-bench).
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  ensureBenchBuild()
    .then(() => benchLatencyUnderLoad(Number(process.argv[2] ?? 245)))
    .then(
      (r) => console.log(`${latencyUnderLoadLines(r).join("\n")}\nload average: ${os.loadavg().join(", ")}`),
      (error: Error) => {
        console.error(error);
        process.exit(1);
      },
    );
}
