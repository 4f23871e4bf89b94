// Exactly-once by event id (SPEC §7): a replay returns the first result with duplicate: true
// and applies nothing again, sequentially and under 50 concurrent deliveries.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { aTicket, channelNamed, jobsOf, rowCounts, timelineOf, unique } from "../support/engine-fixtures";
import { emailEvent, messageEvent, postEvent } from "../support/events";

let channelId: string;
beforeAll(async () => {
  channelId = (await channelNamed("Support inbox")).id;
});

describe("POST /api/v1/events idempotency", () => {
  it("answers a replay with the first result and duplicate: true, writing nothing more", async () => {
    const event = messageEvent({ channelId });
    const first = await postEvent(event);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ eventId: event.id, duplicate: false, ticketId: expect.any(String) });
    const after = await rowCounts();

    const replay = await postEvent(event);
    expect(replay.status).toBe(200);
    expect(replay.body).toEqual({ ...first.body, duplicate: true });
    expect(await rowCounts()).toEqual(after);
  });

  it("replays the first result even when the replayed body differs", async () => {
    const event = messageEvent({ channelId });
    const first = await postEvent(event);
    const replay = await postEvent({ ...event, data: { ...event.data, text: "changed", threadKey: unique("t") } });
    expect(replay.body).toEqual({ ...first.body, duplicate: true });
  });

  it("applies 50 concurrent deliveries of one new conversation exactly once", async () => {
    const event = messageEvent({ channelId });
    const before = await rowCounts();
    const results = await Promise.all(Array.from({ length: 50 }, () => postEvent(event)));
    expect(results.map((r) => r.status)).toEqual(Array(50).fill(200));
    expect(results.filter((r) => !r.body.duplicate)).toHaveLength(1);
    const ticketIds = new Set(results.map((r) => r.body.ticketId));
    expect(ticketIds.size).toBe(1);
    const after = await rowCounts();
    expect(after.tickets - before.tickets).toBe(1);
    expect(after.messages - before.messages).toBe(1);
    expect(after.events - before.events).toBe(1);
    // "Ticket received" on New: one enrolment, one job.
    expect(after.enrollments - before.enrollments).toBe(1);
    expect(after.jobs - before.jobs).toBe(1);
  });

  it("applies 50 concurrent deliveries of one reply exactly once (one status change, one job)", async () => {
    const ticket = await aTicket("New");
    const event = messageEvent({ channelId, threadKey: ticket.threadKey, from: { email: ticket.contactEmail } });
    const results = await Promise.all(Array.from({ length: 50 }, () => postEvent(event)));
    expect(results.every((r) => r.status === 200)).toBe(true);
    expect(results.filter((r) => !r.body.duplicate)).toHaveLength(1);
    expect(await db.message.count({ where: { threadId: ticket.threadId } })).toBe(1);
    const statusChanges = (await timelineOf(ticket.id)).filter((e) => e.kind === "status_changed");
    expect(statusChanges).toHaveLength(1);
    expect((await db.ticket.findUniqueOrThrow({ where: { id: ticket.id } })).version).toBe(2);
  });

  it("refuses with 409 a different event carrying an already recorded messageId, storing nothing", async () => {
    const first = messageEvent({ channelId });
    await postEvent(first);
    const before = await rowCounts();
    const second = messageEvent({ channelId, messageId: first.data.messageId });
    const result = await postEvent(second);
    expect(result.status).toBe(409);
    expect(result.body.error.issues[0].path).toEqual(["data", "messageId"]);
    expect(await rowCounts()).toEqual(before);
  });

  it("lets a refused event be delivered again once the cause is fixed (it was not recorded)", async () => {
    const ticket = await aTicket("New");
    const event = emailEvent({
      ticketId: "missing-ticket",
      contactEmail: ticket.contactEmail,
      threadKey: ticket.threadKey,
    });
    expect((await postEvent(event)).status).toBe(400);
    const fixed = await postEvent({ ...event, data: { ...event.data, ticketId: ticket.id } });
    expect(fixed.status).toBe(200);
    expect(fixed.body.duplicate).toBe(false);
    expect(await jobsOf(ticket.id)).toHaveLength(0);
  });

  it("creates one ticket when two different events open the same new thread concurrently", async () => {
    const threadKey = unique("thread");
    const a = messageEvent({ channelId, threadKey });
    const b = messageEvent({ channelId, threadKey, from: a.data.from });
    const [ra, rb] = await Promise.all([postEvent(a), postEvent(b)]);
    expect([ra.status, rb.status]).toEqual([200, 200]);
    expect(await db.thread.count({ where: { threadKey } })).toBe(1);
    const thread = await db.thread.findUniqueOrThrow({
      where: { threadKey },
      select: { ticketId: true, _count: { select: { messages: true } } },
    });
    expect(thread._count.messages).toBe(2);
    expect(await db.ticket.count({ where: { originThreadId: { not: null }, threads: { some: { threadKey } } } })).toBe(
      1,
    );
    expect(new Set([ra.body.ticketId, rb.body.ticketId])).toEqual(new Set([thread.ticketId]));
  });
});
