// A person's own change does not queue behind a backlog (issue 16 item 2: the latency bench's
// status change waited behind thousands of event jobs and never got its email): the workflow a
// person's (or their API key's) change starts is claimed before every other due job, and a worker
// whose slots are all busy still starts it, in the lane kept for such jobs, on the lane's handle.
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Cause } from "@/lib/automation";
import { db, dbHandle } from "@/lib/db";
import { claimJobs, enqueueJob, PERSON_WAITING, wakeWorkers, type JobHandlers } from "@/lib/jobs";
import { generalSlotsElsewhere, setGeneralSlotsElsewhere } from "@/lib/jobs/general-slots-elsewhere";
import { startWorker, type Worker } from "@/lib/jobs/worker";
import { jobHandlers } from "@/lib/job-handlers";
import { newId } from "@/lib/db/ids";
import { changeTicket } from "@/lib/tickets/change-ticket";
import { aTicket, jobsOf, seededPipeline } from "../support/engine-fixtures";
import { userIdOf } from "../support/users";

let closed: string;
let userId: string;
beforeAll(async () => {
  closed = (await seededPipeline()).status("Closed");
  userId = await userIdOf("AGENT");
});

const started: Worker[] = [];
beforeEach(async () => {
  await db.job.deleteMany();
});
afterEach(async () => {
  await Promise.all(started.splice(0).map((w) => w.stop()));
});

async function closedBy(cause: Cause): Promise<string> {
  const ticket = await aTicket("New");
  await changeTicket(ticket.id, { kind: "status_change", toStatusId: closed, cause });
  const [job] = await jobsOf(ticket.id);
  return job!.id;
}

const backlog = (count: number) =>
  Promise.all(
    Array.from({ length: count }, (_, i) =>
      enqueueJob(db, { type: "noop", payload: { i }, runAt: new Date(Date.now() - 60_000 + i) }),
    ),
  );

describe("jobs a person waits on", () => {
  it("are claimed before an older backlog; an event's or a workflow's change queues behind it", async () => {
    await backlog(20);
    const byEvent = await closedBy({ kind: "event", eventId: "ev-person-waiting" });
    const byRule = await closedBy({ kind: "rule", ruleName: "wf", depth: 1 });
    const byUser = await closedBy({ kind: "user", userId });
    const byApiKey = await closedBy({ kind: "api", userId });
    const priorities = await db.job.findMany({ where: { id: { in: [byEvent, byRule, byUser, byApiKey] } } });
    expect(Object.fromEntries(priorities.map((j) => [j.id, j.priority]))).toEqual({
      [byEvent]: 0,
      [byRule]: 0,
      [byUser]: PERSON_WAITING,
      [byApiKey]: PERSON_WAITING,
    });

    const first = await claimJobs(dbHandle().sql, { workerId: "w", limit: 2, leaseMs: 60_000 });
    expect(first.map((j) => j.id).sort()).toEqual([byUser, byApiKey].sort());
    // the rest in runAt order: the backlog first, then the event's and the workflow's changes
    const rest = await claimJobs(dbHandle().sql, { workerId: "w", limit: 100, leaseMs: 60_000 });
    expect(rest).toHaveLength(22);
    expect(rest.slice(0, 20).every((j) => j.type === "noop")).toBe(true);
    expect(rest.slice(20).map((j) => j.id)).toEqual([byEvent, byRule]);
  });

  it("start in a full worker's lane, on its handle, when it is woken for them; other jobs wait for a free slot", async () => {
    let release!: () => void;
    const blocked = new Promise<void>((resolve) => (release = resolve));
    const ran: string[] = [];
    const laneHandle = { ...dbHandle() }; // the same database, told apart by identity
    const handles: Record<string, unknown> = {};
    const handlers: JobHandlers = {
      block: { execute: () => blocked },
      record: {
        execute: async (job, ctx) => {
          const { name } = job.payload as { name: string };
          ran.push(name);
          handles[name] = ctx.handle;
        },
      },
    };
    await enqueueJob(db, { type: "block", payload: {} });
    // no poll during the test: only wake-ups start jobs
    const worker = startWorker({
      handle: dbHandle(),
      personWaitingHandle: laneHandle,
      handlers,
      concurrency: 1,
      pollIntervalMs: 600_000,
    });
    started.push(worker);
    await until(async () => worker.running === 1);

    await enqueueJob(db, { type: "record", payload: { name: "backlog" } });
    wakeWorkers();
    await enqueueJob(db, { type: "record", payload: { name: "person" }, priority: PERSON_WAITING });
    wakeWorkers({ personWaiting: true });
    await until(async () => ran.includes("person"));
    expect(ran).toEqual(["person"]); // the blocker still holds the only general slot
    expect(await db.job.count({ where: { type: "block", state: "RUNNING" } })).toBe(1);

    release();
    await until(async () => ran.includes("backlog"));
    expect(ran).toEqual(["person", "backlog"]);
    expect(handles.person).toBe(laneHandle);
    expect(handles.backlog).toBe(dbHandle());
  });
});

describe("the lane as work someone waits on (lib/http/foreground.ts)", () => {
  it("is counted from the lane's start until it has run the person's jobs", async () => {
    let release!: () => void;
    const blocked = new Promise<void>((resolve) => (release = resolve));
    const counted: string[] = [];
    const laneWorkNow = () => counted.filter((c) => c === "start").length - counted.filter((c) => c === "end").length;
    let during: number | undefined;
    const handlers: JobHandlers = {
      block: { execute: () => blocked },
      record: { execute: async () => void (during = laneWorkNow()) },
    };
    await enqueueJob(db, { type: "block", payload: {} });
    const worker = startWorker({
      handle: dbHandle(),
      handlers,
      concurrency: 1,
      pollIntervalMs: 600_000,
      laneWork: () => {
        counted.push("start");
        return () => counted.push("end");
      },
    });
    started.push(worker);
    await until(async () => worker.running === 1); // the blocker holds the only general slot

    await enqueueJob(db, { type: "record", payload: {}, priority: PERSON_WAITING });
    wakeWorkers({ personWaiting: true });
    await until(async () => counted.includes("end"));
    expect(during).toBe(1); // the person's job ran in the lane, counted
    expect(counted).toEqual(["start", "end"]);
    release();
  });
});

describe("the general slots on another thread (the production server's events thread)", () => {
  const recorder = (ran: string[]): JobHandlers => ({
    record: { execute: async (job) => void ran.push((job.payload as { name: string }).name) },
  });

  it("stand aside while another thread runs them: the lane still starts a person's job; handed back, they run the rest at once", async () => {
    const ran: string[] = [];
    setGeneralSlotsElsewhere(true);
    try {
      // As the server's main thread: no poll during the test, so only wake-ups start jobs.
      const worker = startWorker({
        handle: dbHandle(),
        handlers: recorder(ran),
        concurrency: 2,
        pollIntervalMs: 600_000,
        generalSlots: () => !generalSlotsElsewhere(),
      });
      started.push(worker);
      await enqueueJob(db, { type: "record", payload: { name: "backlog" } });
      wakeWorkers();
      await enqueueJob(db, { type: "record", payload: { name: "person" }, priority: PERSON_WAITING });
      wakeWorkers({ personWaiting: true });
      await until(async () => ran.includes("person"));
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(ran).toEqual(["person"]); // the backlog is the other thread's
      expect(await db.job.count({ where: { state: "PENDING" } })).toBe(1);
    } finally {
      setGeneralSlotsElsewhere(false); // the thread stopped: wakes this worker
    }
    await until(async () => ran.includes("backlog"));
    expect(ran).toEqual(["person", "backlog"]);
  });

  it("leaving the jobs a person waits on, a worker has no lane and its claims take only the others", async () => {
    const ran: string[] = [];
    const worker = startWorker({
      handle: dbHandle(),
      handlers: recorder(ran),
      concurrency: 2,
      pollIntervalMs: 600_000,
      leavePersonWaiting: true,
    });
    started.push(worker);
    await enqueueJob(db, { type: "record", payload: { name: "person" }, priority: PERSON_WAITING });
    await enqueueJob(db, { type: "record", payload: { name: "backlog" }, runAt: new Date(Date.now() - 60_000) });
    wakeWorkers({ personWaiting: true });
    await until(async () => ran.includes("backlog"));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(ran).toEqual(["backlog"]);
    expect(await db.job.findFirst({ where: { priority: PERSON_WAITING } })).toMatchObject({ state: "PENDING" });
  });
});

describe("a person's workflow chain", () => {
  const stepJobs = (ticketId: string) =>
    db.job.findMany({
      where: { ticketId, type: "run_workflow_step" },
      orderBy: { createdAt: "asc" },
      select: { priority: true, runAt: true, state: true },
    });

  it("keeps the priority for the steps that follow at once; an event's chain never has it", async () => {
    // The seeded Closed chain: the contact's email, then the owner's note, no delay between.
    const byUser = await aTicket("New", { ownerId: userId });
    const byEvent = await aTicket("New", { ownerId: userId });
    await changeTicket(byUser.id, { kind: "status_change", toStatusId: closed, cause: { kind: "user", userId } });
    await changeTicket(byEvent.id, {
      kind: "status_change",
      toStatusId: closed,
      cause: { kind: "event", eventId: "ev-chain" },
    });
    const worker = startWorker({ handlers: jobHandlers, concurrency: 2, pollIntervalMs: 20 });
    started.push(worker);
    await until(async () =>
      [...(await stepJobs(byUser.id)), ...(await stepJobs(byEvent.id))].every((j) => j.state === "SUCCEEDED"),
    );
    expect((await stepJobs(byUser.id)).map((j) => j.priority)).toEqual([PERSON_WAITING, PERSON_WAITING]);
    expect((await stepJobs(byEvent.id)).map((j) => j.priority)).toEqual([0, 0]);
  });

  it("gives a step after a delay priority 0: it is scheduled work", async () => {
    const [workflow] = await db.workflow.findMany({ where: { statusId: closed }, select: { id: true } });
    await db.workflowAction.updateMany({ where: { workflowId: workflow!.id }, data: { position: { increment: 1 } } });
    await db.workflowAction.create({
      data: { id: newId(), workflowId: workflow!.id, position: 0, type: "DELAY", config: { minutes: 60 } },
    });
    const ticket = await aTicket("New", { ownerId: userId });
    await changeTicket(ticket.id, { kind: "status_change", toStatusId: closed, cause: { kind: "user", userId } });
    const worker = startWorker({ handlers: jobHandlers, concurrency: 2, pollIntervalMs: 20 });
    started.push(worker);
    await until(async () => (await stepJobs(ticket.id)).length === 2);
    const [delay, after] = await stepJobs(ticket.id);
    expect(delay).toMatchObject({ priority: PERSON_WAITING, state: "SUCCEEDED" });
    expect(after).toMatchObject({ priority: 0, state: "PENDING" });
    expect(after!.runAt.getTime()).toBeGreaterThan(Date.now() + 50 * 60_000);
  });
});

async function until(condition: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error("not done within 20 s");
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
