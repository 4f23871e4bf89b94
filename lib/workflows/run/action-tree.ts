// A workflow's actions as a tree (SPEC §5): a top-level chain, and under each if/then branch
// one chain per branch key plus the "none met" path. Walking it is pure: which action runs
// first, which follows an action, and where a branch's chosen path starts. Free of server
// imports: the workflow editor's client components use NONE_MET_BRANCH_KEY from here.
import type { TAction } from "@/lib/workflows/action-types/registry";

/** The branch key of the actions that run when no branch's conditions are met. */
export const NONE_MET_BRANCH_KEY = "none_met";

export interface ActionNode {
  id: string;
  parentActionId: string | null;
  branchKey: string | null;
  position: number;
  action: TAction;
}

export interface ActionTree {
  byId: ReadonlyMap<string, ActionNode>;
  /** Siblings in run order, keyed by `chainKey(parentActionId, branchKey)`. */
  chains: ReadonlyMap<string, readonly ActionNode[]>;
}

/** Top-level actions form one chain whatever their branchKey says. */
function chainKey(parentActionId: string | null, branchKey: string | null): string {
  return parentActionId === null ? "" : `${parentActionId}\u0000${branchKey ?? ""}`;
}

/** `nodes` in any order; ties on position keep the order given (creation order). */
export function buildActionTree(nodes: readonly ActionNode[]): ActionTree {
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const chains = new Map<string, ActionNode[]>();
  for (const node of nodes) {
    const key = chainKey(node.parentActionId, node.branchKey);
    chains.set(key, [...(chains.get(key) ?? []), node]);
  }
  for (const chain of chains.values()) chain.sort((a, b) => a.position - b.position);
  return { byId, chains };
}

/** The action an enrolment starts with, or null for an empty workflow. */
export function firstAction(tree: ActionTree): ActionNode | null {
  return tree.chains.get(chainKey(null, null))?.[0] ?? null;
}

/** The first action of one branch path, or null when that path is empty. */
export function firstInBranch(tree: ActionTree, branchActionId: string, branchKey: string): ActionNode | null {
  return tree.chains.get(chainKey(branchActionId, branchKey))?.[0] ?? null;
}

/**
 * What runs after `node`: its next sibling; at the end of a branch path, whatever follows the
 * branch; null at the end of the workflow.
 */
export function actionAfter(tree: ActionTree, node: ActionNode): ActionNode | null {
  const siblings = tree.chains.get(chainKey(node.parentActionId, node.branchKey)) ?? [];
  const next = siblings[siblings.indexOf(node) + 1];
  if (next) return next;
  const parent = node.parentActionId === null ? undefined : tree.byId.get(node.parentActionId);
  return parent ? actionAfter(tree, parent) : null;
}
