// Board benchmark: `npx tsx bench/board.ts` (not part of the tests). Budget (issue 16): a board
// with 100,000 tickets in one pipeline: first page of every column with counts p95 < 50 ms,
// substring search p95 < 100 ms, drag → persisted p95 < 20 ms (the browser's time to interactive
// is bench/board-browser.ts). Seeds BENCH_TICKETS (default 100,000) Support Pipeline tickets
// (70 % closed, owners, a fifth as many contacts, priorities) into an
// in-memory PGlite and a throw-away PostgreSQL database (bench/support/bench-databases.ts),
// then times what the board page reads before it renders (pipelines, owners, the first page of
// every column, every column's count: lib/tickets/load-board.ts), the same filtered, "Load more"
// deep in the biggest column, and BENCH_MOVES (default 300) moves through moveTicket.
import "./support/quiet-logs";
import { spawnSync } from "node:child_process";
import type { DbHandle } from "@/lib/db/open";
import { seedBoardTickets } from "./support/board-seed";

const TICKETS = Number(process.env.BENCH_TICKETS ?? 100_000);
const RUNS = 40;
const MOVES = Number(process.env.BENCH_MOVES ?? 300);

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

async function timed(runs: number, fn: (i: number) => Promise<unknown>): Promise<string> {
  const ms: number[] = [];
  for (let i = 0; i < runs + 3; i++) {
    const t0 = performance.now();
    await fn(i);
    if (i >= 3) ms.push(performance.now() - t0); // the first three warm caches and plans
  }
  const f = (p: number) => percentile(ms, p).toFixed(1);
  return `p50 ${f(50)} ms, p95 ${f(95)} ms, max ${f(100)} ms`;
}

async function run(label: string, handle: DbHandle): Promise<void> {
  const { useDbHandle } = await import("@/lib/db");
  const { seedDemoData } = await import("@/prisma/seed");
  const { loadBoard } = await import("@/lib/tickets/load-board");
  const { boardColumnPage } = await import("@/lib/tickets/board-columns");
  const { moveTicket } = await import("@/lib/tickets/move-ticket");
  useDbHandle(handle);
  await handle.migrate();
  await seedDemoData(handle.prisma, { ticketCount: 0 });
  const { pipelineId, statuses } = await seedBoardTickets(handle, TICKETS);
  // PGlite has no autovacuum: the server's embedded vacuum (every 10 minutes) would have run.
  // PostgreSQL's autovacuum would have too (100,000 inserts pass its insert threshold, 1,000 +
  // 20 % of the rows) within its minute's nap: run it now rather than race it.
  const { vacuumEmbedded } = await import("@/lib/db/embedded-vacuum");
  await vacuumEmbedded(handle);
  if (handle.kind === "postgres") await handle.sql.exec(`VACUUM (ANALYZE) "Ticket"`);
  const agent = await handle.prisma.user.findUniqueOrThrow({ where: { email: "agent@example.com" } });
  console.log(`\n${label}: ${TICKETS} tickets in one pipeline`);
  console.log(
    `  board (pipelines, owners, first page of every column, counts): ${await timed(RUNS, () => loadBoard(pipelineId, {}, agent))}`,
  );
  // Substring search over subject, contact name and email: a word in a quarter of the subjects,
  // a last name of a tenth of the contacts, one contact's address.
  for (const q of ["refund", "okafor", "customer4242@"]) {
    const label = `same, search "${q}":`.padEnd(32);
    console.log(`  ${label}${await timed(RUNS, () => loadBoard(pipelineId, { q }, agent))}`);
  }
  console.log(
    `  same, owner + priority:         ${await timed(RUNS, () => loadBoard(pipelineId, { ownerId: agent.id, priority: "HIGH" }, agent))}`,
  );
  let cursor: string | null = null;
  console.log(
    `  Load more, pages 2–41 of Closed: ${await timed(RUNS, async () => {
      const page = await boardColumnPage({
        pipelineId,
        statusId: statuses[3]!,
        cursor: cursor ?? undefined,
        limit: 25,
      });
      cursor = page.nextCursor;
    })}`,
  );
  const pool = await handle.sql.query<{ id: string; statusId: string; version: number }>(
    `SELECT id, "statusId", version FROM "Ticket" WHERE "pipelineId" = $1 ORDER BY random() LIMIT $2`,
    [pipelineId, MOVES + 3],
  );
  console.log(
    `  move → persisted (${MOVES} moves):  ${await timed(MOVES, async (i) => {
      const ticket = pool[i]!;
      const others = statuses.filter((s) => s !== ticket.statusId);
      await moveTicket(
        { ...agent, active: true },
        { ticketId: ticket.id, toStatusId: others[i % others.length]!, version: ticket.version },
      );
    })}`,
  );
  useDbHandle(undefined);
}

// The data layer imports "server-only", which only resolves under the react-server condition
// (as in Next's server): run this file under it, re-executing once if started without.
if (!process.execArgv.join(" ").includes("react-server")) {
  const child = spawnSync(
    process.execPath,
    [...process.execArgv, "--conditions=react-server", ...process.argv.slice(1)],
    { stdio: "inherit" },
  );
  process.exit(child.status ?? 1);
} else {
  (async () => {
    const { onBenchDatabases } = await import("./support/bench-databases");
    await onBenchDatabases(run);
  })().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
