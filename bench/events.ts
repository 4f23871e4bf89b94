// Events benchmark: `npx tsx --conditions=react-server bench/events.ts` (not part of the tests). DESIGN.md budgets:
// POST /api/v1/events on PostgreSQL ≥ 50 % of a raw Node + pg ceiling for the same transaction
// (the same writes: bench/support/ceiling.ts), p99 < 50 ms at 16
// connections; on embedded PGlite ≥ 300 events/s. The events handler runs behind a bare
// node:http server (no Next), the same host as the ceiling; each event is a reply or an email on
// a ticket whose next status has an action: a move enrols the ticket and writes a job (enough
// tickets that the loop guard stops none: bench/support/event-fixtures.ts).
import { useDbHandle } from "@/lib/db";
import { openDb, type DbHandle } from "@/lib/db/open";
import { eventsEndpoint } from "@/lib/events/events-endpoint";
import { withBenchPostgres } from "./support/bench-databases";
import { ceilingHandler, rawPgTransaction } from "./support/ceiling";
import { nextEvent, prepare, type BenchTicket } from "./support/event-fixtures";
import { combineRounds, load, serve, type FetchHandler, type LoadResult } from "./support/http-load";

const CONNECTIONS = 16;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const WARMUP = 2;
const SECRET = "bench-secret";

const ROUNDS = 4;

/** The handlers take turns (ROUNDS short runs each), so a busy machine weighs on both alike. */
async function measure(handlers: FetchHandler[], tickets: BenchTicket[][]): Promise<LoadResult[]> {
  const runs: LoadResult[][] = handlers.map(() => []);
  for (let round = 0; round < ROUNDS; round++) {
    for (const [i, handler] of handlers.entries()) {
      const server = await serve(handler);
      try {
        const seconds = SECONDS / ROUNDS;
        runs[i]!.push(
          await load({
            url: server.url,
            connections: CONNECTIONS,
            seconds,
            warmupSeconds: WARMUP / ROUNDS,
            next: (c) => nextEvent(tickets[c]!, SECRET),
          }),
        );
      } finally {
        await server.close();
      }
    }
  }
  return runs.map((rounds) => combineRounds(rounds, SECONDS));
}

const endpoint = eventsEndpoint({ secrets: () => [SECRET] });
const report = (label: string, r: LoadResult) =>
  console.log(
    `  ${label.padEnd(30)} ${r.perSecond.toFixed(0).padStart(6)} events/s  p50 ≤ ${r.p50.toFixed(1)} ms  p99 ≤ ${r.p99.toFixed(1)} ms  (${r.requests} requests, ${r.failures} failed)`,
  );

async function onPostgres(): Promise<void> {
  await withBenchPostgres(CONNECTIONS, async (handle, pool) => {
    const tickets = await prepare(handle, CONNECTIONS);
    console.log(`PostgreSQL (127.0.0.1), ${CONNECTIONS} connections, ${SECONDS} s each`);
    const [ceiling, events] = await measure([ceilingHandler(rawPgTransaction(pool)), endpoint], tickets);
    report("ceiling (raw pg, 2 statements)", ceiling!);
    report("POST /api/v1/events handler", events!);
    console.log(
      `  ratio: ${((100 * events!.perSecond) / ceiling!.perSecond).toFixed(0)} % of the ceiling (budget ≥ 50 %, p99 < 50 ms)`,
    );
  });
}

async function onPglite(): Promise<void> {
  const handle = openDb({ kind: "pglite" });
  try {
    await handle.migrate();
    useDbHandle(handle);
    const tickets = await prepare(handle, CONNECTIONS);
    console.log(`PGlite (in memory, in process), ${CONNECTIONS} connections, ${SECONDS} s`);
    const [ceiling, events] = await measure([ceilingHandler((fn) => handle.transaction(fn)), endpoint], tickets);
    report("ceiling (raw SQL, 2 statements)", ceiling!);
    report("POST /api/v1/events handler", events!);
    console.log("  budget: ≥ 300 events/s");
  } finally {
    useDbHandle(undefined);
    await handle.close();
  }
}

async function main(): Promise<void> {
  if (process.env.BENCH_ONLY !== "pglite") await onPostgres();
  if (process.env.BENCH_ONLY !== "postgres") await onPglite();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
