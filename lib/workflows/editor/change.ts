// The frame of every workflow-editor change (issue 6): one transaction that checks the plan
// (SPEC §6: the editor needs Professional), claims the version the client read, makes the
// change and writes a WorkflowRevision of the result (who, when).
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { requirePlan } from "@/lib/account/current-plan";
import type { ChangeActor } from "@/lib/history/record-change";
import { claimWorkflowVersion } from "../status-action-chain";
import { readSnapshot } from "./snapshot";

export type Tx = Prisma.TransactionClient;

export interface EditedWorkflow {
  id: string;
  kind: "STATUS_ACTIONS" | "EMAIL_SENT_TRIGGER" | "CUSTOMER_REPLY_TRIGGER" | "CUSTOM";
  pipelineId: string | null;
}

async function findWorkflow(tx: Tx, workflowId: string): Promise<EditedWorkflow> {
  const workflow = await tx.workflow.findUnique({ where: { id: workflowId }, select: { id: true, kind: true, pipelineId: true } });
  if (!workflow) throw new AppError("NOT_FOUND", "This workflow no longer exists.");
  return workflow;
}

/** Writes the revision `version` of the workflow as it is now (once per version). */
export async function writeRevision(tx: Tx, workflowId: string, version: number, authorId: string | null) {
  const snapshot = await readSnapshot(tx, workflowId);
  await tx.workflowRevision.createMany({
    data: [{ workflowId, version, authorId, snapshot: snapshot as unknown as Prisma.InputJsonObject }],
    skipDuplicates: true,
  });
}

export async function changeWorkflow<T>(
  input: { workflowId: string; expectedVersion: number },
  actor: ChangeActor,
  change: (tx: Tx, workflow: EditedWorkflow) => Promise<T>,
): Promise<T & { version: number }> {
  return db.$transaction(async (tx) => {
    await requirePlan("workflowEditor", tx);
    const workflow = await findWorkflow(tx, input.workflowId);
    const version = await claimWorkflowVersion(tx, workflow.id, input.expectedVersion);
    // The state before this change, if no revision holds it yet (e.g. edited on the Automate tab).
    await writeRevision(tx, workflow.id, input.expectedVersion, null);
    const result = await change(tx, workflow);
    await writeRevision(tx, workflow.id, version, actor.id);
    return { ...result, version };
  });
}
