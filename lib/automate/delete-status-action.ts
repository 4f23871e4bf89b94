// SPEC §5: the delete icon's two choices, "Delete only this action" and "Delete this action and
// all following actions". Positions stay contiguous; all of it is one transaction.
import "server-only";
import { db } from "@/lib/db";
import type { ChangeActor } from "@/lib/history/record-change";
import { assertPlanAllowsStatusAction } from "./status-action-plan";
import { findStatusAction, readChain, recordChainChange, renumberChain } from "./status-action-chain";
import { claimWorkflowVersion } from "@/lib/workflows/workflow-version";
import type { TDeleteStatusAction } from "./status-action-schemas";
import { writeRevision } from "@/lib/workflows/editor/change";
import { readSnapshot } from "@/lib/workflows/editor/snapshot";

export async function deleteStatusAction(input: TDeleteStatusAction, actor: ChangeActor) {
  return db.$transaction(async (tx) => {
    // Removing an action the plan no longer includes stays possible; editing it does not.
    await assertPlanAllowsStatusAction(tx, null);
    const target = await findStatusAction(tx, input.actionId);
    const version = await claimWorkflowVersion(tx, target.workflow.id, input.expectedVersion);
    const before = await readChain(tx, target.workflow.id);
    // The revisions before and after, as the workflow editor writes them: Undo restores from the first.
    await writeRevision(
      tx,
      target.workflow.id,
      input.expectedVersion,
      null,
      await readSnapshot(tx, target.workflow.id),
    );
    const from = before.findIndex((a) => a.id === target.id);
    const doomed = input.mode === "only" ? [target.id] : before.slice(from).map((a) => a.id);
    // A branch's own actions go with it (parentActionId cascades).
    await tx.workflowAction.deleteMany({ where: { id: { in: doomed } } });
    await renumberChain(tx, target.workflow.id);
    await recordChainChange(tx, actor, target.workflow, before);
    await writeRevision(tx, target.workflow.id, version, actor.id);
    return { deletedIds: doomed, workflowId: target.workflow.id, version };
  });
}
