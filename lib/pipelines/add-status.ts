import "server-only";
import { db } from "@/lib/db";
import { createStatusWorkflows } from "@/lib/automate/status-workflows";
import { assertUniqueName, lockPipeline, recordStructureChange, type StructureActor } from "./structure-tx";
import type { TAddStatus } from "./schemas";
import { newId } from "@/lib/db/ids";

/** Adds the status at the end of the pipeline, with its status-actions workflow. */
export function addStatus(actor: StructureActor, { pipelineId, label, state }: TAddStatus) {
  return db.$transaction(async (tx) => {
    const pipeline = await lockPipeline(tx, pipelineId);
    assertUniqueName(
      pipeline.statuses.map((s) => ({ id: s.id, name: s.label })),
      label,
      "label",
      "A status",
    );
    const displayOrder = Math.max(-1, ...pipeline.statuses.map((s) => s.displayOrder)) + 1;
    const status = await tx.pipelineStatus.create({
      data: { id: newId(), pipelineId, label, state, displayOrder },
      select: { id: true, label: true, state: true, displayOrder: true },
    });
    await createStatusWorkflows(tx, pipeline, [status]);
    await recordStructureChange(tx, actor, pipelineId, { type: "pipeline_status", id: status.id }, [
      { field: "created", before: null, after: { label, state } },
    ]);
    return status;
  });
}
