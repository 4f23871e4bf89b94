// "Create workflow" on /workflows: a custom workflow enrolling tickets that reach a status,
// off until its actions are ready; its first revision is written with it.
import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { requirePlan } from "@/lib/account/current-plan";
import type { ChangeActor } from "@/lib/history/record-change";
import { writeRevision } from "./change";
import type { TCreateWorkflow } from "./schemas";
import { newId } from "@/lib/db/ids";

export async function createWorkflow(input: TCreateWorkflow, actor: ChangeActor) {
  return db.$transaction(async (tx) => {
    await requirePlan("workflowEditor", tx);
    const status = await tx.pipelineStatus.findFirst({
      where: { id: input.statusId, pipelineId: input.pipelineId },
      select: { id: true },
    });
    if (!status)
      throw new AppError("BAD_REQUEST", "Choose a status of the pipeline", [
        { path: ["statusId"], message: "Choose a status of the pipeline" },
      ]);
    const taken = await tx.workflow.findFirst({
      where: { statusId: input.statusId, kind: "CUSTOM" },
      select: { name: true },
    });
    if (taken)
      throw new AppError(
        "CONFLICT",
        `"${taken.name}" already enrolls tickets reaching this status: add its actions there.`,
        [{ path: ["statusId"], message: "This status already has a custom workflow" }],
      );
    const workflow = await tx.workflow.create({
      data: {
        id: newId(),
        name: input.name,
        kind: "CUSTOM",
        trigger: "STATUS_ENTERED",
        pipelineId: input.pipelineId,
        statusId: input.statusId,
        enabled: false,
      },
      select: { id: true, version: true },
    });
    await writeRevision(tx, workflow.id, workflow.version, actor.id);
    return { workflowId: workflow.id };
  });
}
