// kill -9 in the middle of a load of signed events and of the workflow chains they start, then
// restart (SPEC §7, issue 4). Each event opens a conversation in the Support inbox, whose status
// runs a chain (internal email → delay → internal email); the delay holds chains mid-way when
// the kill comes. By default the server is a child process running the events handler behind
// node:http with the job worker beside it (tests/support/events-server-child.ts), on a database
// of its own. KILL_SERVER=next (npm run soak) kills the real `next start` server (bench build)
// on a throw-away PostgreSQL database instead; KILL_CYCLES=n repeats the kill.
// After the last restart every event is posted again, as a sender retrying would, and the
// restarted server's worker finishes the chains: see tests/support/kill-cycle-checks.ts.
import { afterAll, expect, it } from "vitest";
import type { DbHandle } from "@/lib/db/open";
import { ensureBenchBuild, startNext } from "@/bench/support/next-server";
import {
  armDelay,
  CHILD_SECRET,
  eventsFor,
  killHard,
  OPEN_JOBS,
  openTarget,
  post,
  prepareDatabase,
  scratchTarget,
  startChild,
  stopChild,
  type JobProgress,
  type KillableServer,
} from "../support/kill-cycle";
import { expectExactlyOnce } from "../support/kill-cycle-checks";

const CYCLES = Number(process.env.KILL_CYCLES ?? 1);
const NEXT = process.env.KILL_SERVER === "next";
const EVENTS_PER_CYCLE = NEXT ? 300 : 80;
const KILL_AFTER = NEXT ? 150 : 30;
const CONNECTIONS = 8;
const DELAY_MS = 4_000;
const POSTGRES = process.env.KILL_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

let server: KillableServer | undefined;
let verify: DbHandle | undefined;
const database = scratchTarget(NEXT ? POSTGRES : process.env.DATABASE_URL);
afterAll(async () => {
  if (server) await stopChild(server);
  await verify?.close();
  await (await database).drop();
});

async function start(target: string): Promise<KillableServer> {
  if (!NEXT) return startChild(target);
  const next = await startNext({ DATABASE_URL: target, EVENTS_SECRET: CHILD_SECRET, SMTP_URL: "" });
  return { process: next.process, url: next.url };
}

/** Job progress read from the database (PostgreSQL, or PGlite with the server down). */
async function jobStates(target: string): Promise<JobProgress> {
  const handle = openTarget(target, 1);
  try {
    return (await handle.sql.query<JobProgress>(OPEN_JOBS))[0]!;
  } finally {
    await handle.close();
  }
}

/** The same while the server runs: from the child (it holds the PGlite folder), or PostgreSQL. */
async function openJobs(target: string): Promise<JobProgress> {
  return NEXT ? jobStates(target) : (await fetch(`${server!.url}/open-jobs`, { method: "POST" })).json();
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Posts events on CONNECTIONS connections; once KILL_AFTER were answered and a chain has sent
 *  its first email (so chains are mid-way, at their delay), kill -9 while the load goes on. */
async function loadUntilKilled(target: string, events: { body: string }[]): Promise<number[]> {
  const statuses: number[] = Array(events.length).fill(-1); // -1: never sent
  let answered = 0;
  let next = 0;
  let killing: Promise<void> | undefined;
  let killer: Promise<void> | undefined;
  const killOnceAChainStarted = async () => {
    while ((await openJobs(target)).started === 0) await pause(100);
    killing = killHard(server!);
    await killing;
  };
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      while (next < events.length && !killing) {
        const i = next++;
        statuses[i] = (await post(server!.url, events[i]!.body)).status;
        if (++answered === KILL_AFTER) killer = killOnceAChainStarted();
      }
    }),
  );
  await killer;
  return statuses;
}

it(
  `applies every event and runs every chain exactly once across ${CYCLES} kill -9 cycle(s) and a restart`,
  async () => {
    const { target } = await database;
    if (NEXT) await ensureBenchBuild();
    await prepareDatabase(target);
    const sent: { id: string; messageId: string; body: string; firstStatus: number }[] = [];
    for (let cycle = 0; cycle < CYCLES; cycle++) {
      const channelId = await armDelay(target, DELAY_MS);
      server = await start(target);
      const events = eventsFor(channelId, EVENTS_PER_CYCLE, `${cycle}`);
      const statuses = await loadUntilKilled(target, events);
      expect(statuses.filter((s) => s === 200).length).toBeGreaterThanOrEqual(KILL_AFTER - CONNECTIONS);
      expect(statuses.filter((s) => s !== 200 && s !== 0 && s !== -1)).toEqual([]); // refused only by the kill
      events.forEach((e, i) => sent.push({ ...e, firstStatus: statuses[i]! }));
      const { open, started } = await jobStates(target);
      console.info(
        `kill cycle ${cycle}: ${statuses.filter((s) => s === 200).length} answered 200, ${statuses.filter((s) => s === 0).length} cut off, ${statuses.filter((s) => s === -1).length} not sent; ${open} job(s) unfinished, ${started} chain(s) past their first email`,
      );
    }
    server = await start(target);
    const tickets: string[] = [];
    for (const event of sent) {
      const again = await post(server.url, event.body);
      expect(again.status, event.id).toBe(200);
      if (event.firstStatus === 200) expect(again.json.duplicate, event.id).toBe(true);
      tickets.push(again.json.ticketId);
    }
    // The restarted worker takes over the steps the kill cut short (once their lease expires),
    // waits out the delays and finishes every chain; a failed job ends the wait (and the test).
    for (let jobs = await openJobs(target); jobs.open > 0 && jobs.failed === 0; jobs = await openJobs(target)) {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    await stopChild(server);
    server = undefined;

    verify = openTarget(target);
    await expectExactlyOnce(verify, sent, tickets);
  },
  NEXT ? 900_000 : 240_000,
);
