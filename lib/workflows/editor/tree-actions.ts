// The workflow editor's action chain (issue 6 §3): add a bubble at a position of any path,
// edit one, delete "only this" or "this and all following". Deleting only a branch keeps the
// actions of the path the user chose in its place. Each is one transaction with a revision.
import "server-only";
import { AppError } from "@/lib/errors";
import type { ChangeActor } from "@/lib/history/record-change";
import { assertActionRefsExist } from "@/lib/workflows/action-types/references";
import { toStoredAction } from "@/lib/workflows/action-types/stored-action";
import { changeWorkflow } from "./change";
import type { EditedWorkflow } from "./edited-workflow";
import type { TAddWorkflowAction, TDeleteWorkflowAction, TUpdateWorkflowAction } from "./schemas";
import { assertSlot, branchKeysOf, findActionIn, readSlot, writeOrder } from "./tree-slot";
import { assertWebhookTargetsAllowed } from "@/lib/workflows/action-types/webhook/target-check";
import {
  assignWebhookSecrets,
  keepingSecretIdOf,
  secretHistory,
  withoutSecretId,
} from "@/lib/workflows/action-types/webhook/assign-secrets";
import { newId } from "@/lib/db/ids";

function assertChainEditable(workflow: EditedWorkflow) {
  if (workflow.kind === "EMAIL_SENT_TRIGGER" || workflow.kind === "CUSTOMER_REPLY_TRIGGER") {
    throw new AppError("BAD_REQUEST", "This workflow's action is the status chosen on the Automate tab.");
  }
}

/** A new webhook gets its own signing secret: `webhookSecret`, for the admin to see once. */
export async function addWorkflowAction(input: TAddWorkflowAction, actor: ChangeActor) {
  await assertWebhookTargetsAllowed([{ action: input.action, path: ["action"] }]);
  return changeWorkflow(input, actor, async (tx, workflow) => {
    assertChainEditable(workflow);
    await assertActionRefsExist(tx, input.action);
    const slot = await assertSlot(tx, workflow.id, input);
    const siblings = (await readSlot(tx, workflow.id, slot)).map((a) => a.id);
    const secrets = await assignWebhookSecrets(tx, [{ actionId: null, action: withoutSecretId(input.action) }]);
    const created = await tx.workflowAction.create({
      data: {
        id: newId(),
        workflowId: workflow.id,
        position: siblings.length,
        ...slot,
        ...toStoredAction(secrets.actions[0]!),
      },
      select: { id: true },
    });
    siblings.splice(Math.min(input.index, siblings.length), 0, created.id);
    await writeOrder(tx, siblings);
    return {
      actionId: created.id,
      webhookSecret: secrets.created[0],
      history: secrets.created.map(() => secretHistory("Created")),
    };
  });
}

export async function updateWorkflowAction(input: TUpdateWorkflowAction, actor: ChangeActor) {
  await assertWebhookTargetsAllowed([{ action: input.action, path: ["action"] }]);
  return changeWorkflow(input, actor, async (tx, workflow) => {
    assertChainEditable(workflow);
    const current = await findActionIn(tx, workflow.id, input.actionId);
    const secrets = await assignWebhookSecrets(tx, [
      { actionId: current.id, action: keepingSecretIdOf(current.config, input.action) },
    ]);
    const { type, config } = toStoredAction(secrets.actions[0]!);
    if (type !== current.type) {
      throw new AppError("BAD_REQUEST", "An action's type cannot change: delete it and add a new one.", [
        { path: ["action", "type"], message: "The type of an existing action cannot change" },
      ]);
    }
    await assertActionRefsExist(tx, input.action);
    await tx.workflowAction.update({ where: { id: current.id }, data: { config } });
    // A branch removed from an if/then takes its path's actions with it.
    if (type === "BRANCH") {
      await tx.workflowAction.deleteMany({
        where: { parentActionId: current.id, branchKey: { notIn: branchKeysOf(config) } },
      });
    }
    return {
      actionId: current.id,
      webhookSecret: secrets.created[0],
      history: secrets.created.map(() => secretHistory("Created")),
    };
  });
}

export function deleteWorkflowAction(input: TDeleteWorkflowAction, actor: ChangeActor) {
  return changeWorkflow(input, actor, async (tx, workflow) => {
    assertChainEditable(workflow);
    const target = await findActionIn(tx, workflow.id, input.actionId);
    const slot = {
      parentActionId: target.parentActionId,
      branchKey: target.parentActionId === null ? null : target.branchKey,
    };
    const siblings = (await readSlot(tx, workflow.id, slot)).map((a) => a.id);
    const at = siblings.indexOf(target.id);
    const doomed = input.mode === "only" ? [target.id] : siblings.slice(at);
    let kept: string[] = [];
    if (input.mode === "only" && target.type === "BRANCH" && input.keepBranchKey) {
      if (!branchKeysOf(target.config).includes(input.keepBranchKey)) {
        throw new AppError("BAD_REQUEST", "That branch no longer exists.", [
          { path: ["keepBranchKey"], message: "Unknown branch" },
        ]);
      }
      kept = (await readSlot(tx, workflow.id, { parentActionId: target.id, branchKey: input.keepBranchKey })).map(
        (a) => a.id,
      );
      // The kept path's actions move up into the branch's place, in their order.
      await tx.workflowAction.updateMany({ where: { id: { in: kept } }, data: { ...slot } });
    }
    await tx.workflowAction.deleteMany({ where: { id: { in: doomed } } });
    const remaining = siblings.filter((id) => !doomed.includes(id));
    remaining.splice(at, 0, ...kept);
    await writeOrder(tx, remaining);
    return { deletedIds: doomed, keptIds: kept };
  });
}
