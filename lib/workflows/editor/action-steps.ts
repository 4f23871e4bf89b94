// A workflow's action tree in reading order: each action, and after an if/then branch each of
// its paths' actions, named by the path ("Urgent", "None met", "Urgent › None met" when nested).
// The revision view and the History rows read a tree this way.
import type { StoredActionRow as StoredAction } from "@/lib/workflows/action-types/stored-action";
import { NONE_MET_BRANCH_KEY } from "../run/action-tree";

export interface ActionStep<A extends StoredAction> {
  action: A;
  /** The branch path it sits in; null at the top level. */
  path: string | null;
}

const branchPaths = (branch: StoredAction): { key: string; label: string }[] => [
  ...((branch.config as { branches?: { key: string; label: string }[] }).branches ?? []),
  { key: NONE_MET_BRANCH_KEY, label: "None met" },
];

function chainSteps<A extends StoredAction>(
  actions: A[],
  parentId: string | null,
  branchKey: string | null,
  path: string | null,
): ActionStep<A>[] {
  return actions
    .filter((a) => a.parentActionId === parentId && (parentId === null || a.branchKey === branchKey))
    .sort((a, b) => a.position - b.position)
    .flatMap((action) => [
      { action, path },
      ...(action.type === "BRANCH"
        ? branchPaths(action).flatMap((p) =>
            chainSteps(actions, action.id, p.key, path ? `${path} › ${p.label}` : p.label),
          )
        : []),
    ]);
}

export const actionSteps = <A extends StoredAction>(actions: A[]): ActionStep<A>[] =>
  chainSteps(actions, null, null, null);
