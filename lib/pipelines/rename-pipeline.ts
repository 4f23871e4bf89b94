import "server-only";
import { db } from "@/lib/db";
import { renamePipelineWorkflows } from "@/lib/automate/status-workflows";
import { assertUniqueName, lockPipeline, recordStructureChange, type StructureActor } from "./structure-tx";
import type { TRenamePipeline } from "./schemas";

export function renamePipeline(actor: StructureActor, { pipelineId, name }: TRenamePipeline) {
  return db.$transaction(async (tx) => {
    const pipeline = await lockPipeline(tx, pipelineId);
    assertUniqueName(
      await tx.pipeline.findMany({ select: { id: true, name: true } }),
      name,
      "name",
      "A pipeline",
      pipelineId,
    );
    if (pipeline.name === name) return { id: pipelineId, name };
    await tx.pipeline.update({ where: { id: pipelineId }, data: { name } });
    await renamePipelineWorkflows(tx, pipelineId, pipeline.name, name);
    await recordStructureChange(tx, actor, pipelineId, { type: "pipeline", id: pipelineId }, [
      { field: "name", before: pipeline.name, after: name },
    ]);
    return { id: pipelineId, name };
  });
}
