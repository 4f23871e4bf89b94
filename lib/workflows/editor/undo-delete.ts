// Undo of a bubble or branch deletion (issue 15 item 4): puts back exactly the actions the
// deletion removed — the same ids, settings, paths and order, and the kept path of a deleted
// branch back inside it — from the revision written just before the deletion. Only while the
// workflow is still at the version the deletion returned: anything changed since is refused.
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { requirePlan } from "@/lib/account/current-plan";
import type { ChangeActor } from "@/lib/history/record-change";
import { claimWorkflowVersion } from "@/lib/workflows/workflow-version";
import { writeRevision } from "./change";
import { recordWorkflowChange } from "./record-workflow-change";
import { parentsFirst, readSnapshot, storedSnapshot } from "./snapshot";
import type { TUndoDelete } from "./schemas";

/** `statusChainsOnly`: the Automate tab's undo reaches only its own status chains. */
export function undoActionDelete(input: TUndoDelete, actor: ChangeActor, statusChainsOnly = false) {
  return db.$transaction(async (tx) => {
    const workflow = await tx.workflow.findUnique({
      where: { id: input.workflowId },
      select: { id: true, kind: true, pipelineId: true },
    });
    if (!workflow || (statusChainsOnly && workflow.kind !== "STATUS_ACTIONS")) {
      throw new AppError("NOT_FOUND", "This workflow no longer exists.");
    }
    await requirePlan(workflow.kind === "STATUS_ACTIONS" ? "statusActions" : "workflowEditor", tx);
    const version = await claimWorkflowVersion(tx, workflow.id, input.expectedVersion);
    const revision = await tx.workflowRevision.findUnique({
      where: { workflowId_version: { workflowId: workflow.id, version: input.expectedVersion - 1 } },
      select: { snapshot: true },
    });
    if (!revision) throw new AppError("NOT_FOUND", "There is nothing to undo.");
    const wanted = storedSnapshot(revision.snapshot).actions;
    const before = await readSnapshot(tx, workflow.id);
    const wantedIds = new Set(wanted.map((a) => a.id));
    const currentIds = new Set(before.actions.map((a) => a.id));
    // Parents first, so a restored branch comes before its paths' actions: restoredIds[0] is what
    // the editor focuses after the Undo.
    const restored = parentsFirst(wanted).filter((a) => !currentIds.has(a.id));
    if (restored.length === 0 || before.actions.some((a) => !wantedIds.has(a.id))) {
      throw new AppError("CONFLICT", "Only the last deletion can be undone; Revisions lists every earlier state.");
    }
    for (const { id, type, parentActionId, branchKey, position, config } of parentsFirst(wanted)) {
      const data = { type, parentActionId, branchKey, position, config: config as Prisma.InputJsonValue };
      await tx.workflowAction.upsert({ where: { id }, update: data, create: { id, workflowId: workflow.id, ...data } });
    }
    const after = await readSnapshot(tx, workflow.id);
    await writeRevision(tx, workflow.id, version, actor.id, after);
    await recordWorkflowChange(tx, actor, workflow, before, after);
    return { version, restoredIds: restored.map((a) => a.id) };
  });
}
