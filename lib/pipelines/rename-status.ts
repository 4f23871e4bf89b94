import "server-only";
import { db } from "@/lib/db";
import { renameStatusWorkflow } from "@/lib/automate/status-workflows";
import { assertUniqueName, lockStatus, recordStructureChange, type StructureActor } from "./structure-tx";
import type { TRenameStatus } from "./schemas";

export function renameStatus(actor: StructureActor, { statusId, label }: TRenameStatus) {
  return db.$transaction(async (tx) => {
    const { pipeline, status } = await lockStatus(tx, statusId);
    assertUniqueName(
      pipeline.statuses.map((s) => ({ id: s.id, name: s.label })),
      label,
      "label",
      "A status",
      statusId,
    );
    if (status.label === label) return { id: statusId, label };
    await tx.pipelineStatus.update({ where: { id: statusId }, data: { label } });
    await renameStatusWorkflow(tx, pipeline, { id: statusId, label });
    await recordStructureChange(tx, actor, pipeline.id, { type: "pipeline_status", id: statusId }, [
      { field: "label", before: status.label, after: label },
    ]);
    return { id: statusId, label };
  });
}
