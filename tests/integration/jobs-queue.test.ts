// The jobs table as a queue: the outbox guarantees of enqueueJob, backoff, failure, leases.
import { beforeEach, describe, expect, it } from "vitest";
import { db, dbHandle } from "@/lib/db";
import {
  claimJobs,
  claimJobsAndNextDue,
  completeJob,
  enqueueJob,
  failJob,
  PermanentJobError,
  reapExpiredJobs,
  RetryAfterError,
  runDueJobs,
  type JobHandlers,
  type RetryPolicy,
} from "@/lib/jobs";
import { z } from "zod";
import { newId } from "@/lib/db/ids";

const retry: RetryPolicy = { baseMs: 1_000, capMs: 60_000, maxRetryAfterMs: 3_600_000 };
const later = (ms: number) => new Date(Date.now() + ms);
const plus = (date: Date, ms: number) => new Date(date.getTime() + ms);
const noop: JobHandlers = { noop: { execute: async () => {} } };

beforeEach(async () => {
  await db.job.deleteMany();
  await db.timelineEntry.deleteMany({ where: { kind: "job_failed" } });
});

describe("enqueueJob (transactional outbox)", () => {
  it("writes no job when the caller's transaction rolls back, one when it commits", async () => {
    await expect(
      db.$transaction(async (tx) => {
        await enqueueJob(tx, { type: "noop", payload: { n: 1 }, dedupeKey: "rolled-back" });
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect(await db.job.count()).toBe(0);

    await db.$transaction((tx) => enqueueJob(tx, { type: "noop", payload: { n: 2 } }));
    const job = await db.job.findFirstOrThrow();
    expect(job).toMatchObject({ type: "noop", payload: { n: 2 }, state: "PENDING", attempts: 0, maxAttempts: 5 });
  });

  it("treats a duplicate dedupeKey as a no-op without aborting the caller's transaction", async () => {
    const first = await enqueueJob(db, { type: "noop", payload: {}, dedupeKey: "once" });
    const [again, other] = await db.$transaction(async (tx) => [
      await enqueueJob(tx, { type: "noop", payload: { ignored: true }, dedupeKey: "once" }),
      // on PostgreSQL a failed statement would make this one fail ("transaction is aborted")
      await enqueueJob(tx, { type: "noop", payload: {}, dedupeKey: "other" }),
    ]);
    expect(first.created).toBe(true);
    expect(again).toEqual({ id: first.id, created: false });
    expect(other.created).toBe(true);
    expect(await db.job.count({ where: { dedupeKey: "once" } })).toBe(1);
    expect(await db.job.count()).toBe(2);
  });

  it("refuses a non-positive maxAttempts", async () => {
    await expect(enqueueJob(db, { type: "noop", payload: {}, maxAttempts: 0 })).rejects.toThrow(/maxAttempts/);
  });
});

describe("running due jobs", () => {
  it("does not claim a delayed job before its runAt", async () => {
    const runAt = later(60_000);
    await enqueueJob(db, { type: "noop", payload: {}, runAt });
    expect(await runDueJobs({ handle: dbHandle(), handlers: noop, now: plus(runAt, -1) })).toEqual([]);
    const ran = await runDueJobs({ handle: dbHandle(), handlers: noop, now: runAt });
    expect(ran.map((r) => r.result.outcome)).toEqual(["succeeded"]);
  });

  it("retries a failing handler with growing backoff, then succeeds on the third attempt", async () => {
    let calls = 0;
    const handlers: JobHandlers = {
      flaky: {
        execute: async () => {
          if (++calls <= 2) throw new Error(`boom ${calls}`);
        },
      },
    };
    const { id } = await enqueueJob(db, { type: "flaky", payload: {} });
    const start = later(10);
    const [first] = await runDueJobs({ handle: dbHandle(), handlers, retry, now: start });
    if (first?.result.outcome !== "retry") throw new Error(`expected a retry, got ${first?.result.outcome}`);
    expect(await runDueJobs({ handle: dbHandle(), handlers, retry, now: plus(first.result.runAt, -1) })).toEqual([]);
    const [second] = await runDueJobs({ handle: dbHandle(), handlers, retry, now: first.result.runAt });
    if (second?.result.outcome !== "retry") throw new Error(`expected a retry, got ${second?.result.outcome}`);
    const [third] = await runDueJobs({ handle: dbHandle(), handlers, retry, now: second.result.runAt });
    expect(third?.result.outcome).toBe("succeeded");

    const firstWait = first.result.runAt.getTime() - start.getTime();
    const secondWait = second.result.runAt.getTime() - first.result.runAt.getTime();
    expect(firstWait).toBeGreaterThanOrEqual(500);
    expect(firstWait).toBeLessThanOrEqual(1_000);
    expect(secondWait).toBeGreaterThanOrEqual(1_000);
    expect(secondWait).toBeLessThanOrEqual(2_000);
    expect(secondWait).toBeGreaterThan(firstWait);
    const job = await db.job.findUniqueOrThrow({ where: { id: id! } });
    expect(job).toMatchObject({ state: "SUCCEEDED", attempts: 3, lastError: "attempt 2/5: Error: boom 2" });
    expect(job.completedAt).not.toBeNull();
    expect(calls).toBe(3);
  });

  it("honours a handler's retryAfterMs hint", async () => {
    const handlers: JobHandlers = {
      limited: {
        execute: async () => {
          throw new RetryAfterError("HTTP 429", 7_000);
        },
      },
    };
    await enqueueJob(db, { type: "limited", payload: {} });
    const now = later(10);
    const [ran] = await runDueJobs({ handle: dbHandle(), handlers, retry, now });
    expect(ran?.result).toMatchObject({ outcome: "retry", runAt: plus(now, 7_000) });
  });

  it("fails a job after maxAttempts, keeps lastError and notes it on the ticket's timeline", async () => {
    const ticket = await db.ticket.findFirstOrThrow({ select: { id: true } });
    const handlers: JobHandlers = {
      broken: {
        execute: async () => {
          throw new Error("always");
        },
      },
    };
    const { id } = await enqueueJob(db, {
      type: "broken",
      payload: {},
      maxAttempts: 3,
      ticketId: ticket.id,
      causeEventId: "evt-1",
    });
    let now = later(10);
    const outcomes: string[] = [];
    for (let i = 0; i < 4; i++) {
      const ran = await runDueJobs({ handle: dbHandle(), handlers, retry, now });
      outcomes.push(...ran.map((r) => r.result.outcome));
      now = plus(now, retry.capMs);
    }
    expect(outcomes).toEqual(["retry", "retry", "failed"]);
    const job = await db.job.findUniqueOrThrow({ where: { id: id! } });
    expect(job).toMatchObject({
      state: "FAILED",
      attempts: 3,
      lastError: "attempt 3/3: Error: always",
      lockedUntil: null,
    });
    const entries = await db.timelineEntry.findMany({ where: { ticketId: ticket.id, kind: "job_failed" } });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      jobId: id,
      eventId: "evt-1",
      summary: 'Automated action "broken" failed after 3 attempt(s)',
    });
    expect(entries[0]!.detail).toMatchObject({ jobType: "broken", attempts: 3, error: "attempt 3/3: Error: always" });
  });

  it("writes no job_failed line when the handler already wrote the failure as its action_failed line", async () => {
    const ticket = await db.ticket.findFirstOrThrow({ select: { id: true } });
    const handlers: JobHandlers = {
      noted: {
        execute: async (job) => {
          await db.timelineEntry.create({
            data: { id: newId(), ticketId: ticket.id, kind: "action_failed", summary: "Action failed", jobId: job.id },
          });
          throw new Error("down");
        },
      },
    };
    const { id } = await enqueueJob(db, { type: "noted", payload: {}, maxAttempts: 1, ticketId: ticket.id });
    const ran = await runDueJobs({ handle: dbHandle(), handlers, retry, now: later(10) });
    expect(ran.map((r) => r.result.outcome)).toEqual(["failed"]);
    expect(await db.job.findUniqueOrThrow({ where: { id: id! } })).toMatchObject({ state: "FAILED" });
    const lines = await db.timelineEntry.findMany({ where: { jobId: id! } });
    expect(lines.map((e) => e.kind)).toEqual(["action_failed"]);
  });

  it("fails at once, with a clear error, an unknown type, a bad payload or a PermanentJobError", async () => {
    const handlers: JobHandlers = {
      typed: { payload: z.object({ to: z.string() }), execute: async () => {} },
      hopeless: {
        execute: async () => {
          throw new PermanentJobError("HTTP 410 Gone");
        },
      },
    };
    const unknown = await enqueueJob(db, { type: "no_such_type", payload: {} });
    const badPayload = await enqueueJob(db, { type: "typed", payload: { to: 42 } });
    const hopeless = await enqueueJob(db, { type: "hopeless", payload: {} });
    const ran = await runDueJobs({ handle: dbHandle(), handlers, retry, now: later(10) });
    expect(ran.map((r) => r.result.outcome)).toEqual(["failed", "failed", "failed"]);
    const errorOf = async (id: string | null) => (await db.job.findUniqueOrThrow({ where: { id: id! } })).lastError;
    expect(await errorOf(unknown.id)).toBe(
      'attempt 1/5: PermanentJobError: no handler is registered for job type "no_such_type" (registered: hopeless, typed)',
    );
    expect(await errorOf(badPayload.id)).toMatch(/^attempt 1\/5: PermanentJobError: invalid payload: to: /);
    expect(await errorOf(hopeless.id)).toBe("attempt 1/5: PermanentJobError: HTTP 410 Gone");
  });
});

describe("the worker's claim (claimJobsAndNextDue)", () => {
  it("claims due jobs and says in the same statement when the next one, and the next of the batch types, is due", async () => {
    const t0 = later(10);
    const due = await enqueueJob(db, { type: "noop", payload: {}, runAt: t0 });
    await enqueueJob(db, { type: "noop", payload: {}, runAt: plus(t0, 5_000) });
    await enqueueJob(db, { type: "timer", payload: {}, runAt: plus(t0, 9_000) });
    const sql = dbHandle().sql;
    const options = { workerId: "W", limit: 4, leaseMs: 60_000, now: t0, batchTypes: ["timer"] };
    const first = await claimJobsAndNextDue(sql, options);
    expect(first.jobs.map((job) => job.id)).toEqual([due.id]);
    expect(first.jobs[0]).toMatchObject({ attempts: 1, lockedBy: "W" });
    expect(first.nextDueMs).toBeCloseTo(5_000, -1); // not the job it claimed itself
    expect(first.nextBatchDueMs).toBeCloseTo(9_000, -1);
    // Nothing due: no job, the same answers.
    const second = await claimJobsAndNextDue(sql, options);
    expect(second).toMatchObject({ jobs: [] });
    expect(second.nextDueMs).toBeCloseTo(5_000, -1);
    await db.job.deleteMany();
    expect(await claimJobsAndNextDue(sql, options)).toEqual({ jobs: [], nextDueMs: null, nextBatchDueMs: null });
  });
});

describe("leases", () => {
  it("lets worker B take over an expired lease and refuses worker A's late completion", async () => {
    const { id } = await enqueueJob(db, { type: "noop", payload: {} });
    const sql = dbHandle().sql;
    const t0 = later(10);
    const [a] = await claimJobs(sql, { workerId: "A", limit: 5, leaseMs: 1_000, now: t0 });
    expect(a).toMatchObject({ id, attempts: 1, lockedBy: "A" });
    expect(await claimJobs(sql, { workerId: "B", limit: 5, leaseMs: 1_000, now: plus(t0, 999) })).toEqual([]);
    const [b] = await claimJobs(sql, { workerId: "B", limit: 5, leaseMs: 1_000, now: plus(t0, 1_001) });
    expect(b).toMatchObject({ id, attempts: 2, lockedBy: "B" });

    expect(await completeJob(sql, a!)).toBe(false);
    expect(await failJob(sql, a!, { error: "late", retryInMs: 0 })).toBeNull();
    expect(await completeJob(sql, b!)).toBe(true);
    expect(await completeJob(sql, b!)).toBe(false); // once only
    const job = await db.job.findUniqueOrThrow({ where: { id: id! } });
    expect(job).toMatchObject({ state: "SUCCEEDED", attempts: 2, lockedBy: "B", lastError: null });
  });

  it("completes inside the handler's own transaction, atomically with its effect", async () => {
    const ticket = await db.ticket.findFirstOrThrow({ select: { id: true } });
    const handlers: JobHandlers = {
      note: {
        execute: async (job, ctx) => {
          await ctx.db.$transaction(async (tx) => {
            await tx.timelineEntry.create({
              data: { id: newId(), ticketId: ticket.id, kind: "job_failed", summary: "effect", jobId: job.id },
            });
            await ctx.complete(tx);
          });
        },
      },
    };
    const { id } = await enqueueJob(db, { type: "note", payload: {} });
    const [ran] = await runDueJobs({ handle: dbHandle(), handlers, now: later(10) });
    expect(ran?.result.outcome).toBe("succeeded");
    expect(await db.job.findUniqueOrThrow({ where: { id: id! } })).toMatchObject({ state: "SUCCEEDED", attempts: 1 });
    expect(await db.timelineEntry.count({ where: { jobId: id } })).toBe(1);
  });

  it("fails, rather than runs again, a job whose last attempt's lease expired", async () => {
    const { id } = await enqueueJob(db, { type: "noop", payload: {}, maxAttempts: 1 });
    const sql = dbHandle().sql;
    const t0 = later(10);
    await claimJobs(sql, { workerId: "dead", limit: 1, leaseMs: 1_000, now: t0 });
    expect(await claimJobs(sql, { workerId: "B", limit: 1, leaseMs: 1_000, now: plus(t0, 5_000) })).toEqual([]);
    expect(await reapExpiredJobs(sql, plus(t0, 500))).toBe(0);
    expect(await reapExpiredJobs(sql, plus(t0, 5_000))).toBe(1);
    const job = await db.job.findUniqueOrThrow({ where: { id: id! } });
    expect(job.state).toBe("FAILED");
    expect(job.lastError).toBe("attempt 1/1: the lease of worker dead expired before the attempt finished");
  });
});

describe("batches (a handler's executeMany)", () => {
  const note = (ticketId: string, jobId: string, summary: string) => ({
    id: newId(),
    ticketId,
    kind: "job_failed",
    summary,
    jobId,
  });

  it("claims a type's due jobs in one statement, runs them in one transaction and completes them together", async () => {
    const ticket = await db.ticket.findFirstOrThrow({ select: { id: true } });
    const calls: number[] = [];
    const handlers: JobHandlers = {
      noop: noop.noop!,
      tick: {
        payload: z.object({ n: z.number() }),
        execute: async () => {
          throw new Error("a batch of tick runs through executeMany");
        },
        executeMany: async (jobs, ctx) => {
          calls.push(jobs.length);
          await ctx.db.$transaction(async (tx) => {
            for (const job of jobs) await tx.timelineEntry.create({ data: note(ticket.id, job.id, "batched") });
            await ctx.completeAll(tx);
          });
        },
      },
    };
    for (let n = 0; n < 5; n++) await enqueueJob(db, { type: "tick", payload: { n } });
    await enqueueJob(db, { type: "noop", payload: {} });
    const sql = dbHandle().sql;
    const only = await claimJobs(sql, { workerId: "A", limit: 10, leaseMs: 60_000, now: later(10), types: ["noop"] });
    expect(only.map((j) => j.type)).toEqual(["noop"]);
    const ran = await runDueJobs({ handle: dbHandle(), handlers, now: later(10) });
    expect(calls).toEqual([5]);
    expect(ran.map((r) => r.result.outcome)).toEqual(Array(5).fill("succeeded"));
    expect(await db.job.count({ where: { type: "tick", state: "SUCCEEDED", attempts: 1 } })).toBe(5);
    expect(await db.timelineEntry.count({ where: { summary: "batched" } })).toBe(5);
  });

  it("runs a failed batch's jobs one by one, so one bad job fails alone and the batch's writes roll back", async () => {
    const ticket = await db.ticket.findFirstOrThrow({ select: { id: true } });
    const handlers: JobHandlers = {
      tick: {
        payload: z.object({ n: z.number() }),
        execute: async (job, ctx) => {
          if ((job.payload as { n: number }).n === 2) throw new PermanentJobError("two is bad");
          await ctx.db.$transaction(async (tx) => {
            await tx.timelineEntry.create({ data: note(ticket.id, job.id, "alone") });
            await ctx.complete(tx);
          });
        },
        executeMany: async (jobs, ctx) => {
          await ctx.db.$transaction(async (tx) => {
            for (const job of jobs) {
              if ((job.payload as { n: number }).n === 2) throw new Error("two is bad");
              await tx.timelineEntry.create({ data: note(ticket.id, job.id, "batched") });
            }
            await ctx.completeAll(tx);
          });
        },
      },
    };
    for (let n = 0; n < 4; n++) await enqueueJob(db, { type: "tick", payload: { n } });
    const ran = await runDueJobs({ handle: dbHandle(), handlers, now: later(10), retry });
    expect(ran.map((r) => r.result.outcome).sort()).toEqual(["failed", "succeeded", "succeeded", "succeeded"]);
    expect(await db.timelineEntry.count({ where: { summary: "batched" } })).toBe(0);
    expect(await db.timelineEntry.count({ where: { summary: "alone" } })).toBe(3);
    expect(await db.job.count({ where: { type: "tick", state: "FAILED" } })).toBe(1);
  });

  it("refuses the whole batch when one lease was lost: nothing of it commits", async () => {
    const ticket = await db.ticket.findFirstOrThrow({ select: { id: true } });
    const sql = dbHandle().sql;
    for (let n = 0; n < 3; n++) await enqueueJob(db, { type: "tick", payload: { n } });
    const t0 = later(10);
    const jobs = await claimJobs(sql, { workerId: "A", limit: 10, leaseMs: 1_000, now: t0 });
    // B takes one of them over after A's lease expired.
    await db.job.update({ where: { id: jobs[1]!.id }, data: { lockedBy: "B", attempts: 2 } });
    const { completeJobs } = await import("@/lib/jobs/outcome");
    await expect(
      db.$transaction(async (tx) => {
        for (const job of jobs) await tx.timelineEntry.create({ data: note(ticket.id, job.id, "late") });
        const held = await completeJobs(tx, jobs);
        if (held.size !== jobs.length) throw new Error("lost");
      }),
    ).rejects.toThrow("lost");
    expect(await db.timelineEntry.count({ where: { summary: "late" } })).toBe(0);
    expect(await db.job.count({ where: { type: "tick", state: "SUCCEEDED" } })).toBe(0);
  });
});
