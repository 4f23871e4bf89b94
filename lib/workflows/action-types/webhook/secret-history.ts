// Webhook secrets created or rotated are History rows (SPEC §7) beside the workflow's own: in the
// pipeline's scope for a status chain (the Automate tab's drawer), the workflow's otherwise. The
// row says what happened, never the secret.
import "server-only";
import type { Tx } from "@/lib/db/tx";
import { pipelineScope, recordChanges, type ChangeActor } from "@/lib/history/record-change";
import type { TAction } from "@/lib/workflows/action-types/registry";
import type { EditedWorkflow } from "@/lib/workflows/editor/edited-workflow";
import { workflowEntityType } from "@/lib/workflows/editor/record-workflow-change";
import { assignWebhookSecrets, secretHistory, type SavedAction } from "./assign-secrets";

export async function recordSecretEvents(
  tx: Tx,
  actor: ChangeActor,
  workflow: EditedWorkflow,
  event: "Created" | "Rotated",
  count = 1,
): Promise<void> {
  for (let i = 0; i < count; i++)
    await recordChanges(tx, actor, {
      scope: workflow.pipelineId ? pipelineScope(workflow.pipelineId) : `workflow:${workflow.id}`,
      entityType: workflowEntityType(workflow),
      entityId: workflow.id,
      changes: [secretHistory(event)],
    });
}

/** A status chain's saved actions with their secrets (the Automate tab, an imported document);
 *  `created` are the new secrets, to show once. */
export async function assignChainSecrets(
  tx: Tx,
  actor: ChangeActor,
  chain: { id: string; pipelineId: string },
  saved: SavedAction[],
): Promise<{ actions: TAction[]; created: string[] }> {
  const assigned = await assignWebhookSecrets(tx, saved);
  const workflow = { id: chain.id, pipelineId: chain.pipelineId, kind: "STATUS_ACTIONS" } as const;
  await recordSecretEvents(tx, actor, workflow, "Created", assigned.created.length);
  return assigned;
}
