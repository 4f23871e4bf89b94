// Deleting a pipeline (SPEC §1): only when nothing uses it, or after moving its tickets (and the
// channels that create tickets in it) to a status of another pipeline, in one transaction.
// Its statuses, automation settings and workflows go with it. The last pipeline stays.
import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { moveTickets, statusUsage } from "./move-tickets";
import {
  lockConfigVersion,
  lockPipeline,
  recordStructureChange,
  refusingLateArrivals,
  type StructureActor,
} from "./structure-tx";
import type { TDeletePipeline } from "./schemas";
import type { Tx } from "@/lib/db/tx";

export const LAST_PIPELINE_MESSAGE = "This is the only pipeline. Create another one before deleting it.";

export function deletePipeline(actor: StructureActor, { pipelineId, moveToStatusId }: TDeletePipeline) {
  return refusingLateArrivals(
    () =>
      db.$transaction(async (tx) => {
        // All pipeline rows, in id order: two admins deleting the last two pipelines cannot both win.
        await lockConfigVersion(tx);
        const all = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Pipeline" ORDER BY id FOR UPDATE`;
        const pipeline = await lockPipeline(tx, pipelineId);
        if (all.length <= 1) throw new AppError("CONFLICT", LAST_PIPELINE_MESSAGE);
        const statusIds = pipeline.statuses.map((s) => s.id);
        const usage = await statusUsage(tx, statusIds);
        const channels = await tx.channel.count({ where: { pipelineId } });
        let moved = 0;
        if (usage.tickets + channels > 0) {
          const target = await requireTarget(tx, pipelineId, moveToStatusId, usage.tickets, channels);
          moved = await moveTickets(tx, {
            from: pipeline.statuses,
            to: {
              pipelineId: target.pipelineId,
              statusId: target.id,
              label: `${target.pipeline.name}: ${target.label}`,
            },
            removed: { what: "pipeline", name: pipeline.name },
            by: { userId: actor.id, name: actor.name },
          });
          await tx.channel.updateMany({
            where: { pipelineId },
            data: { pipelineId: target.pipelineId, statusId: target.id, version: { increment: 1 } },
          });
        }
        await tx.pipeline.delete({ where: { id: pipelineId } });
        await recordStructureChange(tx, actor, pipelineId, { type: "pipeline", id: pipelineId }, [
          {
            field: "deleted",
            before: { name: pipeline.name, statuses: pipeline.statuses.map((s) => s.label) },
            after: moved ? { movedTickets: moved } : null,
          },
        ]);
        return { id: pipelineId, movedTickets: moved, movedChannels: channels };
      }),
    "pipeline",
  );
}

async function requireTarget(
  tx: Tx,
  pipelineId: string,
  moveToStatusId: string | undefined,
  tickets: number,
  channels: number,
) {
  const target = moveToStatusId
    ? await tx.pipelineStatus.findUnique({
        where: { id: moveToStatusId },
        select: { id: true, label: true, pipelineId: true, pipeline: { select: { name: true } } },
      })
    : null;
  if (target && target.pipelineId !== pipelineId) return target;
  const message = moveToStatusId
    ? "Choose a status in another pipeline."
    : `Choose where this pipeline's ${tickets} ticket${tickets === 1 ? "" : "s"}${channels ? ` and ${channels} channel${channels === 1 ? "" : "s"}` : ""} should go.`;
  throw new AppError("BAD_REQUEST", message, [{ path: ["moveToStatusId"], message }]);
}
