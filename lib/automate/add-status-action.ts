// SPEC §5: "+" on a status lane adds an action to that status's chain.
import "server-only";
import { db } from "@/lib/db";
import type { ChangeActor } from "@/lib/history/record-change";
import { assertActionRefsExist } from "@/lib/workflows/action-types/references";
import { assertPlanAllowsStatusAction } from "./status-action-plan";
import { readChain, recordChainChange, renumberChain } from "./status-action-chain";
import { claimStatusWorkflow } from "./status-workflow";
import { toStoredAction } from "@/lib/workflows/action-types/stored-action";
import type { TAddStatusAction } from "./status-action-schemas";
import { assertWebhookTargetsAllowed } from "@/lib/workflows/action-types/webhook/target-check";
import { withoutSecretId } from "@/lib/workflows/action-types/webhook/assign-secrets";
import { assignChainSecrets } from "@/lib/workflows/action-types/webhook/secret-history";
import { newId } from "@/lib/db/ids";

/** `webhookSecret`: a new webhook's signing secret, for the admin to see once. */
export async function addStatusAction(input: TAddStatusAction, actor: ChangeActor) {
  await assertWebhookTargetsAllowed([{ action: input.action, path: ["action"] }]);
  return db.$transaction(async (tx) => {
    await assertPlanAllowsStatusAction(tx, input.action.type);
    await assertActionRefsExist(tx, input.action);
    const workflow = await claimStatusWorkflow(tx, input);
    const before = await readChain(tx, workflow.id);
    const index = Math.min(input.index ?? before.length, before.length);
    await tx.workflowAction.updateMany({
      where: { workflowId: workflow.id, parentActionId: null, position: { gte: index } },
      data: { position: { increment: 1 } },
    });
    const secrets = await assignChainSecrets(tx, actor, workflow, [
      { actionId: null, action: withoutSecretId(input.action) },
    ]);
    const created = await tx.workflowAction.create({
      data: { id: newId(), workflowId: workflow.id, position: index, ...toStoredAction(secrets.actions[0]!) },
      select: { id: true },
    });
    await renumberChain(tx, workflow.id);
    await recordChainChange(tx, actor, workflow, before);
    return {
      actionId: created.id,
      workflowId: workflow.id,
      version: workflow.version,
      webhookSecret: secrets.created[0],
    };
  });
}
