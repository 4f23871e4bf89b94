// Automation latency under load (part of `npm run bench`, after the events bench): the production
// server as shipped (scripts/server.ts, in-process worker) on a throw-away PostgreSQL database,
// mail over SMTP to a sink in this process (smtp-server on 127.0.0.1). Signed events arrive at a
// fixed rate (open loop: half the events/s the events bench measured for this topology) while
// status changes go in one after another through the public API (PATCH /api/v1/tickets/:id →
// Closed, whose seeded chain emails the contact). Measured per change: from sending the PATCH to
// the email for that ticket reaching the SMTP sink (after the transport handed it over, so a
// little longer than "handed to the transport"). Budget (issue 16): p95 < 50 ms.
import { openDb } from "@/lib/db/open";
import { createScratchDatabase } from "@/tests/support/scratch-database";
import { startSmtpSink } from "@/tests/support/smtp";
import { nextEvent, prepare } from "./support/event-fixtures";
import { loadAtRate, type LoadResult } from "./support/http-load";
import { startNext } from "./support/next-server";
import { newSupportTickets } from "./support/new-tickets";

const SECRET = "bench-secret";
const API_KEY = "tf_bench_latency_key_0123456789abcdef";
const SERVER = process.env.BENCH_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const CHANGES = Number(process.env.BENCH_LOADED_CHANGES ?? 200);

export interface LatencyUnderLoad {
  eventsTarget: number;
  events: LoadResult;
  changes: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

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
        if (typeof ticketId === "string" && !arrived.has(ticketId)) arrived.set(ticketId, performance.now());
      }
    };
    const seconds = CHANGES / 10 + 4;
    const events = loadAtRate({
      url: `${url}/api/v1/events`,
      perSecond: eventsPerSecond,
      seconds,
      maxInFlight: 64,
      next: () => nextEvent([eventTickets[Math.floor(Math.random() * eventTickets.length)]!], SECRET),
    });
    await new Promise((resolve) => setTimeout(resolve, 2_000)); // the load is under way
    const latencies: number[] = [];
    for (const ticketId of closing) {
      const started = performance.now();
      const response = await fetch(`${url}/api/v1/tickets/${ticketId}`, {
        method: "PATCH",
        headers: { authorization: `Bearer ${API_KEY}`, "content-type": "application/json" },
        body: JSON.stringify({ statusId: closed!.id, version: 1 }),
      });
      if (response.status !== 200) throw new Error(`PATCH answered ${response.status}: ${await response.text()}`);
      const deadline = Date.now() + 10_000;
      for (noteArrivals(); !arrived.has(ticketId); noteArrivals()) {
        if (Date.now() > deadline) throw new Error(`no email for ticket ${ticketId} within 10 s`);
        await new Promise((resolve) => setImmediate(resolve));
      }
      latencies.push(arrived.get(ticketId)! - started);
      await new Promise((resolve) => setTimeout(resolve, 50)); // about 10 changes a second
    }
    const loaded = await events;
    return {
      eventsTarget: eventsPerSecond,
      events: loaded,
      changes: latencies.length,
      p50: percentile(latencies, 50),
      p95: percentile(latencies, 95),
      p99: percentile(latencies, 99),
      max: percentile(latencies, 100),
    };
  } finally {
    await server?.stop();
    await sink.close();
    await handle.close();
    await database.drop();
  }
}

export function latencyUnderLoadLines(r: LatencyUnderLoad): string[] {
  const f = (n: number) => `${n.toFixed(1)} ms`;
  return [
    `PostgreSQL, npm start server as shipped, events at ${r.eventsTarget.toFixed(0)}/s (half the events bench's as-shipped figure): ${r.events.perSecond.toFixed(0)} events/s answered, p99 ${r.events.p99.toFixed(1)} ms, ${r.events.failures} failed`,
    `  ${r.changes} status changes (PATCH /api/v1/tickets/:id → Closed) → email at the SMTP sink: p50 ${f(r.p50)}, p95 ${f(r.p95)}, p99 ${f(r.p99)}, max ${f(r.max)}; budget p95 < 50 ms: ${r.p95 < 50 ? "met" : "NOT met"}`,
  ];
}
