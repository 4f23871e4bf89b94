// SPEC §5: clicking a bubble edits its settings in the side panel; this saves them.
import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { ChangeActor } from "@/lib/history/record-change";
import { assertActionRefsExist } from "@/lib/workflows/action-types/references";
import { assertPlanAllowsStatusAction } from "./status-action-plan";
import { findStatusAction, readChain, recordChainChange } from "./status-action-chain";
import { claimWorkflowVersion } from "@/lib/workflows/workflow-version";
import { toStoredAction } from "@/lib/workflows/action-types/stored-action";
import type { TUpdateStatusAction } from "./status-action-schemas";
import { assertWebhookTargetsAllowed } from "@/lib/workflows/action-types/webhook/target-check";
import { keepingSecretIdOf } from "@/lib/workflows/action-types/webhook/assign-secrets";
import { assignChainSecrets } from "@/lib/workflows/action-types/webhook/secret-history";

/** `webhookSecret`: set only when a webhook had no secret of its own yet and got one. */
export async function updateStatusAction(input: TUpdateStatusAction, actor: ChangeActor) {
  await assertWebhookTargetsAllowed([{ action: input.action, path: ["action"] }]);
  return db.$transaction(async (tx) => {
    const current = await findStatusAction(tx, input.actionId);
    const secrets = await assignChainSecrets(tx, actor, current.workflow, [
      { actionId: current.id, action: keepingSecretIdOf(current.config, input.action) },
    ]);
    const { type, config } = toStoredAction(secrets.actions[0]!);
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
    return { actionId: current.id, workflowId: current.workflow.id, version, webhookSecret: secrets.created[0] };
  });
}
