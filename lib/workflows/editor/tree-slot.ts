// Where bubbles sit in a workflow's action tree: the top-level chain, or one path of a branch
// (parentActionId = the branch, branchKey = one of its branches' keys or "none met").
import "server-only";
import { AppError } from "@/lib/errors";
import { NONE_MET_BRANCH_KEY } from "../run/action-tree";
import type { Tx } from "@/lib/db/tx";

export interface Slot {
  parentActionId: string | null;
  branchKey: string | null;
}

export const branchKeysOf = (config: unknown): string[] => [
  ...((config as { branches?: { key: string }[] }).branches ?? []).map((b) => b.key),
  NONE_MET_BRANCH_KEY,
];

const gone = () => new AppError("NOT_FOUND", "This action no longer exists — reload to see the latest.");

export async function findActionIn(tx: Tx, workflowId: string, actionId: string) {
  const action = await tx.workflowAction.findFirst({
    where: { id: actionId, workflowId },
    select: { id: true, type: true, config: true, position: true, parentActionId: true, branchKey: true },
  });
  if (!action) throw gone();
  return action;
}

/** A slot of this workflow: top level, or an existing path of one of its branches. */
export async function assertSlot(tx: Tx, workflowId: string, slot: Slot): Promise<Slot> {
  if (slot.parentActionId === null) return { parentActionId: null, branchKey: null };
  const parent = await findActionIn(tx, workflowId, slot.parentActionId);
  if (parent.type !== "BRANCH" || !slot.branchKey || !branchKeysOf(parent.config).includes(slot.branchKey)) {
    throw new AppError("BAD_REQUEST", "That branch path no longer exists — reload to see the latest.", [
      { path: ["branchKey"], message: "Unknown branch" },
    ]);
  }
  return { parentActionId: slot.parentActionId, branchKey: slot.branchKey };
}

/** The slot's actions in order. */
export function readSlot(tx: Tx, workflowId: string, { parentActionId, branchKey }: Slot) {
  return tx.workflowAction.findMany({
    where: { workflowId, parentActionId, ...(parentActionId === null ? {} : { branchKey }) },
    orderBy: [{ position: "asc" }, { createdAt: "asc" }],
    select: { id: true, position: true },
  });
}

/** Positions 0…n-1 in the slot, in the order given. */
export async function writeOrder(tx: Tx, ids: string[]) {
  for (const [position, id] of ids.entries()) await tx.workflowAction.update({ where: { id }, data: { position } });
}
