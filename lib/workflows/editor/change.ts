// The frame of every workflow-editor change (issue 6): one transaction that checks the plan
// (SPEC §6: the editor needs Professional), claims the version the client read, makes the
// change, writes a WorkflowRevision of the result (who, when) and the History rows of what
// changed (SPEC §7: the Automate tab's History drawer lists them).
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { requirePlan } from "@/lib/account/current-plan";
import type { ChangeActor, FieldChange } from "@/lib/history/record-change";
import { claimWorkflowVersion } from "@/lib/workflows/workflow-version";
import { recordWorkflowChange } from "./record-workflow-change";
import type { EditedWorkflow } from "./edited-workflow";
import { readSnapshot, type WorkflowSnapshot } from "./snapshot";
import type { Tx } from "@/lib/db/tx";
import { newId } from "@/lib/db/ids";

async function findWorkflow(tx: Tx, workflowId: string): Promise<EditedWorkflow> {
  const workflow = await tx.workflow.findUnique({
    where: { id: workflowId },
    select: { id: true, kind: true, pipelineId: true },
  });
  if (!workflow) throw new AppError("NOT_FOUND", "This workflow no longer exists.");
  return workflow;
}

/** Writes the revision `version` of the workflow as it is now (once per version). */
export async function writeRevision(
  tx: Tx,
  workflowId: string,
  version: number,
  authorId: string | null,
  snapshot?: WorkflowSnapshot,
) {
  snapshot ??= await readSnapshot(tx, workflowId);
  await tx.workflowRevision.createMany({
    data: [{ id: newId(), workflowId, version, authorId, snapshot: snapshot as unknown as Prisma.InputJsonObject }],
    skipDuplicates: true,
  });
}

/** What a change returns; `history` adds rows beyond the settings and actions diff (e.g. a restore). */
type ChangeResult = object & { history?: FieldChange[] };

export async function changeWorkflow<T extends ChangeResult>(
  input: { workflowId: string; expectedVersion: number },
  actor: ChangeActor,
  change: (tx: Tx, workflow: EditedWorkflow) => Promise<T>,
): Promise<Omit<T, "history"> & { version: number }> {
  return db.$transaction(async (tx) => {
    await requirePlan("workflowEditor", tx);
    const workflow = await findWorkflow(tx, input.workflowId);
    const version = await claimWorkflowVersion(tx, workflow.id, input.expectedVersion);
    const before = await readSnapshot(tx, workflow.id);
    // The state before this change, if no revision holds it yet (e.g. edited on the Automate tab).
    await writeRevision(tx, workflow.id, input.expectedVersion, null, before);
    const { history, ...result } = await change(tx, workflow);
    const after = await readSnapshot(tx, workflow.id);
    await writeRevision(tx, workflow.id, version, actor.id, after);
    await recordWorkflowChange(tx, actor, workflow, before, after, history);
    return { ...result, version };
  });
}
