// SPEC §4 triggers move tickets to a chosen status. When that status is deleted the trigger has
// nowhere to go, so it is turned off and its target cleared (in the deleting transaction), and
// the Automate tab shows it unchecked until an admin picks a new status.
import "server-only";
import type { WorkflowKind } from "@/generated/prisma/enums";
import type { FieldChange } from "@/lib/history/record-change";
import { pipelineScope, recordChanges, type ChangeActor } from "@/lib/history/record-change";
import type { Tx } from "@/lib/db/tx";

const TRIGGERS = [
  {
    key: "emailSentTrigger",
    enabled: "emailSentTriggerEnabled",
    statusId: "emailSentTriggerStatusId",
    kind: "EMAIL_SENT_TRIGGER",
  },
  {
    key: "customerReplyTrigger",
    enabled: "customerReplyTriggerEnabled",
    statusId: "customerReplyTriggerStatusId",
    kind: "CUSTOMER_REPLY_TRIGGER",
  },
] as const satisfies readonly { key: string; enabled: string; statusId: string; kind: WorkflowKind }[];

/** Returns the triggers that were cleared, e.g. ["customerReplyTrigger"]. */
export async function clearTriggerTargets(
  tx: Tx,
  actor: ChangeActor,
  pipelineId: string,
  statusId: string,
): Promise<string[]> {
  const row = await tx.pipelineAutomation.findUnique({ where: { pipelineId } });
  if (!row) return [];
  const hit = TRIGGERS.filter((t) => row[t.statusId] === statusId);
  if (hit.length === 0) return [];
  const data = Object.fromEntries(
    hit.flatMap((t) => [
      [t.enabled, false],
      [t.statusId, null],
    ]),
  );
  await tx.pipelineAutomation.update({ where: { pipelineId }, data: { ...data, version: { increment: 1 } } });
  await tx.workflow.updateMany({
    where: { pipelineId, kind: { in: hit.map((t) => t.kind) } },
    data: { enabled: false },
  });
  const changes: FieldChange[] = hit.flatMap((t) => [
    { field: `${t.key}.enabled`, before: row[t.enabled], after: false },
    { field: `${t.key}.statusId`, before: statusId, after: null },
  ]);
  await recordChanges(tx, actor, {
    scope: pipelineScope(pipelineId),
    entityType: "pipeline_automation",
    entityId: pipelineId,
    changes,
  });
  return hit.map((t) => t.key);
}
