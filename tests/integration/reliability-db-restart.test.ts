// PostgreSQL restarted under load (issue 13, item 9): signed events and board moves (PATCH
// /api/v1/tickets/:id) keep coming while a throw-away PostgreSQL server of the test's own
// (tests/support/throwaway-postgres.ts; never the shared cluster) is stopped and started again.
// The server is the child of the kill -9 test: the real events and ticket handlers behind
// node:http with the job worker beside it. What must hold:
// - during the outage every answer is a 503 with Retry-After (never a 500, never a half write);
// - within 5 s of the database being back, the app answers 200 again by itself;
// - every event is then sent again until it is acknowledged, as a sender retrying would: each
//   one is applied exactly once and the worker (which reconnects by itself) finishes every chain;
// - every move acknowledged with 200 happened (a ticket's version grew by at least the number of
//   its acknowledged moves and at most that plus its 503s, which may have committed at COMMIT).
// DB_RESTART_CYCLES=n (npm run soak) repeats the outage.
import { afterAll, beforeAll, expect, it } from "vitest";
import { displayPrefix, hashApiKey } from "@/lib/api-keys/key-material";
import type { DbHandle } from "@/lib/db/open";
import {
  armDelay,
  eventsFor,
  OPEN_JOBS,
  openTarget,
  post,
  prepareDatabase,
  startChild,
  stopChild,
  type JobProgress,
  type KillableServer,
} from "../support/kill-cycle";
import { expectExactlyOnce } from "../support/kill-cycle-checks";
import { postgresBinariesPresent, startThrowawayPostgres, type ThrowawayPostgres } from "../support/throwaway-postgres";
import { newId } from "@/lib/db/ids";

const CYCLES = Number(process.env.DB_RESTART_CYCLES ?? 1);
const OUTAGE_MS = 3_000;
const EVENT_CONNECTIONS = 4;
const MOVE_CONNECTIONS = 2;
const API_KEY = "tf_restart_test_key_0123456789abcdef";

let postgres: ThrowawayPostgres | undefined;
let server: KillableServer | undefined;
let verify: DbHandle | undefined;
afterAll(async () => {
  if (server) await stopChild(server);
  await verify?.close();
  await postgres?.destroy();
});

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Answer {
  status: number;
  retryAfter: string | null;
  at: number;
}

/** The seeded Support pipeline's tickets and two of its open statuses, and the API key. */
async function moveTargets(target: string) {
  const handle = openTarget(target, 1);
  try {
    const [admin] = await handle.sql.query<{ id: string }>(`SELECT id FROM "User" WHERE email = 'admin@example.com'`);
    await handle.prisma.apiKey.create({
      data: {
        id: newId(),
        name: "restart test",
        prefix: displayPrefix(API_KEY),
        hash: hashApiKey(API_KEY),
        userId: admin!.id,
      },
    });
    const tickets = await handle.sql.query<{ id: string; version: number; pipelineId: string }>(
      `SELECT id, version, "pipelineId" FROM "Ticket" ORDER BY id LIMIT 4`,
    );
    const statuses = await handle.sql.query<{ id: string; pipelineId: string }>(
      `SELECT s.id, s."pipelineId" FROM "PipelineStatus" s WHERE s.state = 'OPEN' ORDER BY s."pipelineId", s."displayOrder"`,
    );
    return tickets.map((t) => ({ ...t, statuses: statuses.filter((s) => s.pipelineId === t.pipelineId).slice(0, 2) }));
  } finally {
    await handle.close();
  }
}

/** PATCH (a move) or GET one ticket over the API; the answer and the ticket's version. */
async function ticketCall(url: string, id: string, body?: object): Promise<Answer & { version?: number }> {
  try {
    const response = await fetch(`${url}/api/v1/tickets/${id}`, {
      method: body ? "PATCH" : "GET",
      body: body ? JSON.stringify(body) : undefined,
      headers: { "content-type": "application/json", authorization: `Bearer ${API_KEY}` },
    });
    const json = (await response.json()) as { version?: number };
    return {
      status: response.status,
      retryAfter: response.headers.get("retry-after"),
      at: Date.now(),
      version: json.version,
    };
  } catch {
    return { status: 0, retryAfter: null, at: Date.now() };
  }
}

async function openJobs(url: string): Promise<JobProgress | null> {
  const response = await fetch(`${url}/open-jobs`, { method: "POST" }).catch(() => null);
  return response?.ok ? ((await response.json()) as JobProgress) : null;
}

it.skipIf(!postgresBinariesPresent())(
  `loses nothing when PostgreSQL restarts under events and board moves (${CYCLES} cycle(s))`,
  async () => {
    postgres = await startThrowawayPostgres();
    const target = postgres.url;
    await prepareDatabase(target);
    const tickets = await moveTargets(target);
    const initial = new Map(tickets.map((t) => [t.id, t.version]));
    const channelId = await armDelay(target, 1_000);
    server = await startChild(target);
    const url = server.url;

    const sent: { id: string; messageId: string; body: string; answers: Answer[] }[] = [];
    const moves = new Map(tickets.map((t) => [t.id, { ok: 0, unavailable: 0 }]));
    const recoveries: number[] = [];

    for (let cycle = 0; cycle < CYCLES; cycle++) {
      const events = eventsFor(channelId, 400, `restart-${cycle}`).map((e) => ({ ...e, answers: [] as Answer[] }));
      sent.push(...events);
      let next = 0;
      let backAt = Infinity;
      let recoveredAt = Infinity;
      let loading = true;
      const noteRecovery = (answer: Answer) => {
        if (answer.status === 200 && answer.at > backAt) recoveredAt = Math.min(recoveredAt, answer.at);
      };
      const eventLoad = Array.from({ length: EVENT_CONNECTIONS }, async () => {
        while (loading && next < events.length) {
          const event = events[next++]!;
          const answer = await post(url, event.body).then((r) => ({ status: r.status, at: Date.now() }));
          event.answers.push({ ...answer, retryAfter: null });
          noteRecovery({ ...answer, retryAfter: null });
          if (answer.status !== 200) await pause(100);
        }
      });
      const moveLoad = Array.from({ length: MOVE_CONNECTIONS }, async (_, lane) => {
        for (let round = 0; loading; round++) {
          const ticket = tickets[(round * MOVE_CONNECTIONS + lane) % tickets.length]!;
          const counts = moves.get(ticket.id)!;
          const answer = await ticketCall(url, ticket.id, {
            statusId: ticket.statuses[Math.floor(round / 2) % 2]!.id,
            version: ticket.version,
          });
          expect([200, 409, 503], `move answered ${answer.status}`).toContain(answer.status);
          if (answer.status === 503) expect(answer.retryAfter).toMatch(/^\d+$/);
          // A move to the status the ticket already has (after a 503) changes nothing: not counted.
          if (answer.status === 200 && (answer.version ?? 0) > ticket.version) counts.ok++;
          if (answer.status === 503) counts.unavailable++;
          if (answer.status === 200 && answer.version) ticket.version = answer.version;
          if (answer.status === 409 || answer.status === 503) {
            const fresh = await ticketCall(url, ticket.id);
            if (fresh.status === 200 && fresh.version) ticket.version = fresh.version;
          }
          noteRecovery(answer);
          await pause(answer.status === 200 ? 20 : 100);
        }
      });
      const outage = (async () => {
        while (next < 40) await pause(50);
        await postgres!.stop();
        await pause(OUTAGE_MS);
        await postgres!.start();
        backAt = Date.now();
        while (recoveredAt === Infinity && Date.now() - backAt < 30_000) await pause(50);
        await pause(1_000);
        loading = false;
      })();
      await Promise.all([outage, ...eventLoad, ...moveLoad]);
      recoveries.push(recoveredAt - backAt);
      const answers = events.flatMap((e) => e.answers);
      const count = (status: number) => answers.filter((a) => a.status === status).length;
      console.info(
        `restart cycle ${cycle}: events ${count(200)} × 200, ${count(503)} × 503; moves ${[...moves.values()].map((m) => `${m.ok}/${m.unavailable}`).join(" ")} (200/503 per ticket); answering 200 again ${recoveredAt - backAt} ms after the database was back`,
      );
      expect(answers.filter((a) => a.status !== 200 && a.status !== 503)).toEqual([]);
      expect(count(503)).toBeGreaterThan(0); // the outage was seen
    }
    expect(
      recoveries.every((ms) => ms >= 0 && ms <= 5_000),
      `recovered after ${recoveries.join(", ")} ms`,
    ).toBe(true);

    // A sender retries what was not acknowledged; what was is a duplicate.
    const ticketIds: string[] = [];
    const attempted = sent.filter((e) => e.answers.length > 0);
    for (const event of attempted) {
      const again = await post(url, event.body);
      expect(again.status, event.id).toBe(200);
      if (event.answers.some((a) => a.status === 200)) expect(again.json.duplicate, event.id).toBe(true);
      ticketIds.push(again.json.ticketId);
    }
    // The worker reconnected by itself: it finishes every chain.
    const deadline = Date.now() + 60_000;
    for (let jobs = await openJobs(url); jobs?.open !== 0 && Date.now() < deadline; jobs = await openJobs(url)) {
      expect(jobs?.failed ?? 0).toBe(0);
      await pause(250);
    }
    await stopChild(server);
    server = undefined;

    verify = openTarget(target);
    await expectExactlyOnce(verify, attempted, ticketIds, [...initial.keys()]);
    for (const ticket of tickets) {
      const [row] = await verify.sql.query<{ version: number }>(`SELECT version FROM "Ticket" WHERE id = $1`, [
        ticket.id,
      ]);
      const { ok, unavailable } = moves.get(ticket.id)!;
      const grew = row!.version - initial.get(ticket.id)!;
      expect(grew, ticket.id).toBeGreaterThanOrEqual(ok);
      expect(grew, ticket.id).toBeLessThanOrEqual(ok + unavailable);
    }
  },
  120_000 + CYCLES * 60_000,
);
