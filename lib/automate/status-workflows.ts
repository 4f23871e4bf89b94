// Every status has its "Trigger actions when a ticket reaches this status" workflow (SPEC §5),
// named "<Pipeline>: <Status>". Created with the status, renamed with it, removed with it.
import "server-only";
import type { Tx } from "@/lib/db/tx";
import { newId } from "@/lib/db/ids";

export const statusWorkflowName = (pipelineName: string, statusLabel: string) => `${pipelineName}: ${statusLabel}`;

export function createStatusWorkflows(
  tx: Tx,
  pipeline: { id: string; name: string },
  statuses: { id: string; label: string }[],
) {
  return tx.workflow.createMany({
    data: statuses.map((s) => ({
      id: newId(),
      name: statusWorkflowName(pipeline.name, s.label),
      description: `Actions when a ticket reaches "${s.label}"`,
      kind: "STATUS_ACTIONS" as const,
      trigger: "STATUS_ENTERED" as const,
      pipelineId: pipeline.id,
      statusId: s.id,
    })),
    skipDuplicates: true,
  });
}

export function renameStatusWorkflow(
  tx: Tx,
  pipeline: { id: string; name: string },
  status: { id: string; label: string },
) {
  return tx.workflow.updateMany({
    where: { pipelineId: pipeline.id, statusId: status.id, kind: "STATUS_ACTIONS" },
    data: {
      name: statusWorkflowName(pipeline.name, status.label),
      description: `Actions when a ticket reaches "${status.label}"`,
    },
  });
}

/** A renamed pipeline's workflows keep their "<Pipeline>: …" names in step. */
export function renamePipelineWorkflows(tx: Tx, pipelineId: string, oldName: string, newName: string) {
  return tx.$executeRaw`
    UPDATE "Workflow" SET "name" = ${newName} || substr("name", ${oldName.length + 1}), "updatedAt" = now()
    WHERE "pipelineId" = ${pipelineId} AND starts_with("name", ${`${oldName}: `})`;
}

/** Actions elsewhere that set tickets to this status (action configs are JSON; ids are unique cuids). */
export async function countActionsNaming(tx: Tx, id: string, exceptWorkflowOfStatus: string): Promise<number> {
  const rows = await tx.$queryRaw<{ uses: number }[]>`
    SELECT count(*)::int AS uses FROM "WorkflowAction" a JOIN "Workflow" w ON w.id = a."workflowId"
    WHERE position(${id} in a."config"::text) > 0
      AND NOT (w."kind" = 'STATUS_ACTIONS' AND w."statusId" IS NOT DISTINCT FROM ${exceptWorkflowOfStatus})`;
  return rows[0]?.uses ?? 0;
}
