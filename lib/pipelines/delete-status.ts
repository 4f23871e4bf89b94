// Deleting a status (SPEC §1 "asks where to move them"), all in one transaction: its tickets and
// the channels that create tickets in it move to another status of the same pipeline, email
// triggers aiming at it are turned off, its status-actions workflow goes, then the status.
import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { clearTriggerTargets } from "@/lib/automate/clear-trigger-targets";
import { moveTickets, statusUsage } from "./move-tickets";
import { assertKeepsOpenStatus } from "./open-status-rule";
import { countActionsNaming } from "@/lib/automate/status-workflows";
import {
  lockStatus,
  recordStructureChange,
  refusingLateArrivals,
  type LockedPipeline,
  type StructureActor,
} from "./structure-tx";
import type { TDeleteStatus } from "./schemas";

export function deleteStatus(actor: StructureActor, { statusId, moveToStatusId }: TDeleteStatus) {
  return refusingLateArrivals(
    () =>
      db.$transaction(async (tx) => {
        const { pipeline, status } = await lockStatus(tx, statusId);
        assertKeepsOpenStatus(pipeline.statuses.filter((s) => s.id !== statusId));
        const usedByActions = await countActionsNaming(tx, statusId, statusId);
        if (usedByActions > 0) {
          throw new AppError(
            "CONFLICT",
            `${usedByActions} automation action${usedByActions === 1 ? " sets" : "s set"} tickets to "${status.label}". Change ${usedByActions === 1 ? "it" : "them"} first.`,
          );
        }
        const usage = await statusUsage(tx, [statusId]);
        const target =
          usage.tickets + usage.channels > 0 ? requireTarget(pipeline, statusId, moveToStatusId, usage) : null;
        const moved = target
          ? await moveTickets(tx, {
              from: [status],
              to: { pipelineId: pipeline.id, statusId: target.id, label: target.label },
              removed: { what: "status", name: status.label },
              by: { userId: actor.id, name: actor.name },
            })
          : 0;
        if (target)
          await tx.channel.updateMany({
            where: { statusId },
            data: { statusId: target.id, version: { increment: 1 } },
          });
        const clearedTriggers = await clearTriggerTargets(tx, actor, pipeline.id, statusId);
        await tx.workflow.deleteMany({ where: { pipelineId: pipeline.id, statusId, kind: "STATUS_ACTIONS" } });
        await tx.pipelineStatus.delete({ where: { id: statusId } });
        await recordStructureChange(tx, actor, pipeline.id, { type: "pipeline_status", id: statusId }, [
          {
            field: "deleted",
            before: { label: status.label, state: status.state },
            after: target ? { movedTo: target.label, tickets: moved } : null,
          },
        ]);
        return { id: statusId, movedTickets: moved, movedChannels: usage.channels, clearedTriggers };
      }),
    "status",
  );
}

function requireTarget(
  pipeline: LockedPipeline,
  statusId: string,
  moveToStatusId: string | undefined,
  usage: { tickets: number; channels: number },
) {
  const target = pipeline.statuses.find((s) => s.id === moveToStatusId && s.id !== statusId);
  if (target) return target;
  const what = [
    usage.tickets && `${usage.tickets} ticket${usage.tickets === 1 ? "" : "s"}`,
    usage.channels && `${usage.channels} channel${usage.channels === 1 ? "" : "s"}`,
  ]
    .filter(Boolean)
    .join(" and ");
  const message = moveToStatusId
    ? "Choose another status of this pipeline."
    : `Choose where the ${what} using this status should go.`;
  throw new AppError("BAD_REQUEST", message, [{ path: ["moveToStatusId"], message }]);
}
