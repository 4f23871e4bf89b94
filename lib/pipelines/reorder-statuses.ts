// Drag or move up/down on the statuses tab. The client sends the order it read: if someone else
// changed the statuses meanwhile, the reorder is refused instead of undoing their change.
import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { lockPipeline, recordStructureChange, type StructureActor } from "./structure-tx";
import type { TReorderStatuses } from "./schemas";

const STALE_ORDER = "The statuses were changed by someone else — reload to see the latest, then reorder again.";

export function reorderStatuses(actor: StructureActor, { pipelineId, expectedOrder, order }: TReorderStatuses) {
  return db.$transaction(async (tx) => {
    const pipeline = await lockPipeline(tx, pipelineId);
    const current = pipeline.statuses.map((s) => s.id);
    if (current.join() !== expectedOrder.join()) throw new AppError("CONFLICT", STALE_ORDER);
    if (order.length !== current.length || !order.every((id) => current.includes(id))) {
      throw new AppError("BAD_REQUEST", "List each status of the pipeline once.", [
        { path: ["order"], message: "List each status of the pipeline once" },
      ]);
    }
    for (const [displayOrder, id] of order.entries()) {
      await tx.pipelineStatus.update({ where: { id }, data: { displayOrder } });
    }
    const labels = (ids: string[]) => ids.map((id) => pipeline.statuses.find((s) => s.id === id)!.label);
    await recordStructureChange(tx, actor, pipelineId, { type: "pipeline", id: pipelineId }, [
      { field: "statusOrder", before: labels(current), after: labels(order) },
    ]);
    return { pipelineId, order };
  });
}
