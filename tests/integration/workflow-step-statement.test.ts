// A step whose action writes nothing of its own commits in one statement (lib/workflows/run/
// run-workflow-step-job.ts): its rows are written only while the enrolment is still ACTIVE once
// locked and the attempt still holds the job, as the transaction they replace did — an enrolment
// ended while the action ran gets no entry and no next step (the job completes); an attempt whose
// lease was taken over writes nothing at all. Recipients read with the step are those read alone.
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db, dbHandle } from "@/lib/db";
import type { TAction } from "@/lib/workflows/action-types/registry";
import { actionHandlers } from "@/lib/workflows/action-types/handlers";
import { internalRecipients } from "@/lib/workflows/action-types/send-internal-email/recipients";
import { createRunWorkflowStepHandler, RUN_WORKFLOW_STEP, type ActionHandlers } from "@/lib/workflows/run";
import { loadStep } from "@/lib/workflows/run/load-step";
import { settled } from "@/lib/workflows/run/step-context";
import { aTicket } from "../support/engine-fixtures";
import { userIdOf } from "../support/users";
import {
  aWorkflow,
  clock,
  drain,
  enroll,
  enrollmentRow,
  resetClock,
  stepEntries,
  testHandlers,
  useCaptureMail,
} from "./workflow-run-fixtures";

let agentId: string;
beforeAll(async () => {
  useCaptureMail();
  agentId = await userIdOf("AGENT");
});
beforeEach(() => resetClock());

const notify: TAction = {
  type: "send_internal_email",
  to: { userIds: [], teamIds: [], owner: true },
  subject: "s",
  body: "b",
};
const task: TAction = { type: "create_task", title: "after", notes: "", assignTo: "owner" };

/** The step handlers with the notification replaced by `meanwhile` (what happens while it "sends"). */
function handlersWith(meanwhile: (jobId: string, enrollmentId: string) => Promise<void>) {
  const handlers: ActionHandlers = {
    ...actionHandlers,
    send_internal_email: async (_action, step) => {
      await meanwhile(step.job.id, step.job.payload.enrollmentId);
      return settled({ result: "sent", summary: "sent" });
    },
  };
  return { ...testHandlers, [RUN_WORKFLOW_STEP]: createRunWorkflowStepHandler({ now: () => clock.now, handlers }) };
}

async function aChain() {
  const ticket = await aTicket("New", { ownerId: agentId });
  const workflow = await aWorkflow([{ action: notify }, { action: task }]);
  const enrollmentId = await enroll(ticket.id, workflow.id);
  return { ticket, enrollmentId };
}

describe("a step's one write statement", () => {
  it("writes nothing but the job's completion when the enrolment ended while the action ran", async () => {
    const { ticket, enrollmentId } = await aChain();
    const unenroll = handlersWith(async (_job, id) => {
      await db.workflowEnrollment.update({ where: { id }, data: { state: "UNENROLLED" } });
    });
    const [ran] = await drain({ maxRounds: 1, handlers: unenroll });
    expect(ran?.result.outcome).toBe("succeeded");
    expect(await stepEntries(ticket.id)).toEqual([]);
    expect(await enrollmentRow(enrollmentId)).toMatchObject({ state: "UNENROLLED" });
    expect(await db.job.findMany({ where: { enrollmentId }, select: { state: true } })).toEqual([
      { state: "SUCCEEDED" },
    ]);
  });

  it("writes nothing when the attempt's lease was taken over", async () => {
    const { ticket, enrollmentId } = await aChain();
    const takenOver = handlersWith(async (jobId) => {
      await db.job.update({ where: { id: jobId }, data: { lockedBy: "another-worker" } });
    });
    const [ran] = await drain({ maxRounds: 1, handlers: takenOver });
    expect(ran?.result.outcome).toBe("lease_lost");
    expect(await stepEntries(ticket.id)).toEqual([]);
    expect(await enrollmentRow(enrollmentId)).toMatchObject({ state: "ACTIVE" });
    expect(await db.job.findMany({ where: { enrollmentId }, select: { state: true } })).toEqual([{ state: "RUNNING" }]);
  });

  it("reads an internal email's recipients with the step, the same people as read alone", async () => {
    const team = await db.team.findFirstOrThrow({ where: { members: { some: {} } }, select: { id: true } });
    const to = { userIds: [agentId], teamIds: [team.id], owner: true };
    const ticket = await aTicket("New", { ownerId: agentId });
    const workflow = await aWorkflow([{ action: { type: "send_internal_email", to, subject: "s", body: "b" } }]);
    const enrollmentId = await enroll(ticket.id, workflow.id);
    const state = await loadStep(dbHandle().sql, { enrollmentId, actionId: null, ticketId: ticket.id });
    expect(state?.reads?.actionId).toBe(workflow.actionIds[0]);
    expect(state?.reads?.recipients).toEqual(await internalRecipients(dbHandle().sql, to, agentId));
    expect(state?.reads?.recipients?.length).toBeGreaterThan(0);
    expect(state?.reads?.emailContext).toMatchObject({ address: expect.any(String) });
  });
});
