// Machine traffic and people do not queue for the same connections (issue 16 item 2): on
// PostgreSQL, signed events and inbound mail are ingested through a pool of their own
// (lib/events/ingress-handle.ts), so a burst of events holding every one of those connections
// does not hold up a person's status change, and a busy app pool does not hold up events.
// PGlite is one session: both are the app's handle.
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { db, dbHandle } from "@/lib/db";
import type { DbHandle } from "@/lib/db/open";
import { INGRESS_POOL_SIZE, ingressHandle } from "@/lib/events/ingress-handle";
import { changeTicket } from "@/lib/tickets/change-ticket";
import { aTicket, channelNamed, seededPipeline } from "../support/engine-fixtures";
import { messageEvent, postEvent } from "../support/events";
import { postgresServerUrl } from "../support/test-database";
import { userIdOf } from "../support/users";

/** Long enough for a free connection's statement; a queued one would wait until the release. */
const GRACE_MS = 5_000;

const releases: (() => void)[] = [];
afterEach(async () => {
  for (const release of releases.splice(0)) release();
});

/** Opens `count` transactions on `handle` that stay open (each holding a connection) until released. */
async function holdConnections(handle: DbHandle, count: number): Promise<void> {
  const opened: Promise<void>[] = [];
  for (let i = 0; i < count; i++) {
    opened.push(
      new Promise<void>((started) => {
        void handle.transaction(async (tx) => {
          await tx.query("SELECT 1");
          started();
          await new Promise<void>((release) => releases.push(release));
        });
      }),
    );
  }
  await Promise.all(opened);
}

function withinGrace<T>(work: Promise<T>): Promise<T | "still waiting"> {
  return Promise.race([work, new Promise<"still waiting">((r) => setTimeout(() => r("still waiting"), GRACE_MS))]);
}

let closed: string;
let userId: string;
beforeAll(async () => {
  closed = (await seededPipeline()).status("Closed");
  userId = await userIdOf("AGENT");
});

describe.skipIf(!postgresServerUrl())("on PostgreSQL", () => {
  it("ingests through a pool of its own, on the same database", async () => {
    expect(ingressHandle()).not.toBe(dbHandle());
    expect(ingressHandle()).toBe(ingressHandle());
    const inbox = await channelNamed("Support inbox");
    const posted = await postEvent(messageEvent({ channelId: inbox.id, subject: "Through the ingress pool" }));
    expect(posted.status).toBe(200);
    const ticket = await db.ticket.findUniqueOrThrow({ where: { id: posted.body.ticketId } });
    expect(ticket.subject).toBe("Through the ingress pool");
  });

  it("a person's status change commits while events hold every ingress connection", async () => {
    const ticket = await aTicket("New");
    await holdConnections(ingressHandle(), INGRESS_POOL_SIZE);
    const change = changeTicket(ticket.id, {
      kind: "status_change",
      toStatusId: closed,
      cause: { kind: "user", userId },
    });
    expect(await withinGrace(change.then(() => "committed"))).toBe("committed");
    expect((await db.ticket.findUniqueOrThrow({ where: { id: ticket.id } })).statusId).toBe(closed);
  });

  it("a signed event is ingested while every connection of the app's pool is held", async () => {
    const inbox = await channelNamed("Support inbox");
    // The test database's app pool has 5 connections (tests/support/test-database.ts).
    await holdConnections(dbHandle(), 5);
    const posted = postEvent(messageEvent({ channelId: inbox.id, subject: "While the app is busy" }));
    const outcome = await withinGrace(posted.then((p) => p.status));
    expect(outcome).toBe(200);
  });
});

describe.skipIf(!!postgresServerUrl())("on PGlite", () => {
  it("ingests through the app's one session", () => {
    expect(ingressHandle()).toBe(dbHandle());
  });
});
