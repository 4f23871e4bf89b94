// Optimistic concurrency for every workflow change (the editor's and the Automate tab's status
// chains): a change names the version the client read and moves it on, or is refused.
import "server-only";
import { staleVersionError } from "@/lib/errors";
import type { Tx } from "@/lib/db/tx";

/** Bumps the workflow's version if it is still the one the client read; otherwise CONFLICT. */
export async function claimWorkflowVersion(tx: Tx, workflowId: string, expectedVersion: number): Promise<number> {
  const { count } = await tx.workflow.updateMany({
    where: { id: workflowId, version: expectedVersion },
    data: { version: { increment: 1 } },
  });
  if (count === 0) throw staleVersionError();
  return expectedVersion + 1;
}
