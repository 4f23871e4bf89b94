// Board benchmark: `npx tsx bench/board.ts` (not part of the tests). DESIGN.md budget: a board
// with 10,000 tickets in one pipeline is interactive in < 1.5 s; drag → persisted p95 < 150 ms.
// Seeds 10,000 Support Pipeline tickets (70 % closed, owners, contacts, priorities) into an
// in-memory PGlite and a throw-away PostgreSQL database (bench/support/bench-databases.ts),
// then times what the board page reads before it renders (pipelines, owners, the first page of
// every column, every column's count: lib/tickets/load-board.ts), the same filtered, "Load more"
// deep in the biggest column, and BENCH_MOVES (default 300) moves through moveTicket.
import { spawnSync } from "node:child_process";
import type { DbHandle } from "@/lib/db/open";

const TICKETS = 10_000;
const RUNS = 40;
const MOVES = Number(process.env.BENCH_MOVES ?? 300);
process.env.LOG_LEVEL ??= "warn";

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

/** 10,000 tickets in one statement: status by g (New, Waiting on contact, Waiting on us: 10 % each; Closed: 70 %). */
async function seedTickets(handle: DbHandle): Promise<{ pipelineId: string; statuses: string[] }> {
  const [pipeline] = await handle.sql.query<{ id: string; statuses: string[] }>(`
    SELECT p.id, array_agg(s.id ORDER BY s."displayOrder") AS statuses FROM "Pipeline" p
    JOIN "PipelineStatus" s ON s."pipelineId" = p.id WHERE p.name = 'Support Pipeline' GROUP BY p.id`);
  const { id, statuses } = pipeline!;
  await handle.sql.query(
    `
    WITH owners AS (SELECT array_agg(id) AS ids FROM "User"), contacts AS (SELECT array_agg(id) AS ids FROM "Contact")
    INSERT INTO "Ticket" (id, subject, "pipelineId", "statusId", priority, source, "ownerId", "contactId",
      "createdAt", "updatedAt", "lastStatusChangeAt", "closeDate")
    SELECT 'bench-' || g, 'Bench ' || (ARRAY['printer jam','login fails','refund please','wrong invoice'])[1 + g % 4] || ' #' || g,
      $1, ($2::text[])[CASE WHEN g % 10 < 3 THEN 1 + g % 10 ELSE 4 END],
      (ARRAY['LOW','MEDIUM','HIGH','URGENT'])[1 + (g / 7) % 4]::"Priority", 'EMAIL',
      CASE WHEN g % 5 = 0 THEN NULL ELSE owners.ids[1 + g % array_length(owners.ids, 1)] END,
      contacts.ids[1 + g % array_length(contacts.ids, 1)],
      now() - (g || ' minutes')::interval, now(), now(), CASE WHEN g % 10 >= 3 THEN current_date END
    FROM generate_series(1, $3::int) g, owners, contacts`,
    [id, statuses, TICKETS],
  );
  await handle.sql.query(`ANALYZE "Ticket"`);
  return { pipelineId: id, statuses };
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
  const { pipelineId, statuses } = await seedTickets(handle);
  const agent = await handle.prisma.user.findUniqueOrThrow({ where: { email: "agent@example.com" } });
  console.log(`\n${label}: ${TICKETS} tickets in one pipeline`);
  console.log(
    `  board (pipelines, owners, first page of every column, counts): ${await timed(RUNS, () => loadBoard(pipelineId, {}))}`,
  );
  console.log(`  same, search "refund":          ${await timed(RUNS, () => loadBoard(pipelineId, { q: "refund" }))}`);
  console.log(
    `  same, owner + priority:         ${await timed(RUNS, () => loadBoard(pipelineId, { ownerId: agent.id, priority: "HIGH" }))}`,
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
