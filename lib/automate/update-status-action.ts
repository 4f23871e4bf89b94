// SPEC §5: clicking a bubble edits its settings in the side panel; this saves them.
import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { ChangeActor } from "@/lib/history/record-change";
import { assertActionRefsExist } from "@/lib/workflows/action-types/references";
import { assertPlanAllowsStatusAction } from "./status-action-plan";
import { claimWorkflowVersion, findStatusAction, readChain, recordChainChange } from "./status-action-chain";
import { toStoredAction } from "@/lib/workflows/action-types/stored-action";
import type { TUpdateStatusAction } from "./status-action-schemas";

export async function updateStatusAction(input: TUpdateStatusAction, actor: ChangeActor) {
  return db.$transaction(async (tx) => {
    const current = await findStatusAction(tx, input.actionId);
    const { type, config } = toStoredAction(input.action);
    if (type !== current.type) {
      // A branch's children belong to it; changing what a bubble is means delete and add.
      throw new AppError("BAD_REQUEST", "An action's type cannot change: delete it and add a new one.", [
        { path: ["action", "type"], message: "The type of an existing action cannot change" },
      ]);
    }
    await assertPlanAllowsStatusAction(tx, input.action.type);
    await assertActionRefsExist(tx, input.action);
    const version = await claimWorkflowVersion(tx, current.workflow.id, input.expectedVersion);
    const before = await readChain(tx, current.workflow.id);
    await tx.workflowAction.update({ where: { id: current.id }, data: { config } });
    await recordChainChange(tx, actor, current.workflow, before);
    return { actionId: current.id, workflowId: current.workflow.id, version };
  });
}
