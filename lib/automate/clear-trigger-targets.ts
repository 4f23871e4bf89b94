// SPEC §4 triggers move tickets to a chosen status. When that status is deleted the trigger has
// nowhere to go, so it is turned off and its target cleared (in the deleting transaction), and
// the Automate tab shows it unchecked until an admin picks a new status.
import "server-only";
import type { FieldChange } from "@/lib/history/record-change";
import { pipelineScope, recordChanges, type ChangeActor } from "@/lib/history/record-change";
import { readAutomationRow, toColumns } from "./automation-settings";
import { EMAIL_TRIGGERS } from "./schemas";
import { setTriggerEnabled } from "./trigger-workflow";
import type { Tx } from "@/lib/db/tx";

/** Returns the triggers that were cleared, e.g. ["customerReplyTrigger"]. */
export async function clearTriggerTargets(
  tx: Tx,
  actor: ChangeActor,
  pipelineId: string,
  statusId: string,
): Promise<string[]> {
  const { version, settings } = await readAutomationRow(tx, pipelineId);
  if (version === 0) return [];
  const hit = EMAIL_TRIGGERS.filter((key) => settings[key].statusId === statusId);
  if (hit.length === 0) return [];
  const next = { ...settings, ...Object.fromEntries(hit.map((key) => [key, { enabled: false, statusId: null }])) };
  await tx.pipelineAutomation.update({
    where: { pipelineId },
    data: { ...toColumns(next), version: { increment: 1 } },
  });
  for (const key of hit) await setTriggerEnabled(tx, pipelineId, key, false);
  const changes: FieldChange[] = hit.flatMap((key) => [
    { field: `${key}.enabled`, before: settings[key].enabled, after: false },
    { field: `${key}.statusId`, before: statusId, after: null },
  ]);
  await recordChanges(tx, actor, {
    scope: pipelineScope(pipelineId),
    entityType: "pipeline_automation",
    entityId: pipelineId,
    changes,
  });
  return hit;
}
