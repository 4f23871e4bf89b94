// Open/closed only says where a ticket is; tickets already in the status keep their close dates.
import "server-only";
import { db } from "@/lib/db";
import { assertKeepsOpenStatus } from "./open-status-rule";
import { lockStatus, recordStructureChange, type StructureActor } from "./structure-tx";
import type { TSetStatusState } from "./schemas";

export function setStatusState(actor: StructureActor, { statusId, state }: TSetStatusState) {
  return db.$transaction(async (tx) => {
    const { pipeline, status } = await lockStatus(tx, statusId);
    if (status.state === state) return { id: statusId, state };
    assertKeepsOpenStatus(pipeline.statuses.map((s) => (s.id === statusId ? { state } : s)));
    await tx.pipelineStatus.update({ where: { id: statusId }, data: { state } });
    await recordStructureChange(tx, actor, pipeline.id, { type: "pipeline_status", id: statusId }, [
      { field: "state", before: status.state, after: state },
    ]);
    return { id: statusId, state };
  });
}
