// Fixtures for the workflow-editor tests: a custom workflow on a seeded status built
// through the editor's own server actions, its stored tree, and its revisions.
import { db } from "@/lib/db";
import type { TAction } from "@/lib/workflows/action-types/registry";
import { createWorkflowAction } from "@/lib/automate/create-workflow-action";
import { addWorkflowActionAction } from "@/lib/automate/workflow-editor-actions";
import { expectOk } from "../support/status-actions";

/** A seeded status by label (labels are unique across the two seeded pipelines). One custom workflow per status. */
export async function seededStatus(label: string) {
  return db.pipelineStatus.findFirstOrThrow({ where: { label }, select: { id: true, pipelineId: true } });
}

export async function newWorkflow(statusLabel = "Investigating", name = `Editor test ${crypto.randomUUID()}`) {
  const status = await seededStatus(statusLabel);
  const { workflowId } = expectOk(
    await createWorkflowAction({ name, pipelineId: status.pipelineId, statusId: status.id }),
  );
  return { workflowId, ...status };
}

export const versionOf = async (workflowId: string) =>
  (await db.workflow.findUniqueOrThrow({ where: { id: workflowId } })).version;

/** The editor's answer to adding `action` first in the top level (ok or refused). */
export async function addFirst(workflowId: string, action: TAction) {
  const expectedVersion = await versionOf(workflowId);
  return addWorkflowActionAction({
    workflowId,
    expectedVersion,
    index: 0,
    parentActionId: null,
    branchKey: null,
    action,
  });
}

/** Adds `action` through the editor at `index` of a slot (top level by default). */
export async function add(
  workflowId: string,
  action: TAction,
  index = 999,
  slot = { parentActionId: null as string | null, branchKey: null as string | null },
) {
  const expectedVersion = await versionOf(workflowId);
  return expectOk(await addWorkflowActionAction({ workflowId, expectedVersion, index, ...slot, action })).actionId;
}

/** The stored tree: each slot's action types/summaries in order. */
export async function slotOf(
  workflowId: string,
  parentActionId: string | null = null,
  branchKey: string | null = null,
) {
  const rows = await db.workflowAction.findMany({
    where: { workflowId, parentActionId, ...(parentActionId ? { branchKey } : {}) },
    orderBy: { position: "asc" },
    select: { id: true, type: true, config: true, position: true },
  });
  return rows;
}

export const revisionsOf = (workflowId: string) =>
  db.workflowRevision.findMany({ where: { workflowId }, orderBy: { version: "asc" } });

export const task = (title: string): TAction => ({ type: "create_task", title, notes: "", assignTo: "owner" });
export const titleOf = (a: { config: unknown }) => (a.config as { title?: string }).title;

export const refundBranch: TAction = {
  type: "branch",
  branches: [
    { key: "urgent", label: "Urgent", conditions: [{ property: "priority", operator: "is", value: "urgent" }] },
  ],
};
