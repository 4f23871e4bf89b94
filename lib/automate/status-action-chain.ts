// The shared steps of every change to a status's action chain (SPEC §5): claim the workflow's
// version (optimistic concurrency), keep positions contiguous, and record before → after.
import "server-only";
import { AppError } from "@/lib/errors";
import { pipelineScope, recordChanges, type ChangeActor } from "@/lib/history/record-change";
import { fromStoredAction } from "@/lib/workflows/action-types/stored-action";
import type { TAction } from "@/lib/workflows/action-types/registry";
import type { Tx } from "@/lib/db/tx";

export interface ChainWorkflow {
  id: string;
  pipelineId: string;
}

/** The top-level bubbles of a chain, in order. */
export async function readChain(tx: Tx, workflowId: string) {
  return tx.workflowAction.findMany({
    where: { workflowId, parentActionId: null },
    orderBy: [{ position: "asc" }, { createdAt: "asc" }],
    select: { id: true, type: true, config: true, position: true },
  });
}
export type ChainAction = Awaited<ReturnType<typeof readChain>>[number];

/** Positions 0…n-1 in chain order, in one statement. */
export async function renumberChain(tx: Tx, workflowId: string): Promise<void> {
  await tx.$executeRaw`
    UPDATE "WorkflowAction" AS a SET "position" = r.rn - 1
    FROM (
      SELECT id, row_number() OVER (ORDER BY "position", "createdAt", id) AS rn
      FROM "WorkflowAction" WHERE "workflowId" = ${workflowId} AND "parentActionId" IS NULL
    ) AS r
    WHERE a.id = r.id AND a."position" <> r.rn - 1`;
}

const asDocument = (chain: ChainAction[]): TAction[] => chain.map((a) => fromStoredAction(a.type, a.config));

/** History (SPEC §7): the chain as it was and as it is now, in the automation document's shape. */
export async function recordChainChange(tx: Tx, actor: ChangeActor, workflow: ChainWorkflow, before: ChainAction[]) {
  const after = await readChain(tx, workflow.id);
  await recordChanges(tx, actor, {
    scope: pipelineScope(workflow.pipelineId),
    entityType: "status_actions",
    entityId: workflow.id,
    changes: [{ field: "actions", before: asDocument(before), after: asDocument(after) }],
  });
  return after;
}

/** A bubble of some status's chain, with its workflow; NOT_FOUND for anything else. */
export async function findStatusAction(tx: Tx, actionId: string) {
  const action = await tx.workflowAction.findUnique({
    where: { id: actionId },
    select: {
      id: true,
      type: true,
      config: true,
      position: true,
      parentActionId: true,
      workflow: { select: { id: true, kind: true, pipelineId: true } },
    },
  });
  const { workflow } = action ?? {};
  if (!action || action.parentActionId !== null || workflow?.kind !== "STATUS_ACTIONS" || !workflow.pipelineId) {
    throw new AppError("NOT_FOUND", "This action no longer exists — reload to see the latest.");
  }
  return { ...action, workflow: { id: workflow.id, pipelineId: workflow.pipelineId } };
}
