import { describe, expect, it } from "vitest";
import type { TAction } from "@/lib/workflows/action-types/registry";
import {
  actionAfter,
  buildActionTree,
  firstAction,
  firstInBranch,
  NONE_MET_BRANCH_KEY,
  type ActionNode,
} from "./action-tree";

const task = (title: string): TAction => ({ type: "create_task", title, notes: "", assignTo: "owner" });
const node = (
  id: string,
  position: number,
  parentActionId: string | null = null,
  branchKey: string | null = null,
): ActionNode => ({
  id,
  position,
  parentActionId,
  branchKey,
  action: task(id),
});

// a → branch(b) [yes: b1 → b2 | none_met: n1] → c
const tree = buildActionTree([
  node("c", 2),
  node("b2", 1, "b", "yes"),
  node("a", 0),
  node("b", 1),
  node("b1", 0, "b", "yes"),
  node("n1", 0, "b", NONE_MET_BRANCH_KEY),
]);
const at = (id: string) => tree.byId.get(id)!;

describe("the action tree", () => {
  it("starts at the first top-level action", () => {
    expect(firstAction(tree)?.id).toBe("a");
    expect(firstAction(buildActionTree([]))).toBeNull();
  });

  it("walks the chain in position order", () => {
    expect(actionAfter(tree, at("a"))?.id).toBe("b");
    expect(actionAfter(tree, at("c"))).toBeNull();
  });

  it("starts a branch path at its first action, and continues after the branch at its end", () => {
    expect(firstInBranch(tree, "b", "yes")?.id).toBe("b1");
    expect(actionAfter(tree, at("b1"))?.id).toBe("b2");
    expect(actionAfter(tree, at("b2"))?.id).toBe("c");
    expect(actionAfter(tree, at("n1"))?.id).toBe("c");
    expect(firstInBranch(tree, "b", "other")).toBeNull();
  });

  it("keeps the given order for equal positions (creation order)", () => {
    const tied = buildActionTree([node("x", 0), node("y", 0)]);
    expect(actionAfter(tied, tied.byId.get("x")!)?.id).toBe("y");
  });
});
