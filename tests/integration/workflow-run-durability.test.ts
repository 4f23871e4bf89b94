// SPEC §7 exactly-once for action chains: a step re-run after a crash between its effect and
// its completion sends ONE email; a worker that dies mid-chain leaves a lease that expires, and
// a new worker completes the chain with nothing lost or doubled; two workers at once run each
// step once; a real in-process worker, woken by the status change, runs the whole chain.
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db, dbHandle } from "@/lib/db";
import { claimJobs, runDueJobs, type JobContext } from "@/lib/jobs";
import { startWorker, type Worker } from "@/lib/jobs/worker";
import { jobHandlers } from "@/lib/job-handlers";
import { logger } from "@/lib/logger";
import { changeTicket } from "@/lib/tickets/change-ticket";
import type { TAction } from "@/lib/workflows/action-types/registry";
import { RUN_WORKFLOW_STEP } from "@/lib/workflows/run";
import { aTicket, seededPipeline } from "../support/engine-fixtures";
import { userIdOf } from "../support/users";
import {
  advanceClock,
  aWorkflow,
  clock,
  crashingBeforeCompletion,
  drain,
  enroll,
  enrollmentRow,
  outboxOf,
  resetClock,
  stepEntries,
  TEST_RETRY,
  testHandlers,
  useCaptureMail,
} from "./workflow-run-fixtures";

let agentId: string;
beforeAll(async () => {
  useCaptureMail();
  agentId = await userIdOf("AGENT");
});
beforeEach(() => resetClock());

const chain: TAction[] = [
  { type: "send_email", template: "ticket_received" },
  { type: "create_task", title: "Call the customer", notes: "", assignTo: "owner" },
  {
    type: "send_internal_email",
    to: { userIds: [], teamIds: [], owner: true },
    subject: "New: {{ticket.subject}}",
    body: "b",
  },
  { type: "send_email", template: "ticket_closed" },
];

async function chainOn(ticketOverrides = {}) {
  const ticket = await aTicket("New", { ownerId: agentId, ...ticketOverrides });
  const workflow = await aWorkflow(chain.map((action) => ({ action })));
  const enrollmentId = await enroll(ticket.id, workflow.id);
  return { ticket, workflow, enrollmentId };
}

async function expectChainDoneOnce(ticketId: string, enrollmentId: string) {
  expect((await outboxOf(ticketId)).map((m) => m.subject.split(":")[0])).toEqual([
    "We received your request",
    "New",
    "Your request has been resolved",
  ]);
  expect(await db.task.count({ where: { ticketId } })).toBe(1);
  expect((await stepEntries(ticketId)).map((e) => e.kind)).toEqual([
    "action_sent",
    "action_done",
    "action_sent",
    "action_sent",
    "workflow_completed",
  ]);
  expect(await enrollmentRow(enrollmentId)).toMatchObject({ state: "COMPLETED" });
  expect(await db.job.count({ where: { enrollmentId, state: { not: "SUCCEEDED" } } })).toBe(0);
  expect(await db.job.count({ where: { enrollmentId } })).toBe(chain.length);
}

describe("a step re-run after a crash", () => {
  it("sends one email and writes one timeline entry and one next step", async () => {
    const { ticket, enrollmentId } = await chainOn();
    const [first] = await runDueJobs({
      handle: dbHandle(),
      handlers: { [RUN_WORKFLOW_STEP]: crashingBeforeCompletion() },
      now: clock.now,
      retry: TEST_RETRY,
      random: () => 1,
    });
    expect(first?.result.outcome).toBe("retry");
    expect(await outboxOf(ticket.id)).toHaveLength(1); // the email went out before the crash
    expect(await stepEntries(ticket.id)).toEqual([]); // …but nothing of the step committed
    advanceClock(1_000);
    await drain();
    await expectChainDoneOnce(ticket.id, enrollmentId);
  });
});

describe("a worker dying mid-chain", () => {
  it("leaves its step to a new worker once its lease expires: the chain completes, nothing doubled", async () => {
    const { ticket, enrollmentId } = await chainOn();
    await drain({ maxRounds: 1 }); // the first step (email) ran
    // worker A claims the second step and dies while running it
    const [claimed] = await claimJobs(dbHandle().sql, {
      workerId: "worker-a",
      limit: 1,
      leaseMs: 30_000,
      now: clock.now,
    });
    expect(claimed?.payload).toMatchObject({ enrollmentId });
    const deadCtx = {
      db: dbHandle().prisma,
      handle: dbHandle(),
      workerId: "worker-a",
      logger,
      signal: new AbortController().signal,
      complete: async () => {
        throw new Error("killed");
      },
      completeWith: async () => {
        throw new Error("killed");
      },
    } satisfies JobContext;
    await testHandlers[RUN_WORKFLOW_STEP]!.execute({ ...claimed!, payload: claimed!.payload }, deadCtx).catch(
      () => undefined,
    );
    expect(await db.task.count({ where: { ticketId: ticket.id } })).toBe(0);

    expect(await drain()).toEqual([]); // the lease still holds: nobody else takes the step
    advanceClock(30_001);
    await drain(); // a new worker takes the expired step over and finishes the chain
    await expectChainDoneOnce(ticket.id, enrollmentId);
  });
});

describe("two workers at once", () => {
  it("run every step of 10 chains exactly once", async () => {
    const chains = [];
    for (let i = 0; i < 10; i++) chains.push(await chainOn());
    const worker = (id: string) =>
      runDueJobs({ handle: dbHandle(), handlers: testHandlers, now: clock.now, workerId: id, limit: 3 });
    for (let round = 0; round < 30; round++) {
      const [a, b] = await Promise.all([worker("w1"), worker("w2")]);
      if (a.length + b.length === 0) break;
    }
    for (const { ticket, enrollmentId } of chains) await expectChainDoneOnce(ticket.id, enrollmentId);
  });
});

describe("the in-process worker", () => {
  let worker: Worker | undefined;
  afterEach(async () => worker?.stop());

  it("is woken by the status change and runs the seeded Closed chain to the end", async () => {
    const support = await seededPipeline();
    worker = startWorker({ handle: dbHandle(), handlers: jobHandlers, pollIntervalMs: 60_000 });
    const ticket = await aTicket("New", { ownerId: agentId });
    await changeTicket(ticket.id, {
      kind: "status_change",
      toStatusId: support.status("Closed"),
      cause: { kind: "user", userId: agentId },
    });
    const deadline = Date.now() + 20_000;
    while ((await db.workflowEnrollment.count({ where: { ticketId: ticket.id, state: "COMPLETED" } })) === 0) {
      if (Date.now() > deadline) throw new Error("the chain did not complete");
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect((await outboxOf(ticket.id)).map((m) => m.toEmail).sort()).toEqual(
      ["agent@example.com", ticket.contactEmail].sort(),
    );
  });
});
