// SPEC §5 workflow actions that steer the chain: a delay is the next step job's runAt (it does
// not run before, it runs after; no timer in memory), and an if/then branch runs the first
// matching branch's actions, or the "none met" path, then continues after the branch.
import { formatZonedTitle } from "@/lib/utils/zoned-time";
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { TAction } from "@/lib/workflows/action-types/registry";
import { NONE_MET_BRANCH_KEY } from "@/lib/workflows/run";
import { aTicket } from "../support/engine-fixtures";
import {
  aWorkflow,
  clock,
  drain,
  enroll,
  enrollmentRow,
  resetClock,
  stepEntries,
  useCaptureMail,
} from "./workflow-run-fixtures";

const task = (title: string): TAction => ({ type: "create_task", title, notes: "", assignTo: "owner" });
const tasksOf = async (ticketId: string) =>
  (await db.task.findMany({ where: { ticketId }, orderBy: { createdAt: "asc" } })).map((t) => t.title);
const MINUTE = 60_000;

beforeEach(() => {
  useCaptureMail();
  resetClock();
});

describe("delay", () => {
  it("queues the next action at now + duration: not run before, run after", async () => {
    const ticket = await aTicket("New");
    const workflow = await aWorkflow([
      { action: task("before") },
      { action: { type: "delay", minutes: 60 } },
      { action: task("after") },
    ]);
    const enrollmentId = await enroll(ticket.id, workflow.id);
    await drain();
    expect(await tasksOf(ticket.id)).toEqual(["before"]);
    const waiting = await db.job.findFirstOrThrow({ where: { enrollmentId, state: "PENDING" } });
    const delayed = (await stepEntries(ticket.id)).at(-1)!; // written at the delay step's "now"
    expect(delayed).toMatchObject({
      kind: "action_done",
      // In the delay's zone (the account's here), the zone named (issue 15 item 3).
      summary: expect.stringContaining(
        `Waiting until ${formatZonedTitle(waiting.runAt, "Europe/Berlin")} before the next action.`,
      ),
    });
    expect(waiting.runAt.getTime() - delayed.createdAt.getTime()).toBe(60 * MINUTE);
    expect(await enrollmentRow(enrollmentId)).toMatchObject({
      state: "ACTIVE",
      currentActionId: workflow.actionIds[2],
      nextRunAt: waiting.runAt,
    });

    clock.now = new Date(waiting.runAt.getTime() - MINUTE);
    expect(await drain({ maxRounds: 1 })).toEqual([]);
    expect(await tasksOf(ticket.id)).toEqual(["before"]);

    clock.now = waiting.runAt;
    await drain();
    expect(await tasksOf(ticket.id)).toEqual(["before", "after"]);
    expect(await enrollmentRow(enrollmentId)).toMatchObject({ state: "COMPLETED" });
  });

  it("waits until a weekday and time in the workflow's time zone", async () => {
    clock.now = new Date("2030-01-02T12:00:00Z"); // a Wednesday
    const ticket = await aTicket("New");
    const workflow = await aWorkflow(
      [{ action: { type: "delay", untilWeekday: 5, atTime: "09:30" } }, { action: task("friday") }],
      { timeZone: "America/New_York" },
    );
    const enrollmentId = await enroll(ticket.id, workflow.id);
    await drain();
    const waiting = await db.job.findFirstOrThrow({ where: { enrollmentId, state: "PENDING" } });
    expect(waiting.runAt.toISOString()).toBe("2030-01-04T14:30:00.000Z");
    clock.now = new Date("2030-01-04T14:29:00Z");
    await drain();
    expect(await tasksOf(ticket.id)).toEqual([]);
    clock.now = new Date("2030-01-04T14:30:00Z");
    await drain();
    expect(await tasksOf(ticket.id)).toEqual(["friday"]);
  });

  it("goes straight on when waiting until an instant already past", async () => {
    const ticket = await aTicket("New");
    const workflow = await aWorkflow([
      { action: { type: "delay", until: "2001-01-01T00:00:00Z" } },
      { action: task("now") },
    ]);
    await enroll(ticket.id, workflow.id);
    await drain();
    expect(await tasksOf(ticket.id)).toEqual(["now"]);
  });
});

describe("branch", () => {
  const branchWorkflow = () =>
    aWorkflow([
      {
        action: {
          type: "branch",
          branches: [
            { key: "urgent", label: "Urgent", conditions: [{ property: "priority", operator: "is", value: "urgent" }] },
            {
              key: "refund",
              label: "Refund",
              conditions: [{ property: "subject", operator: "contains", value: "refund" }],
            },
          ],
        },
        paths: {
          urgent: [{ action: task("page on-call") }, { action: task("call customer") }],
          refund: [{ action: task("check payment") }],
          [NONE_MET_BRANCH_KEY]: [{ action: task("triage") }],
        },
      },
      { action: task("after the branch") },
    ]);

  it("runs the first matching branch's actions, in order, then what follows the branch", async () => {
    const ticket = await aTicket("New", { priority: "URGENT", subject: "Refund please" });
    await enroll(ticket.id, (await branchWorkflow()).id);
    await drain();
    expect(await tasksOf(ticket.id)).toEqual(["page on-call", "call customer", "after the branch"]);
    expect((await stepEntries(ticket.id))[0]).toMatchObject({
      kind: "action_done",
      summary: 'Branch: took "Urgent".',
      detail: { branchKey: "urgent" },
    });
  });

  it("takes a later branch when the first does not match", async () => {
    const ticket = await aTicket("New", { priority: "LOW", subject: "REFUND for order 7" });
    await enroll(ticket.id, (await branchWorkflow()).id);
    await drain();
    expect(await tasksOf(ticket.id)).toEqual(["check payment", "after the branch"]);
  });

  it("takes the none-met path when no branch matches", async () => {
    const ticket = await aTicket("New", { priority: "LOW", subject: "Question" });
    await enroll(ticket.id, (await branchWorkflow()).id);
    await drain();
    expect(await tasksOf(ticket.id)).toEqual(["triage", "after the branch"]);
    expect((await stepEntries(ticket.id))[0]).toMatchObject({
      summary: 'Branch: took "None met".',
      detail: { branchKey: NONE_MET_BRANCH_KEY },
    });
  });

  it("continues after the branch when the chosen path is empty", async () => {
    const ticket = await aTicket("New", { priority: "LOW", subject: "Question" });
    const workflow = await aWorkflow([
      {
        action: {
          type: "branch",
          branches: [
            { key: "high", label: "High", conditions: [{ property: "priority", operator: "is", value: "high" }] },
          ],
        },
        paths: { high: [{ action: task("escalate") }] },
      },
      { action: task("after") },
    ]);
    await enroll(ticket.id, workflow.id);
    await drain();
    expect(await tasksOf(ticket.id)).toEqual(["after"]);
  });
});
