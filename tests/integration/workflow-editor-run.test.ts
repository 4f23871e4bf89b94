// Issue 6 "done when": a workflow built in the editor (delay, then an if/then branch) runs the
// right branch after the delay when a ticket enters its status (a clock the test advances, no
// sleeps), each step on the timeline; a restored earlier revision runs as it did.
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { changeTicket } from "@/lib/tickets/change-ticket";
import {
  restoreRevisionAction,
  updateWorkflowActionAction,
  updateWorkflowSettingsAction,
} from "@/lib/automate/workflow-editor-actions";
import { NONE_MET_BRANCH_KEY } from "@/lib/workflows/run";
import { actAs, userIdOf } from "../support/users";
import { expectOk } from "../support/status-actions";
import { aTicket } from "../support/engine-fixtures";
import { advanceClock, drain, resetClock, stepEntries, useCaptureMail } from "./workflow-run-fixtures";
import { add, newWorkflow, refundBranch, revisionsOf, task, versionOf } from "./workflow-editor-fixtures";

const MINUTE = 60_000;
const tasksOf = async (ticketId: string) =>
  (await db.task.findMany({ where: { ticketId }, orderBy: { createdAt: "asc" } })).map((t) => t.title);

beforeEach(() => {
  useCaptureMail();
  resetClock();
});

async function buildInEditor() {
  await actAs("SUPER_ADMIN");
  const workflow = await newWorkflow("Investigating");
  await add(workflow.workflowId, { type: "delay", minutes: 60 });
  const branchId = await add(workflow.workflowId, refundBranch);
  const pageId = await add(workflow.workflowId, task("page on-call"), 0, {
    parentActionId: branchId,
    branchKey: "urgent",
  });
  await add(workflow.workflowId, task("triage"), 0, { parentActionId: branchId, branchKey: NONE_MET_BRANCH_KEY });
  const w = await db.workflow.findUniqueOrThrow({ where: { id: workflow.workflowId } });
  expectOk(
    await updateWorkflowSettingsAction({
      workflowId: w.id,
      expectedVersion: w.version,
      name: w.name,
      description: "",
      enabled: true,
      timeZone: "",
      unenrollOnLeave: false,
      reenrollment: true,
      trigger: "STATUS_ENTERED",
      statusId: w.statusId,
      enrollmentFilterGroups: w.enrollmentFilterGroups as never,
    }),
  );
  return { ...workflow, pageId };
}

async function enterInvestigating(priority: "URGENT" | "LOW", statusId: string) {
  const ticket = await aTicket("Received", { priority }, "Billing & Refunds");
  await changeTicket(ticket.id, {
    kind: "status_change",
    toStatusId: statusId,
    cause: { kind: "user", userId: await userIdOf("AGENT") },
  });
  resetClock();
  return ticket;
}

/** Runs the ticket through the delay: nothing before the hour, the branch's path after it. */
async function runThroughDelay(ticketId: string) {
  await drain();
  expect(await tasksOf(ticketId)).toEqual([]);
  advanceClock(59 * MINUTE);
  await drain();
  expect(await tasksOf(ticketId)).toEqual([]);
  advanceClock(MINUTE + 1_000);
  await drain();
  return tasksOf(ticketId);
}

describe("a workflow built in the editor", () => {
  it("runs the matching branch after the delay, each step on the timeline, and a restored revision runs as it did", async () => {
    const { workflowId, id: statusId, pageId } = await buildInEditor();
    const urgent = await enterInvestigating("URGENT", statusId);
    expect(await runThroughDelay(urgent.id)).toEqual(["page on-call"]);
    const entries = await stepEntries(urgent.id);
    expect(entries.map((e) => e.kind)).toEqual(["action_done", "action_done", "action_done", "workflow_completed"]);
    const low = await enterInvestigating("LOW", statusId);
    expect(await runThroughDelay(low.id)).toEqual(["triage"]);

    const good = (await revisionsOf(workflowId)).at(-1)!;
    expectOk(
      await updateWorkflowActionAction({
        workflowId,
        expectedVersion: await versionOf(workflowId),
        actionId: pageId,
        action: task("email the manager"),
      }),
    );
    const edited = await enterInvestigating("URGENT", statusId);
    expect(await runThroughDelay(edited.id)).toEqual(["email the manager"]);

    expectOk(
      await restoreRevisionAction({ workflowId, expectedVersion: await versionOf(workflowId), revisionId: good.id }),
    );
    const restored = await enterInvestigating("URGENT", statusId);
    expect(await runThroughDelay(restored.id)).toEqual(["page on-call"]);
    expect((await revisionsOf(workflowId)).at(-1)!.snapshot).toEqual(good.snapshot);
  });
});
