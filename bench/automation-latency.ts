// Automation latency benchmark: `npx tsx --conditions=react-server bench/automation-latency.ts`
// (not part of the tests). DESIGN.md budget: status change → action executed (email handed to
// the transport) p95 < 250 ms on PostgreSQL. Each sample moves a Support Pipeline ticket to
// Closed through changeTicket (one engine transaction: status, close date, enrolment, first
// step job), whose commit wakes the in-process worker; the worker runs the seeded Closed chain
// ("Ticket closed" to the contact, then the owner's notification). Measured: from just before
// changeTicket to the moment the contact's email reaches the transport's sendMail. On an
// in-memory PGlite and a throw-away PostgreSQL database (tf_bench_<random>, 127.0.0.1:5432).
// BENCH_CHANGES (default 1000) samples, BENCH_CONCURRENCY (default 1) changes in flight at once.
import "./support/quiet-logs";
import nodemailer, { type SendMailOptions } from "nodemailer";
import { onBenchDatabases } from "./support/bench-databases";
import { newSupportTickets } from "./support/new-tickets";

const CHANGES = Number(process.env.BENCH_CHANGES ?? 1_000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 1);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

/** A capture transport that notes when each ticket's first email reaches it. */
function timingTransport(handedOver: Map<string, number>) {
  const inner = nodemailer.createTransport({ jsonTransport: true });
  const transporter = Object.create(inner) as typeof inner;
  transporter.sendMail = ((message: SendMailOptions) => {
    const ticketId = (message.headers as Record<string, string> | undefined)?.["X-Ticketflow-Ticket"];
    if (ticketId && !handedOver.has(ticketId)) handedOver.set(ticketId, performance.now());
    return inner.sendMail(message);
  }) as typeof inner.sendMail;
  return { kind: "capture" as const, transporter };
}

async function run(label: string, handle: import("@/lib/db/open").DbHandle): Promise<void> {
  const { useDbHandle } = await import("@/lib/db");
  const { useMailTransport } = await import("@/lib/mail");
  const { startWorker } = await import("@/lib/jobs/worker");
  const { jobHandlers } = await import("@/lib/job-handlers");
  const { changeTicket } = await import("@/lib/tickets/change-ticket");
  const { seedDemoData } = await import("@/prisma/seed");
  useDbHandle(handle);
  await handle.migrate();
  await seedDemoData(handle.prisma, { ticketCount: 0 });
  const handedOver = new Map<string, number>();
  useMailTransport(timingTransport(handedOver));
  const tickets = await newSupportTickets(handle, CHANGES);
  const [closed] = await handle.sql.query<{ id: string }>(
    `SELECT s.id FROM "PipelineStatus" s JOIN "Pipeline" p ON p.id = s."pipelineId" WHERE p.name = 'Support Pipeline' AND s.label = 'Closed'`,
  );
  const agent = (await handle.prisma.user.findUniqueOrThrow({ where: { email: "agent@example.com" } })).id;
  const worker = startWorker({ handle, handlers: jobHandlers, concurrency: 4, pollIntervalMs: 1_000 });
  const latencies: number[] = [];
  const started = performance.now();
  let next = 0;
  async function mover(): Promise<void> {
    while (next < tickets.length) {
      const ticketId = tickets[next++]!;
      const t0 = performance.now();
      await changeTicket(ticketId, {
        kind: "status_change",
        toStatusId: closed!.id,
        cause: { kind: "user", userId: agent },
      });
      const deadline = Date.now() + 10_000;
      while (!handedOver.has(ticketId)) {
        if (Date.now() > deadline) throw new Error(`no email for ticket ${ticketId} within 10 s`);
        await new Promise((resolve) => setImmediate(resolve));
      }
      latencies.push(handedOver.get(ticketId)! - t0);
    }
  }
  await Promise.all(Array.from({ length: CONCURRENCY }, mover));
  const seconds = (performance.now() - started) / 1000;
  // let the owners' notifications finish before stopping
  while ((await handle.sql.query(`SELECT 1 FROM "Job" WHERE state IN ('PENDING', 'RUNNING') LIMIT 1`)).length > 0)
    await sleep(20);
  await worker.stop();
  useMailTransport(undefined);
  useDbHandle(undefined);
  const p = (n: number) => `${percentile(latencies, n).toFixed(1)} ms`;
  console.log(
    `\n${label}: ${latencies.length} status changes, ${CONCURRENCY} in flight, ${(latencies.length / seconds).toFixed(0)} changes/s`,
  );
  console.log(
    `  status change → email handed to the transport: p50 ${p(50)}, p95 ${p(95)}, p99 ${p(99)}, max ${p(100)}`,
  );
  if (handle.kind === "postgres")
    console.log(`  budget p95 < 250 ms: ${percentile(latencies, 95) < 250 ? "met" : "NOT met"}`);
}

async function main(): Promise<void> {
  console.log(`automation latency benchmark: ${CHANGES} status changes → Closed, worker woken in-process`);
  await onBenchDatabases(run);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
