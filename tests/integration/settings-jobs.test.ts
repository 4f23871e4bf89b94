// Settings > Jobs: the list (filters, keyset pagination) and "Retry now" (admins only, exactly
// one more run with the in-process worker, refused once the job is not FAILED anymore).
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { db, dbHandle } from "@/lib/db";
import { enqueueJob, runDueJobs, type JobHandlers } from "@/lib/jobs";
import { startWorker, type Worker } from "@/lib/jobs/worker";
import { listJobs } from "@/lib/jobs/list-jobs";
import { retryJobAction } from "@/lib/jobs/actions";
import { aTicket, timelineOf } from "../support/engine-fixtures";
import { actAs, userIdOf } from "../support/users";
import { newId } from "@/lib/db/ids";

const started: Worker[] = [];

beforeEach(async () => {
  await db.job.deleteMany();
});

afterEach(async () => {
  await Promise.all(started.splice(0).map((w) => w.stop()));
});

async function waitFor(condition: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`not done within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** A job on a fresh ticket that failed for real: its one attempt threw. */
async function aFailedJob() {
  const ticket = await aTicket();
  const { id } = await enqueueJob(db, { type: "flaky", payload: {}, ticketId: ticket.id, maxAttempts: 1 });
  const failing: JobHandlers = {
    flaky: {
      async execute() {
        throw new Error("connection refused");
      },
    },
  };
  await runDueJobs({ handle: dbHandle(), handlers: failing });
  const job = await db.job.findUniqueOrThrow({ where: { id: id! } });
  expect(job).toMatchObject({ state: "FAILED", attempts: 1, lastError: expect.stringContaining("connection refused") });
  return { jobId: job.id, ticketId: ticket.id };
}

async function admin() {
  const id = await userIdOf("SUPER_ADMIN");
  return db.user.findUniqueOrThrow({ where: { id }, select: { id: true, role: true, active: true } });
}

describe("listing jobs", () => {
  async function jobAt(minute: number, data: { state: "PENDING" | "FAILED" | "SUCCEEDED"; attempts: number }) {
    const createdAt = new Date(Date.UTC(2026, 0, 1, 0, minute));
    return db.job.create({
      data: { id: newId(), type: `t${minute}`, payload: {}, createdAt, ...data },
      select: { id: true },
    });
  }

  it("shows failed and retrying jobs by default, newest first, and filters by state", async () => {
    const failed = await jobAt(1, { state: "FAILED", attempts: 5 });
    const retrying = await jobAt(2, { state: "PENDING", attempts: 2 });
    const waiting = await jobAt(3, { state: "PENDING", attempts: 0 });
    await jobAt(4, { state: "SUCCEEDED", attempts: 1 });
    const actor = await admin();
    const ids = async (state?: "failed" | "retrying" | "pending") =>
      (await listJobs(actor, state ? { state } : {})).jobs.map((j) => j.id);
    expect(await ids()).toEqual([retrying.id, failed.id]);
    expect(await ids("failed")).toEqual([failed.id]);
    expect(await ids("retrying")).toEqual([retrying.id]);
    expect(await ids("pending")).toEqual([waiting.id, retrying.id]);
  });

  it("pages with a keyset cursor, without gaps or repeats, ties on createdAt broken by id", async () => {
    const made = [];
    for (let i = 0; i < 5; i++) made.push((await jobAt(i < 3 ? 10 : 11 + i, { state: "FAILED", attempts: 1 })).id);
    const actor = await admin();
    const seen: string[] = [];
    let cursor: string | undefined;
    for (let page = 0; page < 5; page++) {
      const result = await listJobs(actor, { state: "failed", limit: 2, cursor });
      seen.push(...result.jobs.map((j) => j.id));
      if (!result.nextCursor) break;
      cursor = result.nextCursor;
    }
    expect(seen).toHaveLength(5);
    expect(new Set(seen)).toEqual(new Set(made));
    const rows = await db.job.findMany({ orderBy: [{ createdAt: "desc" }, { id: "desc" }], select: { id: true } });
    expect(seen).toEqual(rows.map((r) => r.id));
  });

  it("gives the ticket's subject for its link, and refuses an agent", async () => {
    const { ticketId } = await aFailedJob();
    const [row] = (await listJobs(await admin())).jobs;
    expect(row).toMatchObject({ ticketId, ticketSubject: "Fixture ticket", attempts: 1, maxAttempts: 1 });
    const agent = { id: await userIdOf("AGENT"), role: "AGENT" as const, active: true };
    await expect(listJobs(agent)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("retrying a failed job", () => {
  it("as an admin: back to PENDING, run exactly once by the woken worker, noted on the ticket", async () => {
    const { jobId, ticketId } = await aFailedJob();
    let runs = 0;
    // A poll interval far beyond the test's wait: only the action's wake-up makes it run now.
    started.push(
      startWorker({
        handle: dbHandle(),
        pollIntervalMs: 600_000,
        handlers: {
          flaky: {
            async execute() {
              runs++;
            },
          },
        },
      }),
    );
    await actAs("ACCOUNT_ADMIN");
    const result = await retryJobAction({ jobId });
    expect(result).toEqual({ ok: true, data: { jobId, ticketId } });
    await waitFor(async () => (await db.job.findUniqueOrThrow({ where: { id: jobId } })).state === "SUCCEEDED", 10_000);
    expect(runs).toBe(1);
    expect(await db.job.findUniqueOrThrow({ where: { id: jobId } })).toMatchObject({ attempts: 1 });
    const retried = (await timelineOf(ticketId)).filter((e) => e.kind === "job_retried");
    expect(retried).toHaveLength(1);
    expect(retried[0]).toMatchObject({ jobId, actorUserId: await userIdOf("ACCOUNT_ADMIN") });
    expect(retried[0]!.summary).toMatch(/retried by /);

    const again = await retryJobAction({ jobId });
    expect(again).toMatchObject({ ok: false, error: { code: "CONFLICT", status: 409 } });
  });

  it("a double click retries once: the second is refused", async () => {
    const { jobId, ticketId } = await aFailedJob();
    await actAs("SUPER_ADMIN");
    const results = await Promise.all([retryJobAction({ jobId }), retryJobAction({ jobId })]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toMatchObject([{ error: { code: "CONFLICT" } }]);
    expect((await timelineOf(ticketId)).filter((e) => e.kind === "job_retried")).toHaveLength(1);
    expect(await db.job.findUniqueOrThrow({ where: { id: jobId } })).toMatchObject({ state: "PENDING", attempts: 0 });
  });

  it("as an agent: FORBIDDEN and nothing changes", async () => {
    const { jobId, ticketId } = await aFailedJob();
    const before = await db.job.findUniqueOrThrow({ where: { id: jobId } });
    const timelineBefore = await timelineOf(ticketId);
    await actAs("AGENT");
    expect(await retryJobAction({ jobId })).toMatchObject({ ok: false, error: { code: "FORBIDDEN", status: 403 } });
    expect(await db.job.findUniqueOrThrow({ where: { id: jobId } })).toEqual(before);
    expect(await timelineOf(ticketId)).toEqual(timelineBefore);
  });

  it("refuses a job that is not FAILED (pending, succeeded)", async () => {
    const ticket = await aTicket();
    const pending = await enqueueJob(db, {
      type: "later",
      payload: {},
      ticketId: ticket.id,
      runAt: new Date(Date.now() + 3_600_000),
    });
    await actAs("SUPER_ADMIN");
    expect(await retryJobAction({ jobId: pending.id! })).toMatchObject({ ok: false, error: { code: "CONFLICT" } });
    expect(await db.job.findUniqueOrThrow({ where: { id: pending.id! } })).toMatchObject({
      state: "PENDING",
      attempts: 0,
    });
    expect((await timelineOf(ticket.id)).filter((e) => e.kind === "job_retried")).toHaveLength(0);
  });
});
