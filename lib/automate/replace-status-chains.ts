// Import of the document's statusActions (SPEC §5, §7): each status whose chain differs gets the
// document's chain, through the same steps as an edit on the lanes (plan check, workflow version
// claimed, History row). Chains that are already equal are left alone, comments and all.
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { actionFeature, ZAction, type TAction } from "@/lib/workflows/action-types/registry";
import type { ChangeActor } from "@/lib/history/record-change";
import { assertPlanAllows } from "@/lib/account/plan";
import { requirePlan } from "@/lib/account/current-plan";
import { readChain, recordChainChange } from "@/lib/automate/status-action-chain";
import { claimStatusWorkflow } from "@/lib/automate/status-workflow";
import { fromStoredAction, toStoredAction } from "@/lib/workflows/action-types/stored-action";
import { canonicalJson } from "@/lib/utils/canonical-json";
import type { TAutomationDocument } from "./automation-document-schema";
import type { Tx } from "@/lib/db/tx";
import { assignChainSecrets } from "@/lib/workflows/action-types/webhook/secret-history";
import { newId } from "@/lib/db/ids";

/** Returns how many chains changed. A status the document leaves out ends with no actions. */
export async function replaceStatusChains(tx: Tx, actor: ChangeActor, doc: TAutomationDocument): Promise<number> {
  const statuses = await tx.pipelineStatus.findMany({
    where: { pipelineId: doc.pipelineId },
    orderBy: { displayOrder: "asc" },
    select: { id: true },
  });
  let changed = 0;
  for (const { id: statusId } of statuses) {
    if (await replaceChain(tx, actor, doc.pipelineId, statusId, doc.statusActions[statusId] ?? [])) changed += 1;
  }
  return changed;
}

async function replaceChain(
  tx: Tx,
  actor: ChangeActor,
  pipelineId: string,
  statusId: string,
  actions: TAction[],
): Promise<boolean> {
  const existing = await tx.workflow.findUnique({
    where: { pipelineId_statusId_kind: { pipelineId, statusId, kind: "STATUS_ACTIONS" } },
    select: { id: true, version: true },
  });
  const before = existing ? await readChain(tx, existing.id) : [];
  if (
    sameChain(
      before.map((a) => fromStoredAction(a.type, a.config)),
      actions,
    )
  )
    return false;

  const tier = await requirePlan("statusActions", tx);
  for (const action of actions) assertPlanAllows(tier, actionFeature(action.type));
  const workflow = await claimStatusWorkflow(tx, { pipelineId, statusId, expectedVersion: existing?.version ?? 0 });
  await tx.workflowAction.deleteMany({ where: { workflowId: workflow.id } });
  // A webhook keeps its secret when the document names it (an export read back); one from
  // elsewhere gets a new one, which its admin sees by rotating it in the editor.
  const secrets = await assignChainSecrets(
    tx,
    actor,
    workflow,
    actions.map((action) => ({ actionId: null, action })),
  );
  await tx.workflowAction.createMany({
    data: secrets.actions.map((action, position) => {
      const stored = toStoredAction(action);
      return {
        id: newId(),
        workflowId: workflow.id,
        position,
        type: stored.type,
        config: stored.config as Prisma.InputJsonValue,
      };
    }),
  });
  await recordChainChange(tx, actor, workflow, before);
  return true;
}

/** Equal after defaults are filled in, whatever the key order. */
function sameChain(stored: TAction[], incoming: TAction[]): boolean {
  const normal = (chain: TAction[]) => canonicalJson(chain.map((a) => ZAction.safeParse(a).data ?? a));
  return normal(stored) === normal(incoming);
}
