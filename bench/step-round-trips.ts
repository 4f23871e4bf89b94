// Round trips of the job worker's workflow steps, counted in process: `npx tsx --conditions=react-server
// bench/step-round-trips.ts` (PostgreSQL; not part of the tests). BENCH_EVENTS (default 200) bench
// reply events (each enrols its ticket in a one-action workflow: an internal email to the owner)
// go through the events handler, then pg.Client.prototype.query is wrapped and the worker
// (lib/jobs/worker.ts, concurrency 4) drains their jobs: statements per step job, by kind, the
// worker's claims apart (the drain's own polling queries are not counted). See bench/PROFILE.md.
import pg from "pg";
import { eventsEndpoint } from "@/lib/events/events-endpoint";
import { drainJobs } from "./support/drain";
import { withBenchPostgres } from "./support/bench-databases";
import { nextEvent, prepare } from "./support/event-fixtures";

const EVENTS = Number(process.env.BENCH_EVENTS ?? 200);
const SECRET = "bench-secret";

/** A statement's kind: its first words, enough to tell the step's statements apart. */
function kindOf(text: string): string {
  const t = text.replace(/\s+/g, " ").trim();
  if (/^(BEGIN|COMMIT|ROLLBACK)/i.test(t)) return t.split(" ")[0]!.toUpperCase();
  if (t.includes(`FROM "Job"`) && /FOR UPDATE SKIP LOCKED/i.test(t)) return "claim";
  if (t.startsWith(`SELECT count(*)::text AS n FROM "Job"`)) return "drain poll";
  return t.slice(0, 60);
}

async function main(): Promise<void> {
  await withBenchPostgres(16, async (handle) => {
    const tickets = (await prepare(handle, 16)).flat();
    const endpoint = eventsEndpoint({ secrets: () => [SECRET] });
    for (let i = 0; i < EVENTS; i++) {
      const { body, headers } = nextEvent([tickets[i % tickets.length]!], SECRET);
      const response = await endpoint(new Request("http://bench/api/v1/events", { method: "POST", body, headers }));
      if (response.status !== 200) throw new Error(`${response.status}: ${await response.text()}`);
    }
    const kinds = new Map<string, number>();
    const original = pg.Client.prototype.query;
    pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
      const config = args[0] as string | { text: string };
      const kind = kindOf(typeof config === "string" ? config : config.text);
      kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
      return (original as (...a: unknown[]) => unknown).apply(this, args);
    } as typeof original;
    let drained;
    try {
      drained = await drainJobs(handle);
    } finally {
      pg.Client.prototype.query = original;
    }
    const steps = drained.jobs;
    console.log(`${EVENTS} events, ${steps} jobs drained (${drained.failed} failed); statements per job:`);
    const rows = [...kinds].filter(([kind]) => kind !== "drain poll").sort((a, b) => b[1] - a[1]);
    for (const [kind, n] of rows) console.log(`  ${(n / steps).toFixed(2)}  ${kind}`);
    const total = rows.reduce((sum, [, n]) => sum + n, 0);
    const claims = kinds.get("claim") ?? 0;
    console.log(
      `  total ${(total / steps).toFixed(2)} per job, ${((total - claims) / steps).toFixed(2)} without claims`,
    );
  });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
