// Issue 15 item 6: the stream that keeps open boards and records current. Changes go through the
// real write paths (the board's move action); the stream is read as the browser's EventSource would.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { moveTicketAction } from "@/lib/tickets/actions";
import { TicketChangeFeed } from "@/lib/live/ticket-change-feed";
import type { TicketChange } from "@/lib/live/ticket-change";
import { GET as live } from "@/app/(app)/tickets/live/route";
import { newPipeline, statusOf, type TestPipeline } from "../support/pipelines";
import { actAs } from "../support/users";
import { ticketsIn } from "./board-fixtures";

let support: TestPipeline;
let other: TestPipeline;

async function move(pipeline: TestPipeline, id: string, label: string): Promise<void> {
  const { version } = await db.ticket.findUniqueOrThrow({ where: { id }, select: { version: true } });
  const result = await moveTicketAction({ ticketId: id, toStatusId: statusOf(pipeline, label), version });
  if (!result.ok) throw new Error(result.error.message);
}

/** Reads a server-sent event stream until `done(events)` holds; returns the "tickets" events' data. */
async function readUntil(response: Response, done: (changes: TicketChange[][]) => boolean) {
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  const batches: TicketChange[][] = [];
  let text = "";
  while (!done(batches)) {
    const { value, done: ended } = await reader.read();
    if (ended) break;
    text += decoder.decode(value, { stream: true });
    const blocks = text.split("\n\n");
    text = blocks.pop()!;
    for (const block of blocks) {
      const lines = block.split("\n");
      if (!lines.includes("event: tickets")) continue;
      batches.push(JSON.parse(lines.find((l) => l.startsWith("data: "))!.slice(6)));
    }
  }
  reader.releaseLock();
  return batches;
}

const ids = (batches: TicketChange[][]) => batches.flat().map((c) => c.id);

beforeAll(async () => {
  support = await newPipeline();
  other = await newPipeline();
});
afterAll(() => actAs(null));

describe("GET /tickets/live", () => {
  it("needs a signed-in user and a pipeline or a ticket", async () => {
    await actAs(null);
    expect((await live(new Request("http://localhost/tickets/live?pipelineId=x"))).status).toBe(401);
    await actAs("AGENT");
    const bad = await live(new Request("http://localhost/tickets/live"));
    expect(bad.status).toBe(400);
  });

  it("names a pipeline's changed tickets, not other pipelines', and stops when the browser leaves", async () => {
    await actAs("AGENT");
    const [mine] = await ticketsIn(support, "New", 1);
    const [theirs] = await ticketsIn(other, "New", 1);
    const browser = new AbortController();
    const response = await live(
      new Request(`http://localhost/tickets/live?pipelineId=${support.id}`, { signal: browser.signal }),
    );
    expect(response.headers.get("content-type")).toMatch(/^text\/event-stream/);
    await move(other, theirs!, "Closed");
    await move(support, mine!, "Closed");
    // Its creation, just before the stream opened, may be named first (version 1).
    const batches = await readUntil(response, (b) => b.flat().some((c) => c.id === mine && c.version === 2));
    expect(ids(batches)).not.toContain(theirs);
    expect(batches.flat().find((c) => c.version === 2)).toMatchObject({ id: mine, pipelineId: support.id });
    browser.abort();
  });

  it("follows one ticket of a record page", async () => {
    await actAs("AGENT");
    const [watched, unwatched] = await ticketsIn(support, "New", 2);
    const response = await live(new Request(`http://localhost/tickets/live?ticketId=${watched}`));
    await move(support, unwatched!, "Closed");
    await move(support, watched!, "Closed");
    const batches = await readUntil(response, (b) => ids(b).includes(watched!));
    // Its creation may be news too (a new ticket shows on open boards); nothing of the other ticket.
    expect([...new Set(ids(batches))]).toEqual([watched]);
    await response.body!.cancel();
  });
});

describe("the change feed", () => {
  it("reports each new version once, and nothing older than the look-back before anyone listened", async () => {
    await actAs("AGENT");
    const [before, first, second] = await ticketsIn(support, "New", 3);
    await move(support, before!, "Closed");
    // Written a minute ago: before the page the listener serves was read.
    const all = [before!, first!, second!];
    await db.$executeRaw`UPDATE "Ticket" SET "updatedAt" = now() - interval '1 minute' WHERE id = ANY(${all})`;
    const seen: TicketChange[] = [];
    // A feed of this test's own: the process's shared one may still serve the streams above.
    const stop = new TicketChangeFeed().subscribe((changes) => seen.push(...changes));
    try {
      await move(support, first!, "Closed");
      await vi.waitFor(() => expect(seen.map((c) => c.id)).toContain(first), { timeout: 10_000 });
      await move(support, second!, "Closed");
      await move(support, first!, "New");
      await vi.waitFor(() => expect(seen.filter((c) => c.id === first).map((c) => c.version)).toEqual([2, 3]), {
        timeout: 10_000,
      });
      await vi.waitFor(() => expect(seen.map((c) => c.id)).toContain(second), { timeout: 10_000 });
      expect(seen.map((c) => c.id)).not.toContain(before);
      expect(seen.filter((c) => c.id === second)).toHaveLength(1);
    } finally {
      stop();
    }
  });

  it("tells a new listener of the changes made just before it subscribed, once", async () => {
    await actAs("AGENT");
    const [justBefore] = await ticketsIn(support, "New", 1);
    // Moved after the page was read, before its stream opened (seen in the bench on a slow machine).
    await move(support, justBefore!, "Closed");
    const feed = new TicketChangeFeed();
    const early: TicketChange[] = [];
    const late: TicketChange[] = [];
    const stopEarly = feed.subscribe((changes) => early.push(...changes));
    try {
      await vi.waitFor(() => expect(early.map((c) => c.id)).toContain(justBefore), { timeout: 10_000 });
      // A second listener of the running feed (another browser, a reconnect) hears of it too.
      const stopLate = feed.subscribe((changes) => late.push(...changes));
      await vi.waitFor(() => expect(late.map((c) => c.id)).toContain(justBefore), { timeout: 10_000 });
      stopLate();
      // Once each: the polls do not report it again.
      await new Promise((resolve) => setTimeout(resolve, 1_200));
      expect(early.filter((c) => c.id === justBefore)).toHaveLength(1);
    } finally {
      stopEarly();
    }
  });

  it("keeps going after a bulk write of more tickets than a poll lists, and says it overflowed", async () => {
    await actAs("AGENT");
    const bulk = await ticketsIn(support, "New", 6);
    const [later] = await ticketsIn(support, "New", 1);
    const batches: { ids: string[]; overflowed: boolean }[] = [];
    // Three rows a poll: the six tickets written in one statement below share one instant.
    const stop = new TicketChangeFeed(3).subscribe((changes, overflowed) =>
      batches.push({ ids: changes.map((c) => c.id), overflowed }),
    );
    try {
      await db.$executeRaw`UPDATE "Ticket" SET version = version + 1, "updatedAt" = now() WHERE id = ANY(${bulk})`;
      await vi.waitFor(() => expect(batches.some((b) => b.overflowed)).toBe(true), { timeout: 10_000 });
      // A poll that read the oldest rows first would list the same three forever and never this move.
      await move(support, later!, "Closed");
      await vi.waitFor(() => expect(batches.flatMap((b) => b.ids)).toContain(later), { timeout: 10_000 });
    } finally {
      stop();
    }
  });
});
