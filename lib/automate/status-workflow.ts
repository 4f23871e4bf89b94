// The STATUS_ACTIONS workflow of one status: found, or created on the first added action.
import "server-only";
import { AppError } from "@/lib/errors";
import type { ChainWorkflow } from "./status-action-chain";
import { claimWorkflowVersion } from "@/lib/workflows/workflow-version";
import type { Tx } from "@/lib/db/tx";
import { newId } from "@/lib/db/ids";

interface StatusRef {
  pipelineId: string;
  statusId: string;
  expectedVersion: number;
}

/**
 * The status's workflow with its version claimed for this change. A status without one gets it
 * now at version 0 (what the client read as "no workflow"), so two first adds race on the claim
 * and the loser is told to reload rather than failing on the unique index.
 */
export async function claimStatusWorkflow(
  tx: Tx,
  { pipelineId, statusId, expectedVersion }: StatusRef,
): Promise<ChainWorkflow & { version: number }> {
  const status = await tx.pipelineStatus.findFirst({
    where: { id: statusId, pipelineId },
    select: { label: true, pipeline: { select: { name: true } } },
  });
  if (!status) throw new AppError("NOT_FOUND", "This status no longer exists — reload to see the latest.");
  const key = { pipelineId, statusId, kind: "STATUS_ACTIONS" } as const;
  await tx.workflow.createMany({
    data: [
      {
        id: newId(),
        ...key,
        name: `${status.pipeline.name}: ${status.label}`,
        description: `Actions when a ticket reaches "${status.label}"`,
        trigger: "STATUS_ENTERED",
        version: 0,
      },
    ],
    skipDuplicates: true,
  });
  const workflow = await tx.workflow.findUniqueOrThrow({
    where: { pipelineId_statusId_kind: key },
    select: { id: true },
  });
  const version = await claimWorkflowVersion(tx, workflow.id, expectedVersion);
  return { id: workflow.id, pipelineId, version };
}
