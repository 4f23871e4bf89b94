// Durable timers under a burst (issue 17 item 5): `npx tsx --conditions=react-server bench/timers.ts`.
// BENCH_TIMER_TICKETS open tickets (default 100,000) sit in "New" of the Support Pipeline with a
// custom workflow "in New for 1 hour" (its timers written by the editor's own path,
// resetWorkflowTimers: one pending time_trigger job each); BENCH_TIMER_BURST of them (default
// 10,000) are then made due at the same instant, and the shipped worker (concurrency 4, or
// BENCH_TIMER_CONCURRENCY; woken by nothing but its own polling) fires them, claiming due timers
// in batches of up to 50 (each batch one transaction): each timer enrols its ticket, and the
// batch runs that enrolment's first action (set the priority) in the same transaction. Measured per burst ticket: from the instant the timer came
// due to the action's timeline entry, or its timer's completion when the later (fire → action), p50/p95/p99, and the burst's throughput.
// On an in-memory PGlite and a throw-away PostgreSQL database (BENCH_ONLY=pglite|postgres).
// Also printed: how fast the timers themselves fired, the load average around the burst, and how
// long a business-hours save (the zone changed) takes to re-time the timers left, made business-hours ones.
// `npm run bench` runs it with BENCH_TIMER_TICKETS=3000, BENCH_TIMER_BURST=300 unless set (about
// a minute on a quiet machine; issue 16: the whole bench under 6 minutes); the full case is BENCH_TIMER_TICKETS=100000 BENCH_TIMER_BURST=10000
// (alone: `BENCH_TIMER_TICKETS=100000 BENCH_TIMER_BURST=10000 npx tsx --conditions=react-server bench/timers.ts`).
import "./support/quiet-logs";
import os from "node:os";
import { onBenchDatabases } from "./support/bench-databases";
import { newSupportTickets } from "./support/new-tickets";

const TICKETS = Number(process.env.BENCH_TIMER_TICKETS ?? 100_000);
const BURST = Math.min(TICKETS, Number(process.env.BENCH_TIMER_BURST ?? 10_000));

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const loadAverage = () =>
  os
    .loadavg()
    .map((n) => n.toFixed(2))
    .join(", ");

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

async function run(label: string, handle: import("@/lib/db/open").DbHandle): Promise<void> {
  const { useDbHandle } = await import("@/lib/db");
  const { newId } = await import("@/lib/db/ids");
  const { startWorker } = await import("@/lib/jobs/worker");
  const { jobHandlers } = await import("@/lib/job-handlers");
  const { resetWorkflowTimers } = await import("@/lib/workflows/editor/workflow-timers");
  const { toStoredAction } = await import("@/lib/workflows/action-types/stored-action");
  const { seedDemoData } = await import("@/prisma/seed");
  const { saveBusinessHours } = await import("@/lib/sla/save-business-hours");
  const { defaultBusinessHours } = await import("@/lib/business-hours/week");
  useDbHandle(handle);
  await handle.migrate();
  await seedDemoData(handle.prisma, { ticketCount: 0 });
  await newSupportTickets(handle, TICKETS);
  const status = await handle.prisma.pipelineStatus.findFirstOrThrow({
    where: { label: "New", pipeline: { name: "Support Pipeline" } },
  });
  const workflowId = newId();
  await handle.prisma.workflow.create({
    data: {
      id: workflowId,
      name: "Stuck in New for an hour",
      kind: "CUSTOM",
      trigger: "STATUS_DURATION",
      pipelineId: status.pipelineId,
      enrollmentFilterGroups: [],
      timeTrigger: { statusId: status.id, after: "PT1H", businessHours: false },
    },
  });
  await handle.prisma.workflowAction.create({
    data: {
      id: newId(),
      workflowId,
      position: 0,
      ...toStoredAction({ type: "set_property", property: "priority", value: "URGENT" }),
    },
  });
  const setUp = performance.now();
  const written = await handle.prisma.$transaction((tx) => resetWorkflowTimers(tx, workflowId), { timeout: 600_000 });
  const setUpSeconds = (performance.now() - setUp) / 1000;
  // The burst: BURST of the timers come due at the same instant, a moment from now.
  const dueAt = new Date(Date.now() + 2_000);
  await handle.sql.query(
    `UPDATE "Job" SET "runAt" = $1::timestamptz AT TIME ZONE 'UTC'
     WHERE id IN (SELECT id FROM "Job" WHERE type = 'time_trigger' AND state = 'PENDING' ORDER BY id LIMIT $2)`,
    [dueAt.toISOString(), BURST],
  );
  const loadBefore = loadAverage();
  const worker = startWorker({
    handle,
    handlers: jobHandlers,
    concurrency: Number(process.env.BENCH_TIMER_CONCURRENCY ?? 4),
    pollIntervalMs: 1_000,
  });
  const deadline = Date.now() + 30 * 60_000;
  // Done when every burst ticket's first action is on its timeline (or nothing due is left to run:
  // the other timers are an hour away).
  const actions = `SELECT count(DISTINCT "ticketId")::int AS n FROM "TimelineEntry" WHERE kind IN ('action_done', 'action_sent')`;
  const due = `SELECT count(*)::int AS n FROM "Job" WHERE state IN ('PENDING', 'RUNNING') AND "runAt" <= statement_timestamp() AT TIME ZONE 'UTC'`;
  const count = async (query: string) => (await handle.sql.query<{ n: number }>(query))[0]?.n ?? 0;
  while ((await count(actions)) < BURST && (Date.now() < dueAt.getTime() + 5_000 || (await count(due)) > 0)) {
    if (Date.now() > deadline) throw new Error("the burst did not finish within 30 minutes");
    await sleep(200);
  }
  await worker.stop();
  // SPEC §9: saving the business hours re-times every pending timer counted in them, in the
  // saving transaction. The timers left (BURST fewer) are made business-hours ones, then the
  // account's zone changes, as in Settings > Account > Business hours.
  const [{ n: retimed } = { n: 0 }] = await handle.sql.query<{ n: number }>(
    `WITH t AS (UPDATE "Job" SET payload = jsonb_set(payload, '{businessHours}', 'true')
       WHERE type = 'time_trigger' AND state = 'PENDING' RETURNING 1) SELECT count(*)::int AS n FROM t`,
  );
  const admin = await handle.prisma.user.findFirstOrThrow({ where: { role: "SUPER_ADMIN" } });
  const saveAt = performance.now();
  await saveBusinessHours(admin, defaultBusinessHours("America/New_York"));
  const saveSeconds = (performance.now() - saveAt) / 1000;
  // An action's entry carries its step's clock, read before its transaction; an action run in the
  // timers' own transaction is visible only when that commits: its timer's completion (the
  // transaction's last statement) is the later of the two.
  const rows = await handle.sql.query<{ ms: number; failed: number }>(
    `SELECT (extract(epoch FROM greatest(min(x."createdAt"), max(j."completedAt"))) * 1000)::float8 AS ms
     FROM "TimelineEntry" x
     JOIN "Job" j ON j."ticketId" = x."ticketId" AND j.type = 'time_trigger' AND j.state = 'SUCCEEDED'
     WHERE x.kind IN ('action_done', 'action_sent') GROUP BY x."ticketId"`,
  );
  const [failed] = await handle.sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM "Job" WHERE state = 'FAILED'`);
  const [fired] = await handle.sql.query<{ n: number; lastMs: number }>(
    `SELECT count(*)::int AS n, (extract(epoch FROM max("completedAt")) * 1000)::float8 AS "lastMs"
     FROM "Job" WHERE type = 'time_trigger' AND state = 'SUCCEEDED'`,
  );
  const load = loadAverage();
  useDbHandle(undefined);
  const latencies = rows.map((r) => r.ms - dueAt.getTime());
  const last = Math.max(...latencies);
  const p = (n: number) => `${(percentile(latencies, n) / 1000).toFixed(2)} s`;
  console.log(
    `\n${label}: ${TICKETS} open tickets with timers (written in ${setUpSeconds.toFixed(1)} s by the editor's path: ${written}), ${BURST} due at once`,
  );
  console.log(
    `  fire → action (timer due → its workflow's first action done): p50 ${p(50)}, p95 ${p(95)}, p99 ${p(99)}, max ${p(100)}; ${latencies.length} actions, ${(latencies.length / (last / 1000)).toFixed(0)} timers/s through the burst; ${failed?.n ?? 0} failed jobs`,
  );
  console.log(
    `  business-hours save (the zone changed) re-timing ${retimed} pending business-hours timers in its transaction: ${saveSeconds.toFixed(1)} s`,
  );
  const firedSeconds = ((fired?.lastMs ?? NaN) - dueAt.getTime()) / 1000;
  console.log(
    `  timers fired (claimed in batches of up to 50, each batch one transaction): ${fired?.n ?? 0} in ${firedSeconds.toFixed(1)} s = ${((fired?.n ?? 0) / firedSeconds).toFixed(0)} timers/s; load average before ${loadBefore}, after ${load} (${os.cpus().length} cores)`,
  );
}

async function main(): Promise<void> {
  console.log(`timers benchmark: ${TICKETS} open tickets with timers, a burst of ${BURST} due in the same minute`);
  await onBenchDatabases(run);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
