// In-process CPU per event of POST /api/v1/events without Next: `npx tsx --conditions=react-server
// bench/handler-cpu.ts` (PostgreSQL; not part of the tests). The route's handler is called with a
// Request, 16 at a time, on a scratch database; process.cpuUsage over the measured events (the pg
// client's CPU included, PostgreSQL's not). With `node --cpu-prof` it splits handler vs pg.
// BENCH_EVENTS (default 2000) after 300 warm-up events. BENCH_ALS=1 runs each request inside an
// AsyncLocalStorage context, as Next does (on Node 20 that turns on a hook for every promise).
// BENCH_TARGET=ceiling measures the bench's raw-SQL ceiling handler the same way. See bench/PROFILE.md.
import { AsyncLocalStorage } from "node:async_hooks";
import { eventsEndpoint } from "@/lib/events/events-endpoint";
import { withBenchPostgres } from "./support/bench-databases";
import { ceilingHandler, rawPgTransaction } from "./support/ceiling";
import { nextEvent, prepare, type BenchTicket } from "./support/event-fixtures";
import type { FetchHandler } from "./support/http-load";

const CONNECTIONS = 16;
const EVENTS = Number(process.env.BENCH_EVENTS ?? 2000);
const SECRET = "bench-secret";
const CEILING = process.env.BENCH_TARGET === "ceiling";
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

async function main(): Promise<void> {
  await withBenchPostgres(CONNECTIONS, async (handle, pool) => {
    const tickets = await prepare(handle, CONNECTIONS);
    const endpoint = inContext(
      CEILING ? ceilingHandler(rawPgTransaction(pool), tickets) : eventsEndpoint({ secrets: () => [SECRET] }),
    );
    await run(endpoint, tickets, 300);
    const before = process.cpuUsage();
    const started = performance.now();
    await run(endpoint, tickets, EVENTS);
    const cpu = process.cpuUsage(before);
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `${CEILING ? "ceiling" : "handler"} in process (no Next${process.env.BENCH_ALS === "1" ? ", in an AsyncLocalStorage context" : ""}), PostgreSQL: ${EVENTS} events, ${((cpu.user + cpu.system) / 1000 / EVENTS).toFixed(2)} CPU ms/event (user ${(cpu.user / 1000 / EVENTS).toFixed(2)}, system ${(cpu.system / 1000 / EVENTS).toFixed(2)}), ${(EVENTS / seconds).toFixed(0)} events/s`,
    );
  });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
