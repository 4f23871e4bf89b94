// POST /api/v1/events on the production server's events thread (lib/events/events-thread.ts):
// on PostgreSQL the thread answers them on connections of its own, tells the main thread's job
// worker when an event enqueued jobs, and if it stops, the main thread answers (500 for what the
// thread held, then the route's handler as before). On PGlite the server starts no thread. The
// other events tests (signature, idempotency, limits, the hostile fuzz) run through the thread on
// PostgreSQL as well (tests/support/over-http.ts).
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { db, dbHandle } from "@/lib/db";
import { resetEnvForTests } from "@/lib/env";
import { startEventsThread, startEventsThreadFromEnv, type EventsThread } from "@/lib/events/events-thread";
import { EVENTS_THREAD_WORKER } from "@/lib/events/events-thread-messages";
import { generalSlotsElsewhere } from "@/lib/jobs/general-slots-elsewhere";
import { onWake } from "@/lib/jobs/wake";
import { noteForeground } from "@/lib/http/foreground";
import { serveDirect } from "@/lib/http/serve-direct";
import { channelNamed, aTicket, jobsOf } from "../support/engine-fixtures";
import { messageEvent, signedRequest } from "../support/events";
import { eventsOnThread } from "../support/over-http";
import { testDatabaseUrl } from "../support/test-database";

const onPostgres = dbHandle().kind === "postgres";
const APP_NAME = "ticketflow-events-thread-test";

let channelId: string;
beforeAll(async () => {
  channelId = (await channelNamed("Support inbox")).id;
});

/** A server dispatching as scripts/server.ts does, with its own thread on this file's database. */
async function serverWithThread(
  options: { runJobs?: boolean } = {},
): Promise<{ url: string; thread: EventsThread; close: () => Promise<void> }> {
  const thread = await startEventsThread({
    env: { ...process.env, DATABASE_URL: testDatabaseUrl(), PGAPPNAME: APP_NAME },
    ...options,
  });
  const server = http.createServer((req, res) => {
    if (thread.serve(req, res)) return;
    if (!serveDirect(req, res)) res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    thread,
    close: async () => {
      await thread.stop();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

async function post(url: string, request: Request): Promise<Response> {
  return fetch(`${url}/api/v1/events`, {
    method: "POST",
    headers: request.headers,
    body: new Uint8Array(await request.arrayBuffer()),
  });
}

const threadConnections = async () =>
  Number(
    (
      await dbHandle().sql.query<{ n: string }>(
        "SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND application_name = $1",
        [APP_NAME],
      )
    )[0]!.n,
  );

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()));
});

describe.runIf(onPostgres)("the events thread, on PostgreSQL", () => {
  it("answers the events the shared test server receives in this suite", async () => {
    expect(await eventsOnThread()).toBe(true);
  });

  it("runs the event's transaction on its own connections and wakes the main thread's job worker", async () => {
    const { url, close } = await serverWithThread();
    closers.push(close);
    const wakes: boolean[] = [];
    const stopListening = onWake((personWaiting) => wakes.push(personWaiting));
    try {
      expect(await threadConnections()).toBe(0);
      // A new conversation enrols "Ticket received" on New: a job, so a wake-up.
      const answer = await post(url, signedRequest(messageEvent({ channelId })));
      expect(answer.status).toBe(200);
      expect((await answer.json()).duplicate).toBe(false);
      expect(await threadConnections()).toBeGreaterThan(0);
      expect(wakes).toEqual([false]);
    } finally {
      stopListening();
    }
  });

  it("with runJobs, runs the jobs on a worker of its own while the main thread's general slots stand aside, until it stops", async () => {
    const { url, thread, close } = await serverWithThread({ runJobs: true });
    closers.push(close);
    const wakes: boolean[] = [];
    const stopListening = onWake((personWaiting) => wakes.push(personWaiting));
    try {
      expect(generalSlotsElsewhere()).toBe(true);
      // A new conversation enrols "Ticket received": its first step is a job, run on the thread
      // (no worker runs on this test's main thread), which the main thread hears nothing of.
      const answer = await post(url, signedRequest(messageEvent({ channelId })));
      expect(answer.status).toBe(200);
      const { ticketId } = (await answer.json()) as { ticketId: string };
      await expect
        .poll(async () => (await jobsOf(ticketId)).map((job) => job.state), { timeout: 10_000 })
        .toContain("SUCCEEDED");
      const done = await db.job.findFirstOrThrow({ where: { ticketId, state: "SUCCEEDED" } });
      expect(done.lockedBy).toContain(`:${EVENTS_THREAD_WORKER}:`);
      expect(wakes).toEqual([]);
    } finally {
      stopListening();
    }
    await thread.stop();
    expect(generalSlotsElsewhere()).toBe(false);
  });

  it("answers an event while the main thread stays busy: it holds new events back for a moment only", async () => {
    const { url, close } = await serverWithThread();
    closers.push(close);
    const busy = noteForeground(); // a person's request on the main thread that does not end
    try {
      const answer = await post(url, signedRequest(messageEvent({ channelId })));
      expect(answer.status).toBe(200);
    } finally {
      busy();
    }
  });

  it("answers what it holds with 500 when it stops, and the main thread answers the next events", async () => {
    const { url, thread, close } = await serverWithThread();
    closers.push(close);
    const ticket = await aTicket("New");
    const reply = messageEvent({ channelId, threadKey: ticket.threadKey, from: { email: ticket.contactEmail } });
    // Hold the ticket's row, so the thread's transaction for the reply waits on it; the reply is
    // sent only once the row is held.
    let locked!: () => void;
    let release!: () => void;
    const lockHeld = new Promise<void>((resolve) => (locked = resolve));
    const held = dbHandle().transaction(async (tx) => {
      await tx.query(`SELECT id FROM "Ticket" WHERE id = $1 FOR UPDATE`, [ticket.id]);
      locked();
      await new Promise<void>((resolve) => (release = resolve));
    });
    await lockHeld;
    const waiting = post(url, signedRequest(reply));
    await expect.poll(threadConnections).toBeGreaterThan(0);
    await thread.stop();
    const cut = await waiting;
    expect(cut.status).toBe(500);
    expect((await cut.json()).error.code).toBe("INTERNAL");
    release();
    await held;

    expect(thread.running).toBe(false);
    // The thread's transaction was rolled back with its connection: the reply is applied now, once.
    const again = await post(url, signedRequest(reply));
    expect(again.status).toBe(200);
    expect((await again.json()).duplicate).toBe(false);
  });
});

describe.runIf(!onPostgres)("the events thread, on PGlite", () => {
  it("is not started: the embedded database is one session in the main thread", async () => {
    expect(await eventsOnThread()).toBe(false);
    resetEnvForTests();
    expect(await startEventsThreadFromEnv()).toBeNull();
  });
});

describe("TICKETFLOW_EVENTS_THREAD=off", () => {
  it("keeps the events on the main thread, with either database", async () => {
    const saved = { ...process.env };
    try {
      Object.assign(process.env, { TICKETFLOW_EVENTS_THREAD: "off", DATABASE_URL: testDatabaseUrl() ?? "" });
      resetEnvForTests();
      expect(await startEventsThreadFromEnv()).toBeNull();
    } finally {
      process.env = saved;
      resetEnvForTests();
    }
  });
});
