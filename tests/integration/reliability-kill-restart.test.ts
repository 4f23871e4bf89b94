// kill -9 in the middle of a load of signed events, then restart (SOAK: KILL_CYCLES=3).
// The server is a child process running the events handler behind node:http
// (tests/support/events-server-child.ts: the same transaction as POST /api/v1/events under
// `next start`, without needing a Next build in the suite), on a database of its own.
// After the restart every event is posted again, as a sender retrying would: each event that had
// a 200 is a duplicate with the same ticket, every event is applied exactly once (one
// IngestedEvent, one message, one ticket) and no job is left without its cause.
import { afterAll, expect, it } from "vitest";
import { openDb, type DbHandle } from "@/lib/db/open";
import { childDatabase, eventsFor, killHard, post, startChild, stopChild, type ChildServer } from "../support/kill-cycle";

const CYCLES = Number(process.env.KILL_CYCLES ?? 1);
const EVENTS_PER_CYCLE = 120;
const KILL_AFTER = 40;
const CONNECTIONS = 8;

let child: ChildServer | undefined;
let verify: DbHandle | undefined;
const database = childDatabase();
afterAll(async () => {
  if (child) await stopChild(child);
  await verify?.close();
  await (await database).drop();
});

async function loadUntilKilled(server: ChildServer, events: { body: string }[]): Promise<number[]> {
  const statuses: number[] = Array(events.length).fill(-1); // -1: never sent
  let answered = 0;
  let next = 0;
  let killing: Promise<void> | undefined;
  await Promise.all(Array.from({ length: CONNECTIONS }, async () => {
    while (next < events.length && !killing) {
      const i = next++;
      statuses[i] = (await post(server.port, events[i]!.body)).status;
      if (++answered === KILL_AFTER) killing = killHard(server);
    }
  }));
  await (killing ?? killHard(server));
  return statuses;
}

it(`applies every event exactly once across ${CYCLES} kill -9 cycle(s) and a restart`, async () => {
  const { target } = await database;
  const sent: { id: string; messageId: string; body: string; firstStatus: number }[] = [];
  for (let cycle = 0; cycle < CYCLES; cycle++) {
    child = await startChild(target, cycle === 0);
    const events = eventsFor(child.channelId, EVENTS_PER_CYCLE, `${cycle}`);
    const statuses = await loadUntilKilled(child, events);
    expect(statuses.filter((s) => s === 200).length).toBeGreaterThanOrEqual(KILL_AFTER - CONNECTIONS);
    expect(statuses.filter((s) => s !== 200 && s !== 0 && s !== -1)).toEqual([]); // refused only by the kill
    events.forEach((e, i) => sent.push({ ...e, firstStatus: statuses[i]! }));
  }
  child = await startChild(target, false);
  const firstTicket = new Map<string, string>();
  for (const event of sent) {
    const again = await post(child.port, event.body);
    expect(again.status, event.id).toBe(200);
    if (event.firstStatus === 200) expect(again.json.duplicate, event.id).toBe(true);
    firstTicket.set(event.id, again.json.ticketId);
  }
  await stopChild(child);
  child = undefined;

  verify = openDb(target.startsWith("postgres") ? { kind: "postgres", connectionString: target } : { kind: "pglite", dataDir: target });
  const ids = sent.map((e) => e.id);
  const perEvent = await verify.sql.query<{ eventKey: string; n: number }>(
    `SELECT "eventKey", count(*)::int AS n FROM "IngestedEvent" WHERE "eventKey" = ANY($1) GROUP BY "eventKey"`, [ids]);
  expect(perEvent.length).toBe(sent.length);
  expect(perEvent.filter((r) => r.n !== 1)).toEqual([]);
  const perMessage = await verify.sql.query<{ messageId: string; n: number; tickets: number }>(
    `SELECT m."messageId", count(*)::int AS n, count(DISTINCT th."ticketId")::int AS tickets FROM "Message" m JOIN "Thread" th ON th.id = m."threadId"
     WHERE m."messageId" = ANY($1) GROUP BY m."messageId"`, [sent.map((e) => e.messageId)]);
  expect(perMessage.length).toBe(sent.length);
  expect(perMessage.filter((r) => r.n !== 1 || r.tickets !== 1)).toEqual([]);
  expect(new Set(firstTicket.values()).size).toBe(sent.length); // one new ticket per new conversation
  const orphanJobs = await verify.sql.query(
    `SELECT j.id FROM "Job" j LEFT JOIN "Ticket" t ON t.id = j."ticketId" WHERE j."ticketId" IS NOT NULL AND t.id IS NULL`);
  expect(orphanJobs).toEqual([]);
  const duplicateJobs = await verify.sql.query(
    `SELECT "dedupeKey" FROM "Job" WHERE "dedupeKey" IS NOT NULL GROUP BY "dedupeKey" HAVING count(*) > 1`);
  expect(duplicateJobs).toEqual([]);
}, 240_000);
